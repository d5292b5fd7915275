import { unitMargin } from '../compute/pricing';
import type { Plan } from '../plan';
import { isBlank, stateFrom, type CoachWarning, type MissingKey, type StepReview } from './types';

/** Complete with the offer described, its advantage, a price strategy and at least one priced product. */
export function reviewOffer(plan: Pick<Plan, 'offer' | 'products'>): StepReview {
  const { offer, products } = plan;
  const priced = products.filter((product) => product.priceExclVatCents > 0);
  const checks: [MissingKey, boolean][] = [
    ['offerDescription', !isBlank(offer.description)],
    ['competitiveAdvantage', !isBlank(offer.competitiveAdvantage)],
    ['priceStrategy', offer.priceStrategy !== 'undecided'],
    ['products', priced.length > 0],
  ];
  const done = checks.filter(([, ok]) => ok).length;
  const warnings: CoachWarning[] = [];
  for (const product of products) {
    if (product.priceExclVatCents > 0 && unitMargin(product) <= 0) {
      warnings.push({
        step: 'offer',
        code: 'productSoldAtLoss',
        severity: 'warning',
        params: { name: product.name.trim() || '…' },
        itemId: product.id,
      });
    }
  }
  if (done > 0 && isBlank(offer.competitiveAdvantage)) {
    warnings.push({ step: 'offer', code: 'noCompetitiveAdvantage', severity: 'info' });
  }
  return {
    progress: { step: 'offer', state: stateFrom(done, checks.length), missing: checks.filter(([, ok]) => !ok).map(([key]) => key) },
    warnings,
  };
}

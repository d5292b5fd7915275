import { describe, expect, it } from 'vitest';
import { reviewDistribution } from '../../../shared/coach/distribution';
import { reviewOffer } from '../../../shared/coach/offer';
import { emptyOffer, type DistributionChannel, type Product } from '../../../shared/plan';

const product = (patch: Partial<Product> = {}): Product => ({
  id: 'p1',
  name: 'Baguette',
  unitCostCents: 38,
  priceExclVatCents: 120,
  vatRateBasisPoints: 550,
  competitorPrices: [],
  notes: '',
  ...patch,
});
const channel = (id: string, share: number, role = 'Vente au comptoir'): DistributionChannel => ({
  id,
  kind: 'ownShop',
  name: id,
  role,
  revenueShareBasisPoints: share,
  commissionBasisPoints: 0,
  commissionInBudget: false,
});

describe('offer and pricing step', () => {
  it('is not started on an empty offer and says everything that is missing', () => {
    const review = reviewOffer({ offer: emptyOffer(), products: [] });
    expect(review.progress.state).toBe('notStarted');
    expect(review.progress.missing).toEqual(['offerDescription', 'competitiveAdvantage', 'priceStrategy', 'products']);
    expect(review.warnings).toEqual([]);
  });

  it('is complete with a description, an advantage, a strategy and a priced product', () => {
    const offer = { ...emptyOffer(), description: 'Pains', competitiveAdvantage: 'Levain', priceStrategy: 'premium' as const };
    expect(reviewOffer({ offer, products: [product()] }).progress).toMatchObject({ state: 'complete', missing: [] });
    expect(reviewOffer({ offer, products: [product({ priceExclVatCents: 0 })] }).progress.missing).toEqual(['products']);
  });

  it('warns about a product sold at cost or below, naming it', () => {
    const offer = { ...emptyOffer(), description: 'Pains' };
    const atCost = reviewOffer({ offer, products: [product({ unitCostCents: 120 })] });
    expect(atCost.warnings).toContainEqual(expect.objectContaining({ code: 'productSoldAtLoss', itemId: 'p1', params: { name: 'Baguette' } }));
    expect(reviewOffer({ offer, products: [product({ unitCostCents: 119 })] }).warnings.map((w) => w.code)).not.toContain('productSoldAtLoss');
  });

  it('asks for the competitive advantage once the step is started', () => {
    const codes = reviewOffer({ offer: { ...emptyOffer(), description: 'Pains' }, products: [] }).warnings.map((w) => w.code);
    expect(codes).toContain('noCompetitiveAdvantage');
  });
});

describe('distribution step', () => {
  it('is not started without a channel', () => {
    const review = reviewDistribution({ channels: [] });
    expect(review.progress.state).toBe('notStarted');
    expect(review.warnings.map((w) => w.code)).toEqual(['noChannel']);
  });

  it('warns while the shares do not add up to 100 %, giving the total in French', () => {
    const review = reviewDistribution({ channels: [channel('a', 7000), channel('b', 2000)] });
    expect(review.progress.state).toBe('inProgress');
    expect(review.progress.missing).toEqual(['channelShares']);
    expect(review.warnings).toEqual([expect.objectContaining({ code: 'sharesNotWhole', params: { total: '90\u00a0%' } })]);
  });

  it('is complete when each channel has a role and the shares make 100 %', () => {
    expect(reviewDistribution({ channels: [channel('a', 7000), channel('b', 3000)] }).progress).toMatchObject({ state: 'complete', missing: [] });
    expect(reviewDistribution({ channels: [channel('a', 7000), channel('b', 3000, ' ')] }).progress.missing).toEqual(['channelRoles']);
  });
});

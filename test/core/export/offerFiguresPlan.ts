import type { Plan } from '../../../shared/plan';
import { fullPlan } from '../../shared/fixtures/fullPlan';

/**
 * A hair salon whose figures are worked out by hand in the tests: a cut at 10 € (cost 4 €, 60 %),
 * a treatment at 20 € with the 8,5 % VAT of La Réunion (cost 15 €, 25 %): 42,5 % on average;
 * 36 125,01 € of fixed costs → seuil 85 000,02 €; 10 000 € forecast each month → point mort on
 * 16 September 2027, safety margin 34 999,98 € (29,17 %). Customer value: 45 € × 6 a year, 60 %
 * retention, 3 years, 1,50 € per prospect at 5 % conversion.
 */
export function offerFiguresPlan(options: { vatApplicable?: boolean } = {}): Plan {
  const plan = fullPlan();
  return {
    ...plan,
    company: { ...plan.company, planYear: 2027, revenueForecastCents: Array.from({ length: 12 }, () => 1_000_000) },
    offer: { ...plan.offer, fixedCostsCents: 3_612_501, vatApplicable: options.vatApplicable ?? true },
    products: [
      { id: 'cut', name: 'Coupe femme', unitCostCents: 400, priceExclVatCents: 1_000, vatRateBasisPoints: 2000, competitorPrices: [], notes: '' },
      { id: 'care', name: 'Soin profond', unitCostCents: 1_500, priceExclVatCents: 2_000, vatRateBasisPoints: 850, competitorPrices: [], notes: '' },
    ],
    customerValue: {
      averageTransactionCents: 4_500,
      purchasesPerYearHundredths: 600,
      retentionBasisPoints: 6_000,
      years: 3,
      acquisitionCostCents: null,
      marginRateBasisPoints: null,
      costPerProspectCents: 150,
      conversionBasisPoints: 500,
    },
  };
}

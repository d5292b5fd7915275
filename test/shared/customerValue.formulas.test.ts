import { describe, expect, it } from 'vitest';
import { acquisitionCost, customerValue } from '../../shared/compute/customerValue';

describe('average customer value (VMC) over N years', () => {
  // A hair salon: 45 € a visit, 6 visits a year, 60 % come back the next year, over 3 years, 30 € to win a client.
  const salon = {
    averageTransactionCents: 4_500,
    purchasesPerYearHundredths: 600,
    retentionBasisPoints: 6000,
    years: 3,
    acquisitionCostCents: 3_000,
    marginRateBasisPoints: 4000,
  };

  it('applies the training formula: purchases × transaction + transaction × retention × (N − 1)', () => {
    const value = customerValue(salon);
    // 6 × 45 € = 270 €; 45 € × 0,6 × 2 = 54 €; gross 324 €, net 294 €.
    expect(value.grossCents).toBe(32_400);
    expect(value.netCents).toBe(29_400);
  });

  it('gives the margin-based value beside it', () => {
    const value = customerValue(salon);
    expect(value.marginGrossCents).toBe(12_960); // 40 % of 324 €
    expect(value.marginNetCents).toBe(9_960);
  });

  it('accepts fewer than one purchase a year (one every three years)', () => {
    const value = customerValue({ ...salon, averageTransactionCents: 120_000, purchasesPerYearHundredths: 33, years: 1 });
    expect(value.grossCents).toBe(39_600); // 0,33 × 1 200 €
  });
});

describe('acquisition cost and KPI progress', () => {
  it('divides the cost of reaching a prospect by the conversion rate', () => {
    expect(acquisitionCost(150, 500)).toBe(3_000); // 1,50 € per prospect at 5 % → 30 €
    expect(acquisitionCost(150, 0)).toBeNull();
  });

});

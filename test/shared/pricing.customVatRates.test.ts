import { describe, expect, it } from 'vitest';
import { priceInclVat } from '../../shared/compute/pricing';
import { isMainlandVatRate, product } from '../../shared/plan';

describe('VAT rates of Corsica and overseas, typed by hand', () => {
  it('price including VAT to the cent, rounding half away from zero', () => {
    expect(priceInclVat({ priceExclVatCents: 2_000, vatRateBasisPoints: 850 })).toBe(2_170); // La Réunion, 8,5 %
    expect(priceInclVat({ priceExclVatCents: 999, vatRateBasisPoints: 850 })).toBe(1_084); // 84,915 c → 85
    expect(priceInclVat({ priceExclVatCents: 1_250, vatRateBasisPoints: 90 })).toBe(1_261); // Corsica, 0,9 %: 11,25 c → 11
    expect(priceInclVat({ priceExclVatCents: 1_050, vatRateBasisPoints: 1_300 })).toBe(1_187); // Corsica, 13 %: 136,5 c → 137
  });

  it('are stored like any rate, and told apart from the mainland choices', () => {
    const typed = { id: 'p', name: 'Soin', unitCostCents: 0, priceExclVatCents: 2_000, vatRateBasisPoints: 850, competitorPrices: [], notes: '' };
    expect(product.parse(typed).vatRateBasisPoints).toBe(850);
    expect(product.safeParse({ ...typed, vatRateBasisPoints: 10_001 }).success).toBe(false);
    expect([2000, 1000, 550, 210, 0].every(isMainlandVatRate)).toBe(true);
    expect([850, 1300, 90, 175, 105].some(isMainlandVatRate)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, roundDivide, unitMargin } from '../../shared/compute/pricing';

// A "tradition" baguette: bought-in cost 0,38 €, sold 1,20 € excl. VAT at 5,5 %.
const baguette = { unitCostCents: 38, priceExclVatCents: 120, vatRateBasisPoints: 550 };

describe('pricing, exact to the cent', () => {
  it('adds VAT for each French rate, rounding half up', () => {
    expect(priceInclVat(baguette)).toBe(127); // 1,20 € × 1,055 = 1,266 € → 1,27 €
    expect(priceInclVat({ priceExclVatCents: 2_500, vatRateBasisPoints: 2000 })).toBe(3_000);
    expect(priceInclVat({ priceExclVatCents: 1_005, vatRateBasisPoints: 1000 })).toBe(1_106); // 100,5 c of VAT → 101
    expect(priceInclVat({ priceExclVatCents: 999, vatRateBasisPoints: 210 })).toBe(1_020); // 20,979 → 21
    expect(priceInclVat({ priceExclVatCents: 999, vatRateBasisPoints: 0 })).toBe(999); // franchise en base
  });

  it('tells the taux de marque (margin ÷ price) from the taux de marge (margin ÷ cost)', () => {
    expect(unitMargin(baguette)).toBe(82);
    expect(marginRate(baguette)).toBe(6_833); // 82 / 120 = 68,33 %
    expect(markupRate(baguette)).toBe(21_579); // 82 / 38 = 215,79 %
    expect(marginRate({ unitCostCents: 10, priceExclVatCents: 0 })).toBeNull();
    expect(markupRate({ unitCostCents: 0, priceExclVatCents: 100 })).toBeNull();
  });

  it('rounds the break-even volume up, and has none when each sale loses money', () => {
    expect(breakEvenVolume(4_100_000, baguette)).toBe(50_000); // 41 000 € ÷ 0,82 €
    expect(breakEvenVolume(4_100_001, baguette)).toBe(50_001);
    expect(breakEvenVolume(1_000, { unitCostCents: 120, priceExclVatCents: 120 })).toBeNull();
  });

  it('rounds integer divisions half away from zero', () => {
    expect(roundDivide(5, 10)).toBe(1);
    expect(roundDivide(4, 10)).toBe(0);
    expect(roundDivide(-5, 10)).toBe(-1);
    expect(roundDivide(-14, 10)).toBe(-1);
    expect(roundDivide(15, -10)).toBe(-2);
  });
});

import { describe, expect, it } from 'vitest';
import { breakEvenDate, breakEvenDateGap, breakEvenRevenue, breakEvenRevenueGap, computeBreakEven } from '../../shared/compute/breakEven';
import { averageMarginRate } from '../../shared/compute/pricing';
import { emptyPlan, type Plan, type Product } from '../../shared/plan';
import { product } from './fixtures/product';


/** A hair salon: a cut at 10 € (cost 4 €, 60 % taux de marque), a treatment at 20 € (cost 15 €, 25 %). */
function salon(overrides: { fixedCostsCents?: number | null; products?: Product[]; forecast?: (number | null)[]; planYear?: number } = {}): Plan {
  const plan = emptyPlan(overrides.planYear ?? 2027, 'Salon', '2026-09-01T00:00:00.000Z');
  plan.offer.fixedCostsCents = overrides.fixedCostsCents === undefined ? 3_612_501 : overrides.fixedCostsCents;
  plan.products = overrides.products ?? [product('cut', 1_000, 400), product('treatment', 2_000, 1_500)];
  plan.company.revenueForecastCents = overrides.forecast ?? Array.from({ length: 12 }, () => 1_000_000);
  return plan;
}

describe('the seuil de rentabilité of the whole business', () => {
  it('divides the fixed costs by the products’ average variable-margin rate, to the cent', () => {
    const figures = computeBreakEven(salon());
    // (60 % + 25 %) ÷ 2 = 42,5 %; 36 125,01 € ÷ 0,425 = 85 000,0235… € → 85 000,02 €.
    expect(figures.variableMarginRateBasisPoints).toBe(4_250);
    expect(figures.revenueCents).toBe(8_500_002);
  });

  it('dates the point mort on the day the cumulative forecast reaches the seuil, each month spread over its days', () => {
    // 8 months of 10 000 € make 80 000 €; 5 000,02 € more in September (30 days) take 15,00006 days.
    expect(computeBreakEven(salon()).date).toBe('2027-09-16');
    // Exactly 85 000 €: reached at the end of the 15th.
    expect(computeBreakEven(salon({ fixedCostsCents: 3_612_500 }))).toMatchObject({ revenueCents: 8_500_000, date: '2027-09-15' });
  });

  it('gives the safety margin in euros and as a share of the forecast, rounded half away from zero', () => {
    const figures = computeBreakEven(salon());
    expect(figures.safetyMarginCents).toBe(3_499_998); // 120 000 € − 85 000,02 €
    expect(figures.safetyMarginBasisPoints).toBe(2_917); // 29,16665 %
  });

  it('works from a single product, which then carries its own rate', () => {
    // A baguette at 1,20 € costing 0,38 €: 68,33 %; 41 000 € ÷ 0,6833 = 60 002,93 €.
    const figures = computeBreakEven(salon({ fixedCostsCents: 4_100_000, products: [product('baguette', 120, 38)] }));
    expect(figures.variableMarginRateBasisPoints).toBe(6_833);
    expect(figures.revenueCents).toBe(6_000_293);
  });

  it('has no seuil when the products are sold at a loss, nor when each sale only pays its own cost', () => {
    for (const products of [[product('loss', 100, 150)], [product('even', 120, 120)]]) {
      const plan = salon({ products });
      const figures = computeBreakEven(plan);
      expect(figures).toMatchObject({ revenueCents: null, date: null, safetyMarginCents: null, safetyMarginBasisPoints: null });
      expect(breakEvenRevenueGap(plan, figures)).toBe('atLoss');
    }
    expect(computeBreakEven(salon({ products: [product('loss', 100, 150)] })).variableMarginRateBasisPoints).toBe(-5_000);
  });

  it('leaves out products without a price, and has no rate without any priced product', () => {
    expect(averageMarginRate([product('new', 0, 0), product('cut', 1_000, 400)])).toBe(6_000);
    const plan = salon({ products: [product('new', 0, 0)] });
    const figures = computeBreakEven(plan);
    expect(figures.variableMarginRateBasisPoints).toBeNull();
    expect(figures.revenueCents).toBeNull();
    expect(breakEvenRevenueGap(plan, figures)).toBe('noProducts');
  });

  it('needs the fixed costs', () => {
    const plan = salon({ fixedCostsCents: null });
    const figures = computeBreakEven(plan);
    expect(figures.revenueCents).toBeNull();
    expect(breakEvenRevenueGap(plan, figures)).toBe('noCosts');
  });
});

describe('the point mort and the forecast', () => {
  it('has no date and no safety margin without a forecast, though the seuil stands', () => {
    const plan = salon({ forecast: Array.from({ length: 12 }, () => null) });
    const figures = computeBreakEven(plan);
    expect(figures.revenueCents).toBe(8_500_002);
    expect(figures).toMatchObject({ date: null, safetyMarginCents: null, safetyMarginBasisPoints: null });
    expect(breakEvenDateGap(plan, figures)).toBe('noForecast');
  });

  it('has no date when the year’s forecast stays below the seuil, and a negative safety margin', () => {
    const plan = salon({ forecast: Array.from({ length: 12 }, () => 500_000) });
    const figures = computeBreakEven(plan);
    expect(figures.date).toBeNull();
    expect(figures.safetyMarginCents).toBe(6_000_000 - 8_500_002);
    expect(figures.safetyMarginBasisPoints).toBe(-4_167); // −41,6667 %
    expect(breakEvenDateGap(plan, figures)).toBe('notReached');
  });

  it('counts empty months as zero and knows February of a leap year', () => {
    const company = { planYear: 2027, revenueForecastCents: [null, null, 3_100_000, ...Array.from({ length: 9 }, () => null)] };
    expect(breakEvenDate(company, 1_000_000)).toBe('2027-03-10'); // 1 000 € a day in March
    const leap = { planYear: 2028, revenueForecastCents: [1_000_000, 2_900_000, ...Array.from({ length: 10 }, () => 0)] };
    expect(breakEvenDate(leap, 3_900_000)).toBe('2028-02-29');
    expect(breakEvenDate({ ...leap, planYear: 2027 }, 3_900_000)).toBe('2027-02-28');
  });

  it('is the first day of the year when there are no fixed costs to cover', () => {
    const figures = computeBreakEven(salon({ fixedCostsCents: 0 }));
    expect(figures).toMatchObject({ revenueCents: 0, date: '2027-01-01', safetyMarginCents: 12_000_000, safetyMarginBasisPoints: 10_000 });
  });

  it('stays exact with fixed costs whose product by 10 000 passes Number’s exact integers', () => {
    // 74 472 181 974,42 € ÷ 15,96 %: the product is about 7,4 × 10^16, a float would give …399.
    expect(breakEvenRevenue(7_447_218_197_442, 1_596)).toBe(46_661_768_154_398);
  });
});

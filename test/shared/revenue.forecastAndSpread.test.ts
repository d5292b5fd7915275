import { describe, expect, it } from 'vitest';
import { computeYearlyForecast, countForecastMonths, fillEmptyMonths, spreadOverMonths } from '../../shared/compute/revenue';
import { emptyCompanyProfile, type CompanyProfile } from '../../shared/plan';

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

function company(forecast: (number | null)[], currentRevenueCents: number | null = null): CompanyProfile {
  return { ...emptyCompanyProfile(2027, 'Test'), revenueForecastCents: forecast, currentRevenueCents };
}

const nulls = (count: number) => Array.from({ length: count }, () => null);

describe('computeYearlyForecast and countForecastMonths', () => {
  it('adds the filled months exactly and counts empty months as zero', () => {
    const forecast = [1, 2, null, 1_000_000_001, null, 0, 3, null, null, null, null, 99];
    expect(computeYearlyForecast(company(forecast))).toBe(1 + 2 + 1_000_000_001 + 0 + 3 + 99);
    expect(countForecastMonths(company(forecast))).toBe(6);
  });

  it('gives zero and zero months for an empty forecast', () => {
    expect(computeYearlyForecast(company(nulls(12)))).toBe(0);
    expect(countForecastMonths(company(nulls(12)))).toBe(0);
  });

  it('counts a month forecast at 0 € as filled', () => {
    expect(countForecastMonths(company([0, ...nulls(11)]))).toBe(1);
  });
});

describe('spreadOverMonths spreads to the cent', () => {
  it('gives twelve equal months when the total divides evenly', () => {
    expect(spreadOverMonths(1_200)).toEqual(Array.from({ length: 12 }, () => 100));
  });

  it('puts the leftover cents on the first months', () => {
    // 100 005 = 12 × 8 333 + 9: nine months carry one more cent.
    expect(spreadOverMonths(100_005)).toEqual([8_334, 8_334, 8_334, 8_334, 8_334, 8_334, 8_334, 8_334, 8_334, 8_333, 8_333, 8_333]);
    expect(spreadOverMonths(10, 3)).toEqual([4, 3, 3]);
    expect(spreadOverMonths(11, 12)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('spreads negative totals the same way, extra debit on the first months', () => {
    expect(spreadOverMonths(-13)).toEqual([-2, ...Array.from({ length: 11 }, () => -1)]);
    expect(spreadOverMonths(-10, 3)).toEqual([-4, -3, -3]);
  });

  it('always sums to the total, whole cents only, months differing by at most one cent', () => {
    for (const total of [0, 1, 7, 11, 12, 13, 99_999, 320_000_007, -1, -11, -99_999]) {
      for (const months of [1, 2, 3, 5, 7, 12]) {
        const shares = spreadOverMonths(total, months);
        expect(shares).toHaveLength(months);
        expect(sum(shares)).toBe(total);
        expect(shares.every(Number.isInteger)).toBe(true);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('fillEmptyMonths', () => {
  it('keeps filled months and spreads what remains of current revenue over the empty ones', () => {
    const forecast = [100_000, null, 200_000, null, null, null, null, null, null, null, null, 50_000];
    const filled = fillEmptyMonths(company(forecast, 1_000_001));
    // 650 001 left over 9 empty months = 9 × 72 222 + 3: the first three empty months carry a cent more.
    expect(filled).toEqual([
      100_000, 72_223, 200_000, 72_223, 72_223, 72_222, 72_222, 72_222, 72_222, 72_222, 72_222, 50_000,
    ]);
    expect(sum(filled)).toBe(1_000_001);
    expect(filled.every((month) => month !== null)).toBe(true);
  });

  it('spreads the whole current revenue when nothing is forecast yet', () => {
    const filled = fillEmptyMonths(company(nulls(12), 32_000_000));
    expect(sum(filled)).toBe(32_000_000);
    expect(new Set(filled).size).toBeLessThanOrEqual(2);
  });

  it('never goes negative when the forecast already exceeds current revenue', () => {
    const forecast = [5_000_000, 5_000_000, ...nulls(10)];
    const filled = fillEmptyMonths(company(forecast, 1_000_000));
    expect(filled.slice(0, 2)).toEqual([5_000_000, 5_000_000]);
    expect(filled.slice(2)).toEqual(Array.from({ length: 10 }, () => 0));
  });

  it('changes nothing when current revenue is unknown', () => {
    const forecast = [100, null, ...nulls(10)];
    expect(fillEmptyMonths(company(forecast, null))).toEqual(forecast);
  });

  it('changes nothing when every month is filled', () => {
    const forecast = Array.from({ length: 12 }, (_, index) => index * 100);
    expect(fillEmptyMonths(company(forecast, 99_999_999))).toEqual(forecast);
  });

  it('does not modify the company it was given', () => {
    const profile = company(nulls(12), 1_200);
    fillEmptyMonths(profile);
    expect(profile.revenueForecastCents).toEqual(nulls(12));
  });
});

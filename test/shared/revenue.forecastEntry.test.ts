import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { PlanFile } from '../../electron/core/store/planFile';
import {
  computeYearlyForecast,
  forecastQuarterTotals,
  spreadQuarterIntoMonths,
  spreadYearIntoMonths,
} from '../../shared/compute/revenue';
import { parseInterchange, toInterchange } from '../../shared/interchange';
import { emptyCompanyProfile, emptyPlan, type CompanyProfile } from '../../shared/plan';

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
const nulls = (count: number) => Array.from({ length: count }, () => null);
const company = (forecast: (number | null)[]): CompanyProfile => ({ ...emptyCompanyProfile(2027, 'Test'), revenueForecastCents: forecast });

/** 9 999 999 999,99 €: far beyond any small business, still exact in integer cents. */
const HUGE = 999_999_999_999;

describe('spreadQuarterIntoMonths', () => {
  it('splits 100 € over a quarter as 33,34 + 33,33 + 33,33, the leftover cent on its first month', () => {
    expect(spreadQuarterIntoMonths(nulls(12), 1, 10_000)).toEqual([3_334, 3_333, 3_333, ...nulls(9)]);
    expect(spreadQuarterIntoMonths(nulls(12), 3, 10_000)).toEqual([...nulls(6), 3_334, 3_333, 3_333, ...nulls(3)]);
  });

  it('puts two leftover cents on the first two months of the quarter', () => {
    expect(spreadQuarterIntoMonths(nulls(12), 4, 200).slice(9)).toEqual([67, 67, 66]);
  });

  it('gives 0 € to each month for a quarter typed as 0', () => {
    expect(spreadQuarterIntoMonths(nulls(12), 2, 0)).toEqual([...nulls(3), 0, 0, 0, ...nulls(6)]);
  });

  it('gives the one cent to the first month of the quarter', () => {
    expect(spreadQuarterIntoMonths(nulls(12), 2, 1).slice(3, 6)).toEqual([1, 0, 0]);
  });

  it('splits a huge amount exactly', () => {
    // 999 999 999 999 = 3 × 333 333 333 333: no leftover.
    expect(spreadQuarterIntoMonths(nulls(12), 1, HUGE).slice(0, 3)).toEqual([333_333_333_333, 333_333_333_333, 333_333_333_333]);
    const shares = spreadQuarterIntoMonths(nulls(12), 1, HUGE + 2).slice(0, 3);
    expect(shares).toEqual([333_333_333_334, 333_333_333_334, 333_333_333_333]);
    expect(sum(shares)).toBe(HUGE + 2);
  });

  it('always adds up to the amount typed, months differing by at most one cent', () => {
    for (const cents of [0, 1, 2, 3, 4, 5, 99, 10_000, 123_456_789, HUGE]) {
      for (const quarter of [1, 2, 3, 4] as const) {
        const shares = spreadQuarterIntoMonths(nulls(12), quarter, cents).slice((quarter - 1) * 3, quarter * 3) as number[];
        expect(sum(shares)).toBe(cents);
        expect(shares.every(Number.isInteger)).toBe(true);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('replaces only the months of its quarter and leaves the input alone', () => {
    const months = [1, 2, 3, 4, null, 6, 7, 8, 9, 10, 11, 12];
    const before = [...months];
    expect(spreadQuarterIntoMonths(months, 2, 900)).toEqual([1, 2, 3, 300, 300, 300, 7, 8, 9, 10, 11, 12]);
    expect(months).toEqual(before);
  });

  it('clears the three months of a quarter typed as null', () => {
    const months = Array.from({ length: 12 }, (_, index) => (index + 1) * 100);
    expect(spreadQuarterIntoMonths(months, 3, null)).toEqual([100, 200, 300, 400, 500, 600, null, null, null, 1_000, 1_100, 1_200]);
  });
});

describe('spreadYearIntoMonths', () => {
  it('splits a year over twelve months, the leftover cents on the first months', () => {
    // 100 005 = 12 × 8 333 + 9.
    expect(spreadYearIntoMonths(100_005)).toEqual([...Array.from({ length: 9 }, () => 8_334), 8_333, 8_333, 8_333]);
    expect(spreadYearIntoMonths(10_000)).toEqual([...Array.from({ length: 4 }, () => 834), ...Array.from({ length: 8 }, () => 833)]);
  });

  it('gives twelve zeros for 0 and the single cent to January', () => {
    expect(spreadYearIntoMonths(0)).toEqual(Array.from({ length: 12 }, () => 0));
    expect(spreadYearIntoMonths(1)).toEqual([1, ...Array.from({ length: 11 }, () => 0)]);
  });

  it('splits a huge amount exactly', () => {
    // 999 999 999 999 = 12 × 83 333 333 333 + 3.
    const months = spreadYearIntoMonths(HUGE);
    expect(months).toEqual([
      ...Array.from({ length: 3 }, () => 83_333_333_334),
      ...Array.from({ length: 9 }, () => 83_333_333_333),
    ]);
    expect(computeYearlyForecast(company(months))).toBe(HUGE);
  });

  it('clears the year when null is typed', () => {
    expect(spreadYearIntoMonths(null)).toEqual(nulls(12));
  });
});

describe('forecastQuarterTotals', () => {
  it('adds each quarter’s months exactly', () => {
    const months = [3_334, 3_333, 3_333, 1, 0, 0, HUGE, 1, 0, 100, 200, 300];
    expect(forecastQuarterTotals(company(months))).toEqual([10_000, 1, HUGE + 1, 600]);
  });

  it('is null for a quarter with no month forecast, and counts an empty month as 0 € otherwise', () => {
    const months = [null, null, null, 500, null, 250, 0, null, null, null, null, null];
    expect(forecastQuarterTotals(company(months))).toEqual([null, 750, 0, null]);
  });

  it('is four nulls for an empty forecast', () => {
    expect(forecastQuarterTotals(company(nulls(12)))).toEqual([null, null, null, null]);
  });

  it('gives back the amount typed for a quarter after spreading it', () => {
    const spread = spreadQuarterIntoMonths(nulls(12), 4, 1_234_567);
    expect(forecastQuarterTotals(company(spread))).toEqual([null, null, null, 1_234_567]);
  });
});

describe('forecastEntry in plans written before it existed', () => {
  const forecast = [100, 200, null, 400, 500, 600, 700, 800, 900, 1_000, 1_100, 1_200];
  /** A JSON export whose company has no forecastEntry, as older versions wrote it. */
  function oldExport(): string {
    const plan = emptyPlan(2027, 'Boulangerie Martin', '2026-09-14T08:30:00.000Z');
    const exported = JSON.parse(
      JSON.stringify(toInterchange({ ...plan, company: { ...plan.company, revenueForecastCents: forecast } }, '2026-10-01T12:00:00.000Z')),
    );
    delete exported.plan.company.forecastEntry;
    return JSON.stringify(exported);
  }

  it('parses as entered month by month, the months unchanged', () => {
    const result = parseInterchange(oldExport());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.company.forecastEntry).toBe('month');
    expect(result.value.company.revenueForecastCents).toEqual(forecast);
  });

  it('is imported by the CLI into a plan file that reads back with forecastEntry month', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-forecast-entry-'));
    try {
      const json = path.join(dir, 'ancien.json');
      const target = path.join(dir, 'ancien.capm');
      fs.writeFileSync(json, oldExport());
      const err: string[] = [];
      expect(await runCli(['import', json, target], { out: () => {}, err: (line) => err.push(line) })).toBe(0);
      expect(err).toEqual([]);
      const file = PlanFile.open(target);
      if (!file.ok) throw new Error(file.error.code);
      const { company: imported } = file.value.read();
      file.value.close();
      expect(imported.forecastEntry).toBe('month');
      expect(imported.revenueForecastCents).toEqual(forecast);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

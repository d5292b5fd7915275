import type { CompanyProfile } from '../plan';

/** Yearly forecast total in cents; months left empty count as zero. */
export function computeYearlyForecast(company: CompanyProfile): number {
  return company.revenueForecastCents.reduce<number>((sum, month) => sum + (month ?? 0), 0);
}

export function countForecastMonths(company: CompanyProfile): number {
  return company.revenueForecastCents.filter((month) => month !== null).length;
}

/** Spreads a yearly amount over twelve months exactly: the leftover cents go to the first months. */
export function spreadOverMonths(totalCents: number, months = 12): number[] {
  const base = Math.trunc(totalCents / months);
  const remainder = totalCents - base * months;
  return Array.from({ length: months }, (_, index) => base + (index < Math.abs(remainder) ? Math.sign(remainder) : 0));
}

/**
 * Fills the months left empty so the year adds up to the current revenue: the part not yet forecast
 * is spread evenly over them (never below zero). Filled months are kept as they are.
 */
export function fillEmptyMonths(company: CompanyProfile): (number | null)[] {
  const months = company.revenueForecastCents;
  const empty = months.flatMap((month, index) => (month === null ? [index] : []));
  if (empty.length === 0 || company.currentRevenueCents === null) return months;
  const remaining = Math.max(0, company.currentRevenueCents - computeYearlyForecast(company));
  const shares = spreadOverMonths(remaining, empty.length);
  const filled = [...months];
  empty.forEach((monthIndex, n) => (filled[monthIndex] = shares[n]));
  return filled;
}

export type Quarter = 1 | 2 | 3 | 4;
export const quarters: readonly Quarter[] = [1, 2, 3, 4];

/** Month indexes (0 = January) of a quarter: Q2 is [3, 4, 5]. */
export const quarterMonthIndexes = (quarter: Quarter): number[] => [0, 1, 2].map((offset) => (quarter - 1) * 3 + offset);

/**
 * The twelve months with a quarter's amount split evenly over its three months, to the cent. The
 * shares are equal, so the largest remainder goes by position: the leftover cents land on the first
 * months of the quarter and the three months add up exactly to the amount typed. Null clears the
 * quarter's months; the other quarters are kept as they are.
 */
export function spreadQuarterIntoMonths(months: readonly (number | null)[], quarter: Quarter, cents: number | null): (number | null)[] {
  const indexes = quarterMonthIndexes(quarter);
  const shares = cents === null ? [null, null, null] : spreadOverMonths(cents, 3);
  const spread = [...months];
  indexes.forEach((monthIndex, n) => (spread[monthIndex] = shares[n]));
  return spread;
}

/** A year's amount split evenly over twelve months the same way (January carries the first leftover cent); null clears the year. */
export function spreadYearIntoMonths(cents: number | null): (number | null)[] {
  return cents === null ? Array.from({ length: 12 }, () => null) : spreadOverMonths(cents, 12);
}

/** The four quarter sums of the forecast; a quarter with none of its months forecast is null, not 0 €. */
export function forecastQuarterTotals(company: CompanyProfile): (number | null)[] {
  return quarters.map((quarter) => {
    const months = quarterMonthIndexes(quarter).map((index) => company.revenueForecastCents[index]);
    return months.every((month) => month === null) ? null : months.reduce<number>((sum, month) => sum + (month ?? 0), 0);
  });
}

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

import * as z from 'zod';
import { cents, nonNegativeCents, shortText, longText, twelveMonths } from './common';

export const customerKinds = ['b2c', 'b2b', 'both'] as const;
export const forecastEntries = ['month', 'quarter', 'year'] as const;
export type ForecastEntry = (typeof forecastEntries)[number];

export const companyProfile = z.object({
  name: shortText,
  activity: shortText,
  customerKind: z.enum(customerKinds),
  staff: z.number().int().min(0).max(100_000).nullable(),
  location: shortText,
  /** Current yearly revenue (chiffre d'affaires) excluding VAT. */
  currentRevenueCents: nonNegativeCents.nullable(),
  planYear: z.number().int().min(2000).max(2100),
  currency: z.literal('EUR'),
  /** Revenue forecast excluding VAT, January to December; null = not forecast yet. */
  revenueForecastCents: twelveMonths(cents.min(0).nullable()),
  /**
   * How the user prefers to type the forecast. Only a preference of the screen: a quarterly or yearly
   * figure is spread into revenueForecastCents, which stays the one source every computation reads.
   */
  forecastEntry: z.enum(forecastEntries).default('month'),
  notes: longText,
});
export type CompanyProfile = z.infer<typeof companyProfile>;

export function emptyCompanyProfile(planYear: number, name = ''): CompanyProfile {
  return {
    name,
    activity: '',
    customerKind: 'b2c',
    staff: null,
    location: '',
    currentRevenueCents: null,
    planYear,
    currency: 'EUR',
    revenueForecastCents: Array.from({ length: 12 }, () => null),
    forecastEntry: 'month',
    notes: '',
  };
}

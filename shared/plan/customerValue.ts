import * as z from 'zod';
import { basisPoints, nonNegativeCents } from './common';

/**
 * What the owner typed in the customer-value calculator (KPI step), kept with the plan so the
 * report and the workbook show the same figures. Null: not typed yet; for the margin rate, null
 * means "take the average taux de marque of the plan's products".
 */
export const customerValueInputs = z.object({
  /** Average transaction (panier moyen), excl. VAT. */
  averageTransactionCents: nonNegativeCents.nullable(),
  /** Purchases per year in hundredths: one purchase every three years is 33. */
  purchasesPerYearHundredths: z.number().int().min(0).max(100_000).nullable(),
  /** Share of customers still buying the next year (60 % = 6000). */
  retentionBasisPoints: basisPoints.max(10_000).nullable(),
  years: z.number().int().min(1).max(50).nullable(),
  acquisitionCostCents: nonNegativeCents.nullable(),
  marginRateBasisPoints: basisPoints.max(10_000).nullable(),
  /** For the acquisition cost: cost to reach one prospect (ads, e-mailing, bought lists) and conversion rate. */
  costPerProspectCents: nonNegativeCents.nullable(),
  conversionBasisPoints: basisPoints.max(10_000).nullable(),
});
export type CustomerValueInputs = z.infer<typeof customerValueInputs>;

export const emptyCustomerValue = (): CustomerValueInputs => ({
  averageTransactionCents: null,
  purchasesPerYearHundredths: null,
  retentionBasisPoints: null,
  years: null,
  acquisitionCostCents: null,
  marginRateBasisPoints: null,
  costPerProspectCents: null,
  conversionBasisPoints: null,
});

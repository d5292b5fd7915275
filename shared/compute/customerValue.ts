import { roundDivide } from './pricing';

export interface CustomerValueInput {
  /** Average transaction, in cents excl. VAT. */
  averageTransactionCents: number;
  /** Purchases per year, in hundredths (one purchase every three years = 33). */
  purchasesPerYearHundredths: number;
  /** Share of customers still buying the next year, in basis points (60 % = 6000). */
  retentionBasisPoints: number;
  years: number;
  acquisitionCostCents: number;
  /** Margin rate (taux de marque), in basis points, for the margin-based value. */
  marginRateBasisPoints: number;
}

/**
 * Average customer value over N years, as the training teaches it (a simplified, revenue-based
 * formula): gross = purchases per year × average transaction + average transaction × retention ×
 * (N − 1); net = gross − acquisition cost. Beside it, the same value in margin: each transaction
 * brings average transaction × margin rate.
 */
export function customerValue(input: CustomerValueInput) {
  const firstYear = roundDivide(input.purchasesPerYearHundredths * input.averageTransactionCents, 100);
  const laterYears = roundDivide(input.averageTransactionCents * input.retentionBasisPoints * Math.max(0, input.years - 1), 10_000);
  const grossCents = firstYear + laterYears;
  const marginGrossCents = roundDivide(grossCents * input.marginRateBasisPoints, 10_000);
  return {
    grossCents,
    netCents: grossCents - input.acquisitionCostCents,
    marginGrossCents,
    marginNetCents: marginGrossCents - input.acquisitionCostCents,
  };
}

/**
 * Customer acquisition cost = cost to reach one prospect ÷ conversion rate (or spend ÷ new customers).
 * Null when nobody converts.
 */
export function acquisitionCost(costPerProspectCents: number, conversionBasisPoints: number): number | null {
  return conversionBasisPoints <= 0 ? null : roundDivide(costPerProspectCents * 10_000, conversionBasisPoints);
}

/** A KPI's progress: the latest actual against the target, in basis points; null when either is not a number. */
export function kpiProgress(target: string, actualByMonth: (string | null)[]): number | null {
  const read = (text: string | null) => {
    if (text === null) return null;
    const cleaned = text.replace(/[\s\u00a0\u202f%€]/g, '').replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
  };
  const goal = read(target);
  const latest = [...actualByMonth].reverse().map(read).find((value) => value !== null) ?? null;
  if (goal === null || goal === 0 || latest === null) return null;
  return Math.round((latest / goal) * 10_000);
}

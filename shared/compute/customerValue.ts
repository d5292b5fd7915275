import type { Plan } from '../plan';
import { averageMarginRate, roundDivide } from './pricing';

export interface CustomerValueFormulaInput {
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
export function customerValue(input: CustomerValueFormulaInput) {
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

/** The calculator's figures from what the plan holds; null wherever an input is still missing. */
export interface PlanCustomerValue {
  /** The rate used: the one typed, else the products' average taux de marque. */
  marginRateBasisPoints: number | null;
  marginRateFromProducts: boolean;
  /** Average transaction × margin rate: what one purchase leaves once the goods are paid. */
  profitPerTransactionCents: number | null;
  /** Cost per prospect ÷ conversion rate. */
  computedAcquisitionCostCents: number | null;
  /** The acquisition cost taken off the gross values: the one typed, else the computed one. */
  acquisitionCostCents: number | null;
  acquisitionCostFromProspects: boolean;
  grossCents: number | null;
  netCents: number | null;
  marginGrossCents: number | null;
  marginNetCents: number | null;
  /**
   * The training's formula counts one purchase a year after the first year, whatever the first
   * year's count: true when that simplification changes something, so the screen can say so.
   */
  laterYearsCountOnePurchase: boolean;
}

export function planCustomerValue(plan: Pick<Plan, 'customerValue' | 'products'>): PlanCustomerValue {
  const inputs = plan.customerValue;
  const marginRateBasisPoints = inputs.marginRateBasisPoints ?? averageMarginRate(plan.products);
  const computedAcquisitionCostCents =
    inputs.costPerProspectCents === null || inputs.conversionBasisPoints === null
      ? null
      : acquisitionCost(inputs.costPerProspectCents, inputs.conversionBasisPoints);
  const acquisitionCostCents = inputs.acquisitionCostCents ?? computedAcquisitionCostCents;
  const { averageTransactionCents: basket, purchasesPerYearHundredths: purchases, years, retentionBasisPoints: retention } = inputs;
  // Retention only matters from the second year on.
  const value =
    basket !== null && purchases !== null && years !== null && (years === 1 || retention !== null)
      ? customerValue({
          averageTransactionCents: basket,
          purchasesPerYearHundredths: purchases,
          retentionBasisPoints: retention ?? 0,
          years,
          acquisitionCostCents: acquisitionCostCents ?? 0,
          marginRateBasisPoints: marginRateBasisPoints ?? 0,
        })
      : null;
  const withMargin = value !== null && marginRateBasisPoints !== null;
  const withCost = value !== null && acquisitionCostCents !== null;
  return {
    marginRateBasisPoints,
    marginRateFromProducts: inputs.marginRateBasisPoints === null,
    profitPerTransactionCents: basket === null || marginRateBasisPoints === null ? null : roundDivide(basket * marginRateBasisPoints, 10_000),
    computedAcquisitionCostCents,
    acquisitionCostCents,
    acquisitionCostFromProspects: inputs.acquisitionCostCents === null && computedAcquisitionCostCents !== null,
    grossCents: value?.grossCents ?? null,
    netCents: withCost ? value.netCents : null,
    marginGrossCents: withMargin ? value.marginGrossCents : null,
    marginNetCents: withMargin && withCost ? value.marginNetCents : null,
    laterYearsCountOnePurchase: purchases !== null && purchases !== 100 && years !== null && years > 1,
  };
}

import type { CompanyProfile, Plan } from '../plan';
import { averageMarginRate, roundDivide, roundDivideBig } from './pricing';
import { computeYearlyForecast } from './revenue';

/** The break-even figures as French accounting teaches them; null wherever a figure cannot be had. */
export interface BreakEven {
  /**
   * Taux de marge sur coûts variables, in basis points: (revenue − variable costs) ÷ revenue. The
   * plan stores no sales mix (no volume or revenue share per product), so every product is taken to
   * bring the same share of revenue: the rate is the plain mean of the products' taux de marque.
   * Null when no product has a price.
   */
  variableMarginRateBasisPoints: number | null;
  /** Seuil de rentabilité: the yearly revenue excl. VAT that covers the fixed costs. */
  revenueCents: number | null;
  /** Point mort: the day (yyyy-mm-dd) the forecast's cumulative revenue reaches the seuil. */
  date: string | null;
  /** Marge de sécurité: forecast revenue − seuil, in cents and as a share of the forecast. */
  safetyMarginCents: number | null;
  safetyMarginBasisPoints: number | null;
}

/**
 * Seuil = fixed costs ÷ variable-margin rate, from the rate as shown (rounded to the basis point),
 * so that a reader dividing the two printed figures, or the workbook's formula, finds the same
 * amount. Null when the fixed costs are unknown or when sales do not cover their variable costs.
 */
export function breakEvenRevenue(fixedCostsCents: number | null, variableMarginRateBasisPoints: number | null): number | null {
  if (fixedCostsCents === null || variableMarginRateBasisPoints === null || variableMarginRateBasisPoints <= 0) return null;
  return Number(roundDivideBig(BigInt(fixedCostsCents) * 10_000n, BigInt(variableMarginRateBasisPoints)));
}

const daysInMonth = (year: number, monthIndex: number): number => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
const isoDay = (year: number, monthIndex: number, day: number): string =>
  `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Smallest integer ≥ a ÷ b, for positive integers, without a float in the way. */
function ceilDivide(a: number, b: number): number {
  const quotient = Math.trunc(a / b);
  return quotient * b < a ? quotient + 1 : quotient;
}

/**
 * The first day of the plan's year at whose end the cumulative forecast reaches `revenueCents`,
 * each month's revenue spread evenly over its days; months left empty count as zero. Null when
 * nothing is forecast or the year's forecast stays below the amount.
 */
export function breakEvenDate(company: Pick<CompanyProfile, 'planYear' | 'revenueForecastCents'>, revenueCents: number | null): string | null {
  const { planYear, revenueForecastCents } = company;
  if (revenueCents === null || revenueForecastCents.every((month) => month === null)) return null;
  if (revenueCents <= 0) return isoDay(planYear, 0, 1);
  let before = 0;
  for (let monthIndex = 0; monthIndex < 12; monthIndex++) {
    const month = revenueForecastCents[monthIndex] ?? 0;
    if (month > 0 && before + month >= revenueCents) {
      const days = daysInMonth(planYear, monthIndex);
      return isoDay(planYear, monthIndex, ceilDivide((revenueCents - before) * days, month));
    }
    before += month;
  }
  return null;
}

/** Break-even revenue, date and safety margin of the plan: one function for the screen, the PDF, the workbook and the CLI. */
export function computeBreakEven(plan: Pick<Plan, 'offer' | 'products' | 'company'>): BreakEven {
  const variableMarginRateBasisPoints = averageMarginRate(plan.products);
  const revenueCents = breakEvenRevenue(plan.offer.fixedCostsCents, variableMarginRateBasisPoints);
  const hasForecast = plan.company.revenueForecastCents.some((month) => month !== null);
  const forecastCents = computeYearlyForecast(plan.company);
  const safetyMarginCents = revenueCents === null || !hasForecast ? null : forecastCents - revenueCents;
  return {
    variableMarginRateBasisPoints,
    revenueCents,
    date: breakEvenDate(plan.company, revenueCents),
    safetyMarginCents,
    safetyMarginBasisPoints: safetyMarginCents === null || forecastCents <= 0 ? null : roundDivide(safetyMarginCents * 10_000, forecastCents),
  };
}

/** Why a break-even figure is missing: the key of the sentence (offerFigures.breakEven.<key>) every output words it with. */
export type BreakEvenGap = 'noProducts' | 'noCosts' | 'atLoss' | 'noForecast' | 'notReached';

export function breakEvenRevenueGap(plan: Pick<Plan, 'offer'>, figures: BreakEven): BreakEvenGap | null {
  if (figures.revenueCents !== null) return null;
  if (figures.variableMarginRateBasisPoints === null) return 'noProducts';
  return plan.offer.fixedCostsCents === null ? 'noCosts' : 'atLoss';
}

/** Null when there is a date, or when the seuil itself is missing (its own gap says why). */
export function breakEvenDateGap(plan: Pick<Plan, 'company'>, figures: BreakEven): BreakEvenGap | null {
  if (figures.date !== null || figures.revenueCents === null) return null;
  return plan.company.revenueForecastCents.every((month) => month === null) ? 'noForecast' : 'notReached';
}

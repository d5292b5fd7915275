import type { Kpi, KpiDirection, Objective } from '../plan';
import { kpiCatalogueDirections } from '../kpiDirections';
import { roundDivideBig } from './pricing';

/**
 * Progress of an indicator, from its starting value to the value aimed at, whichever way it goes:
 * a cost per customer falling from 40 € to 25 € and visits rising from 800 to 1 200 are both 100 %
 * when the target is reached. Statuses compare that progress with the path expected at the date.
 */
export type IndicatorStatus = 'ahead' | 'onTrack' | 'late' | 'notMeasured';
export const indicatorStatuses: readonly IndicatorStatus[] = ['ahead', 'onTrack', 'late', 'notMeasured'];

const WHOLE = 10_000;
/** Ten points beyond the expected path (or the target reached before its date) is "ahead". */
const AHEAD_MARGIN = 1_000;

/** A decimal as typed ("2,5", "1 200", "31 €", "3,5 %") as an exact fraction; null when it is not a number. */
export function readDecimal(text: string | null | undefined): { units: bigint; scale: number } | null {
  if (text === null || text === undefined) return null;
  const cleaned = text.replace(/[\s\u00a0\u202f%€]/g, '').replace(',', '.');
  const match = /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`) * (sign === '-' ? -1n : 1n);
  return { units, scale: fraction.length };
}

const toScale = (value: { units: bigint; scale: number }, scale: number): bigint => value.units * 10n ** BigInt(scale - value.scale);

export const isNumber = (text: string | null | undefined): boolean => readDecimal(text) !== null;

/** Words that say an indicator should fall: a cost, a rate of loss, a rank. */
const LOWER_IS_BETTER_WORDS =
  /(co[uû]t|cost|\bcpa\b|\bcac\b|\bcpc\b|rebond|bounce|abandon|d[ée]sinscri|unsubscri|\brang\b|\brank|position|d[ée]lai|delay|attrition|churn|r[ée]clamation|complaint|retour produit)/iu;

/**
 * Which way an indicator should go: the user's choice, else the catalogue's, else what its start and
 * target say (a target below the start is a fall), else its name ("Coût par contact"), else up.
 */
export function directionOf(indicator: {
  direction?: KpiDirection | null;
  baseline?: string;
  target: string;
  name: string;
  catalogueKey?: string | null;
}): KpiDirection {
  if (indicator.direction) return indicator.direction;
  const fromCatalogue = indicator.catalogueKey ? kpiCatalogueDirections[indicator.catalogueKey] : undefined;
  if (fromCatalogue) return fromCatalogue;
  const start = readDecimal(indicator.baseline ?? '');
  const goal = readDecimal(indicator.target);
  if (start && goal) {
    const scale = Math.max(start.scale, goal.scale);
    const difference = toScale(goal, scale) - toScale(start, scale);
    if (difference !== 0n) return difference < 0n ? 'lowerIsBetter' : 'higherIsBetter';
  }
  return LOWER_IS_BETTER_WORDS.test(indicator.name) ? 'lowerIsBetter' : 'higherIsBetter';
}

export interface IndicatorProgress {
  direction: KpiDirection;
  /** (latest − baseline) ÷ (target − baseline), in basis points; null when it cannot be computed. */
  progressBasisPoints: number | null;
  /** The month (1–12) of the latest value measured up to the date, and that value as typed. */
  latestMonth: number | null;
  latest: string | null;
  /** The share of the way the plan expected at the date, in basis points. */
  expectedBasisPoints: number;
  status: IndicatorStatus;
  /** Why progress is missing: which part is not a number, or a target on the wrong side of the start. */
  problem: 'noTarget' | 'noBaseline' | 'noActual' | 'targetEqualsBaseline' | 'targetAgainstDirection' | null;
}

export interface IndicatorInput {
  direction?: KpiDirection | null;
  name: string;
  baseline?: string;
  target: string;
  actualByMonth?: (string | null)[];
  catalogueKey?: string | null;
}

/**
 * The indicator at a date: `expectedBasisPoints` is how far along its path it should be then, and
 * `lastMonth` the last month whose value counts (values typed for later months are not yet real).
 * A blank baseline means starting from zero, which only makes sense for something that should rise.
 */
export function indicatorProgress(indicator: IndicatorInput, expectedBasisPoints: number, lastMonth = 12): IndicatorProgress {
  const direction = directionOf(indicator);
  const actuals = indicator.actualByMonth ?? [];
  let latestMonth: number | null = null;
  for (let month = Math.min(lastMonth, actuals.length); month >= 1; month -= 1) {
    if (isNumber(actuals[month - 1])) {
      latestMonth = month;
      break;
    }
  }
  const latest = latestMonth === null ? null : (actuals[latestMonth - 1] ?? null);
  const result = (problem: IndicatorProgress['problem'], progressBasisPoints: number | null = null): IndicatorProgress => ({
    direction,
    progressBasisPoints,
    latestMonth,
    latest,
    expectedBasisPoints,
    status: progressBasisPoints === null ? 'notMeasured' : statusOf(progressBasisPoints, expectedBasisPoints),
    problem,
  });
  const goal = readDecimal(indicator.target);
  if (!goal) return result('noTarget');
  const baseline = indicator.baseline ?? '';
  const start = readDecimal(baseline) ?? (direction === 'higherIsBetter' && baseline.trim() === '' ? { units: 0n, scale: 0 } : null);
  if (!start) return result('noBaseline');
  const scale = Math.max(goal.scale, start.scale, latest ? (readDecimal(latest)?.scale ?? 0) : 0);
  const span = toScale(goal, scale) - toScale(start, scale);
  if (span === 0n) return result('targetEqualsBaseline');
  if ((span > 0n) !== (direction === 'higherIsBetter')) return result('targetAgainstDirection');
  if (latest === null) return result('noActual');
  const moved = toScale(readDecimal(latest)!, scale) - toScale(start, scale);
  return result(null, Number(roundDivideBig(moved * BigInt(WHOLE), span)));
}

/** On track means at least as far as the path expects by then: nothing is green by rounding. */
export function statusOf(progressBasisPoints: number, expectedBasisPoints: number): IndicatorStatus {
  if (progressBasisPoints >= expectedBasisPoints + AHEAD_MARGIN) return 'ahead';
  if (progressBasisPoints >= WHOLE && expectedBasisPoints < WHOLE) return 'ahead';
  return progressBasisPoints >= expectedBasisPoints ? 'onTrack' : 'late';
}

const dayNumber = (iso: string): number => {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** The date the figures are read at: today while the plan's year runs, else the year's last day. */
export function defaultAsOf(planYear: number, today: Date = new Date()): string {
  const iso = today.toISOString().slice(0, 10);
  return iso.startsWith(`${planYear}-`) ? iso : `${planYear}-12-31`;
}

/**
 * The share of the way expected at `asOf` for a path that starts with the plan's year and ends at
 * `deadline` (the year's end when none is set): days elapsed, the as-of day included.
 */
export function expectedShare(planYear: number, asOf: string, deadline = ''): number {
  const start = dayNumber(`${planYear}-01-01`);
  const validDeadline = /^\d{4}-\d{2}-\d{2}$/.test(deadline) && dayNumber(deadline) >= start ? deadline : `${planYear}-12-31`;
  const length = dayNumber(validDeadline) - start + 1;
  const elapsed = Math.min(length, Math.max(0, dayNumber(asOf) - start + 1));
  return Math.round((elapsed * WHOLE) / length);
}

/** The last month of the plan's year whose values count at `asOf` (0 before the year starts). */
export function lastCountedMonth(planYear: number, asOf: string): number {
  const [year, month] = asOf.split('-').map(Number);
  return year < planYear ? 0 : year > planYear ? 12 : month;
}

export function kpiIndicator(kpi: Kpi, planYear: number, asOf: string): IndicatorProgress {
  return indicatorProgress(kpi, expectedShare(planYear, asOf), lastCountedMonth(planYear, asOf));
}

/** An objective is read as an indicator named by its title and its indicator's words. */
const asIndicator = (objective: Objective) => ({ ...objective, name: `${objective.title} ${objective.indicator}` });

/** The direction an objective's figures are read in; the same as its progress uses. */
export const objectiveDirection = (objective: Objective): KpiDirection => directionOf(asIndicator(objective));

export function objectiveIndicator(objective: Objective, planYear: number, asOf: string): IndicatorProgress {
  return indicatorProgress(
    asIndicator(objective),
    expectedShare(planYear, asOf, objective.deadline),
    lastCountedMonth(planYear, asOf),
  );
}

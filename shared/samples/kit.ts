import { keyDateForYear, type KeyDateKey } from '../calendar/keyDates';
import { actionPlanEn } from '../i18n/actionPlan.en';
import { actionPlanFr } from '../i18n/actionPlan.fr';
import type { Language } from '../i18n';
import { emptyPlan, type Action, type CostLine, type Kpi, type KeyDate, type Period, type Plan } from '../plan';

/**
 * A text given in French and in English at the same place, so the two languages of a sample cannot
 * drift apart; the builder keeps the one of the language asked for. Names of companies, people and
 * places are plain strings: they stay French in both languages.
 */
export type Text = (fr: string, en: string) => string;

export interface SampleContext {
  text: Text;
  language: Language;
}

/** A shipped sample: how it is built, and the coaching remarks it shows on purpose (warning codes). */
export interface SampleDefinition {
  intendedWarnings: readonly string[];
  build(context: SampleContext): SamplePlan;
}

/**
 * A sample may leave out the parts a new plan starts empty with (no sales file, the RGPD checklist
 * unseen, no key accounts); its « Date du point » is the end of March, the last month its actual spend is typed for.
 */
export type SamplePlan = Omit<Plan, OptionalPart> & Partial<Pick<Plan, OptionalPart>>;
type OptionalPart = 'customerFile' | 'rgpd' | 'steering' | 'accounts' | 'pipelineTargets';
export const SAMPLE_STEERING_DATE = '2027-03-31';

/**
 * A sample is an ordinary plan, not a trainer's template: it opens like any plan the user wrote, and
 * takes the meta defaults a new plan gets (so new meta fields reach the samples by themselves).
 */
export const sampleMeta = (title: string, createdAt: string): Plan['meta'] => emptyPlan(2027, title, createdAt).meta;

/** Whole euros to cents: sample figures are round amounts, the plan stores cents. */
export const euros = (amount: number): number => Math.round(amount * 100);

/** Minutes of internal time from hours ("1 h 30" is hours(1.5)). */
export const hours = (count: number): number => Math.round(count * 60);

export const wholeYear: Period = { kind: 'year' };
export const quarter = (number: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', quarter: number });
export const months = (from: number, to = from): Period => ({ kind: 'months', from, to });

/** The months from..to as a list, for an action's active months. */
export const monthRange = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

export const fixed = (id: string, label: string, amountEuros: number, period: Period): CostLine => ({
  id,
  kind: 'fixed',
  label,
  amountCents: euros(amountEuros),
  period,
});

export const percentOfRevenue = (id: string, label: string, rateBasisPoints: number, period: Period): CostLine => ({
  id,
  kind: 'percentOfRevenue',
  label,
  rateBasisPoints,
  period,
});

export const internalTime = (id: string, label: string, minutes: number, per: 'week' | 'month', period: Period): CostLine => ({
  id,
  kind: 'internalHours',
  label,
  minutes,
  per,
  period,
});

/** Twelve months of KPI actuals: the ones recorded so far (January first), the rest still empty. */
export const recorded = (...values: (string | null)[]): (string | null)[] =>
  Array.from({ length: 12 }, (_, index) => values[index] ?? null);

export type KpiCatalogueKey = keyof typeof actionPlanFr.kpiCatalogue;

/** A KPI chosen from the catalogue carries the catalogue's name and unit, as the KPI editor does. */
export function catalogueKpi(context: SampleContext, id: string, key: KpiCatalogueKey, target: string, actuals = recorded(), baseline = ''): Kpi {
  const entry = (context.language === 'fr' ? actionPlanFr : actionPlanEn).kpiCatalogue[key];
  return { id, name: entry.name, unit: entry.unit, direction: null, baseline, target, actualByMonth: actuals, catalogueKey: key };
}

/** A KPI written freely; its direction is said when lower is better (a cost, a rank). */
export const freeKpi = (
  id: string,
  name: string,
  unit: string,
  target: string,
  actuals = recorded(),
  baseline = '',
  direction: Kpi['direction'] = null,
): Kpi => ({
  id,
  name,
  unit,
  direction,
  baseline,
  target,
  actualByMonth: actuals,
  catalogueKey: null,
});

export type KeyDateCatalogueKey = KeyDateKey;

/**
 * A date of the commercial year pinned in the plan, labelled as the catalogue does, on the day its
 * rule gives in the samples' plan year (2027, as in sampleMeta).
 */
export function builtInDate(context: SampleContext, id: string, key: KeyDateCatalogueKey): KeyDate {
  const entries: readonly { key: string; label: string }[] = (context.language === 'fr' ? actionPlanFr : actionPlanEn).keyDates;
  const label = entries.find((entry) => entry.key === key)?.label ?? key;
  return { id, label, date: keyDateForYear(key, 2027), builtIn: true, ruleKey: key };
}

export const ownDate = (id: string, label: string, date: string): KeyDate => ({ id, label, date, builtIn: false, ruleKey: null });

/** What every sample action shares: nothing spent yet when the year starts, unless told otherwise. */
/** An action's tool sheet, in the trainer's order: resources, success factors, limits, review. */
export const toolSheet = (resources: string, successFactors: string, limits: string, review: string): Action['detail'] => ({
  resources,
  successFactors,
  limits,
  review,
});

export type ActionDraft = Omit<Action, 'actualSpendCents'> & { actualSpendCents?: Action['actualSpendCents'] };

export const sampleAction = (draft: ActionDraft): Action => ({
  ...draft,
  actualSpendCents: draft.actualSpendCents ?? Array.from({ length: 12 }, () => null),
});

/** Actual spend for the first months of the year, in euros; later months stay empty. */
export const spentSoFar = (...amounts: number[]): (number | null)[] =>
  Array.from({ length: 12 }, (_, index) => (amounts[index] === undefined ? null : euros(amounts[index])));

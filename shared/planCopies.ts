import { keyDateForYear, keyDateRuleKey, sameWeekdayOneYearLater } from './calendar/keyDates';
import { computeBudget } from './compute/budget';
import { computeYearlyForecast } from './compute/revenue';
import {
  emptyBudgetSettings,
  emptyCompanyProfile,
  emptyOffer,
  emptyPositioning,
  type Plan,
  type KeyDate,
  emptyCustomerFile,
  emptySteering,
  emptyRgpdChecklist,
  emptyPipelineTargets,
} from './plan';
import { emptyCustomerValue } from './plan/customerValue';
import type { StepId } from './steps';

const noActuals = () => Array.from({ length: 12 }, () => null);

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Moves an ISO date by some years, keeping its day and month. A deadline at the end of a month
 * stays at the end of it: 28 February 2027 becomes 29 February 2028, and back to the 28th after.
 */
export function shiftIsoDate(date: string, years: number): string {
  if (!date) return date;
  const [year, month, day] = date.split('-').map(Number);
  const target = year + years;
  const lastDay = lastDayOfMonth(target, month);
  const targetDay = day === lastDayOfMonth(year, month) ? lastDay : Math.min(day, lastDay);
  return `${target}-${String(month).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/**
 * A key date in next year's plan: a built-in date falls where its rule puts it that year (Mother's
 * Day, Black Friday); the user's own date keeps its weekday (a Saturday open day stays a Saturday).
 * A built-in date whose rule is unknown keeps its day and month.
 */
function keyDateNextYear(date: KeyDate, year: number): KeyDate {
  const ruleKey = keyDateRuleKey(date);
  if (ruleKey) return { ...date, ruleKey, date: keyDateForYear(ruleKey, year) };
  return { ...date, date: date.builtIn ? shiftIsoDate(date.date, 1) : sameWeekdayOneYearLater(date.date) };
}

/** "Boulangerie Martin 2027" becomes "Boulangerie Martin 2028"; a title without the year gets it. */
export function titleForYear(title: string, from: number, to: number): string {
  const pattern = new RegExp(`\\b${from}\\b`);
  return pattern.test(title) ? title.replace(pattern, String(to)) : `${title} ${to}`.trim();
}

/** What each step of a template clears when "to be filled by each participant". */
const clearStep: Record<StepId, (plan: Plan) => Partial<Plan>> = {
  company: (plan) => ({ company: emptyCompanyProfile(plan.company.planYear) }),
  diagnostic: () => ({ swot: [], competitors: [] }),
  customers: () => ({ customerFile: emptyCustomerFile(), rgpd: emptyRgpdChecklist() }),
  pilotage: () => ({ steering: emptySteering() }),
  objectives: () => ({ objectives: [] }),
  targets: () => ({ segments: [], personas: [] }),
  accounts: () => ({ accounts: [], pipelineTargets: emptyPipelineTargets() }),
  positioning: () => ({ positioning: emptyPositioning() }),
  offer: () => ({ offer: emptyOffer(), products: [] }),
  promotion: () => ({ actions: [] }),
  distribution: () => ({ channels: [] }),
  budget: (plan) => ({
    budget: emptyBudgetSettings(),
    actions: plan.actions.map((action) => ({ ...action, costLines: [], actualSpendCents: noActuals() })),
  }),
  kpis: (plan) => ({ actions: plan.actions.map((action) => ({ ...action, kpis: [] })), customerValue: emptyCustomerValue() }),
  calendar: (plan) => ({
    actions: plan.actions.map((action) => ({ ...action, activeMonths: [] })),
    keyDates: plan.keyDates.filter((date) => date.builtIn),
  }),
  summary: () => ({}),
};

/** After clearing, links to objectives, segments or competitors that no longer exist are dropped. */
function dropDanglingLinks(plan: Plan): Plan {
  const objectives = new Set(plan.objectives.map((objective) => objective.id));
  const segments = new Set(plan.segments.map((segment) => segment.id));
  const competitors = new Set(plan.competitors.map((competitor) => competitor.id));
  const actions = new Set(plan.actions.map((action) => action.id));
  return {
    ...plan,
    personas: plan.personas.map((persona) =>
      persona.segmentId && !segments.has(persona.segmentId) ? { ...persona, segmentId: null } : persona,
    ),
    products: plan.products.map((product) => ({
      ...product,
      competitorPrices: product.competitorPrices.map((price) =>
        price.competitorId && !competitors.has(price.competitorId) ? { ...price, competitorId: null } : price,
      ),
    })),
    actions: plan.actions.map((action) => ({
      ...action,
      objectiveIds: action.objectiveIds.filter((id) => objectives.has(id)),
      segmentIds: action.segmentIds.filter((id) => segments.has(id)),
    })),
    accounts: plan.accounts.map((account) => ({ ...account, actions: account.actions.filter((link) => actions.has(link.actionId)) })),
  };
}

/** A trainer's template: the same plan, flagged, with its guidance notes and steps to fill. */
export function asTemplate(plan: Plan, title: string): Plan {
  return { ...plan, meta: { ...plan.meta, title, isTemplate: true } };
}

/**
 * "New plan from template": the structure and the guidance notes are kept, the steps the trainer
 * marked as to be filled are emptied, and the copy is an ordinary plan.
 */
export function planFromTemplate(template: Plan, title: string, createdAt: string): Plan {
  const cleared = template.meta.stepsToFill.reduce<Plan>((plan, step) => ({ ...plan, ...clearStep[step](plan) }), template);
  return dropDanglingLinks({
    ...cleared,
    company: template.meta.stepsToFill.includes('company') ? { ...cleared.company, name: '' } : cleared.company,
    meta: { ...template.meta, title, createdAt, isTemplate: false, stepsToFill: [], previousYear: null },
  });
}

/**
 * Next year's plan: strategy, actions and KPIs carried over, every date moved one year on (deadlines
 * on the same day and month, key dates as told by keyDateNextYear), the year's actuals cleared, and
 * this year's totals kept for comparison.
 */
export function nextYearPlan(plan: Plan, createdAt: string): Plan {
  const from = plan.company.planYear;
  const to = from + 1;
  const budget = computeBudget(plan);
  const forecast = computeYearlyForecast(plan.company);
  return {
    ...plan,
    meta: {
      ...plan.meta,
      title: titleForYear(plan.meta.title, from, to),
      createdAt,
      isTemplate: false,
      previousYear: {
        title: plan.meta.title,
        planYear: from,
        budgetQuartersCents: budget.quartersCents,
        budgetYearCents: budget.yearCents,
        revenueForecastCents: forecast > 0 ? forecast : null,
        actionCount: plan.actions.length,
      },
    },
    company: {
      ...plan.company,
      planYear: to,
      // Last year's forecast is the best estimate of the revenue the new year starts from.
      currentRevenueCents: forecast > 0 ? forecast : plan.company.currentRevenueCents,
    },
    objectives: plan.objectives.map((objective) => ({ ...objective, deadline: shiftIsoDate(objective.deadline, 1), actualByMonth: noActuals() })),
    actions: plan.actions.map((action) => ({
      ...action,
      actualSpendCents: noActuals(),
      kpis: action.kpis.map((kpi) => ({ ...kpi, actualByMonth: noActuals() })),
    })),
    keyDates: plan.keyDates.map((date) => keyDateNextYear(date, to)),
  };
}

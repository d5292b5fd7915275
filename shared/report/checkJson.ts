import type { CustomerFigures } from '../plan/customerFile';
import type { StepState } from '../coach/types';
import { wordWarning } from '../coach/wording';
import type { Translate } from '../i18n';
import type { PlanReport } from './planReport';
import type { PipelineStage } from '../plan';
import type { WalletBand } from '../compute/pipeline';

/**
 * `cap-marketing check PLAN --json`, read by other tools: fields may be added, never renamed or
 * removed. Money is integer cents, rates basis points, time minutes.
 */
export interface CheckJson {
  asOf: string;
  /** `listed` (added with issue 17): whether the app lists the step for this plan; a step it does not list is not asked for. */
  steps: { id: string; state: 'todo' | 'inProgress' | 'done'; missing: string[]; listed: boolean }[];
  warnings: { step: string; code: string; severity: 'warning' | 'info'; message: string; itemId: string | null }[];
  budget: {
    quarterCents: number[];
    yearCents: number;
    shareOfRevenueBasisPoints: number | null;
    internalMinutesPerWeek: number;
    internalMinutesPerYear: number;
    /** Added with issue 16: actual spend typed per quarter, and the budget and the actual spend of the months up to the as-of date's (included). */
    actualQuarterCents: number[];
    plannedToDateCents: number;
    actualToDateCents: number;
    /** The year's budget before the first mid-year revision; null while the plan has not been revised. */
    initialYearCents: number | null;
  };
  kpis: {
    actionId: string;
    kpiId: string;
    name: string;
    direction: 'higherIsBetter' | 'lowerIsBetter';
    baseline: string;
    target: string;
    latest: string | null;
    progressBasisPoints: number | null;
    expectedBasisPoints: number;
    status: 'ahead' | 'onTrack' | 'late' | 'notMeasured';
  }[];
  objectives: {
    objectiveId: string;
    title: string;
    direction: 'higherIsBetter' | 'lowerIsBetter';
    progressBasisPoints: number | null;
    expectedBasisPoints: number;
    status: 'ahead' | 'onTrack' | 'late' | 'notMeasured';
  }[];
  breakEven: { revenueCents: number | null; date: string | null };
  /** "L'essentiel du plan" (added with issue 13): the forecast's growth, the key actions, the warnings by severity. */
  atAGlance: {
    forecastCents: number | null;
    currentRevenueCents: number | null;
    growthBasisPoints: number | null;
    keyActions: { actionId: string; title: string; yearCents: number; objectivesServed: number; reasons: ('budget' | 'objectives')[] }[];
    warningsBySeverity: { warning: number; info: number };
  };
  /** The customer file's figures (added with issue 15): integers, cents, basis points, hundredths; null without a sales file. */
  customers: CustomersJson | null;
  /** The key accounts' weighted pipeline (added with issue 17): cents, each deal rounded once, so the quarters and stages add up to the total. */
  pipeline: {
    weightedCents: number;
    weightedQuarterCents: number[];
    byStage: { stage: PipelineStage; count: number; amountCents: number; weightedCents: number }[];
    /** The new business wanted per quarter, and what the weighted pipeline lacks to reach it; null where no target is set. */
    targetQuarterCents: (number | null)[];
    shortfallQuarterCents: (number | null)[];
  };
  /** Each key account (added with issue 17): share of wallet in basis points (null without both figures) and its band. */
  accounts: {
    id: string;
    name: string;
    shareOfWalletBasisPoints: number | null;
    band: WalletBand | null;
    contacts: number;
    hasDecisionMaker: boolean;
    weightedCents: number;
  }[];
}

export interface CustomersJson {
  customers: number;
  purchases: number;
  revenueCents: number;
  averageBasketCents: number | null;
  purchasesPerYearHundredths: number | null;
  retentionBasisPoints: number | null;
  top20ShareBasisPoints: number | null;
  segments: { new: number; loyal: number; lost: number; toReactivate: number; occasional: number };
  probableDuplicates: number;
  mergedDuplicates: number;
  asOf: string;
  amounts: 'ht' | 'ttc' | null;
  previousCustomers: number;
  badRows: number;
  creditNotes: number;
}

/** The stored figures as `check --json` and `customers --json` print them. */
export function customersJson(figures: CustomerFigures, amounts: 'ht' | 'ttc' | null): CustomersJson {
  return {
    customers: figures.customers,
    purchases: figures.purchases,
    revenueCents: figures.revenueCents,
    averageBasketCents: figures.averageBasketCents,
    purchasesPerYearHundredths: figures.purchasesPerYearHundredths,
    retentionBasisPoints: figures.retentionBasisPoints,
    top20ShareBasisPoints: figures.top20ShareBasisPoints,
    segments: { ...figures.segments },
    probableDuplicates: figures.probableDuplicates,
    mergedDuplicates: figures.mergedDuplicates,
    asOf: figures.asOf,
    amounts,
    previousCustomers: figures.previousCustomers,
    badRows: figures.badRows,
    creditNotes: figures.creditNotes,
  };
}

const states: Record<StepState, CheckJson['steps'][number]['state']> = { notStarted: 'todo', inProgress: 'inProgress', complete: 'done' };

export function checkJson(report: PlanReport, t: Translate): CheckJson {
  return {
    asOf: report.asOf,
    steps: Object.values(report.review).map(({ progress }) => ({
      id: progress.step,
      state: states[progress.state],
      missing: [...progress.missing],
      listed: report.listedSteps.includes(progress.step),
    })),
    warnings: report.warnings.map((warning) => ({
      step: warning.step,
      code: warning.code,
      severity: warning.severity,
      message: wordWarning(t, warning),
      itemId: warning.itemId ?? null,
    })),
    budget: {
      quarterCents: report.budget.quartersCents,
      yearCents: report.budget.yearCents,
      shareOfRevenueBasisPoints: report.budget.shareOfRevenueBasisPoints,
      internalMinutesPerWeek: report.internalMinutesPerWeek,
      internalMinutesPerYear: report.budget.yearMinutes,
      actualQuarterCents: report.steering.total.actualQuarterCents,
      plannedToDateCents: report.steering.total.plannedToDateCents,
      actualToDateCents: report.steering.total.actualToDateCents,
      initialYearCents: report.steering.initial?.yearCents ?? null,
    },
    kpis: report.kpis.map(({ actionId, kpi, indicator }) => ({
      actionId,
      kpiId: kpi.id,
      name: kpi.name,
      direction: indicator.direction,
      baseline: kpi.baseline ?? '',
      target: kpi.target,
      latest: indicator.latest,
      progressBasisPoints: indicator.progressBasisPoints,
      expectedBasisPoints: indicator.expectedBasisPoints,
      status: indicator.status,
    })),
    objectives: report.objectives.map(({ objective, indicator }) => ({
      objectiveId: objective.id,
      title: objective.title,
      direction: indicator.direction,
      progressBasisPoints: indicator.progressBasisPoints,
      expectedBasisPoints: indicator.expectedBasisPoints,
      status: indicator.status,
    })),
    breakEven: { revenueCents: report.breakEven.revenueCents, date: report.breakEven.date },
    atAGlance: {
      forecastCents: report.atAGlance.forecast.yearCents,
      currentRevenueCents: report.atAGlance.forecast.currentRevenueCents,
      growthBasisPoints: report.atAGlance.forecast.growthBasisPoints,
      keyActions: report.atAGlance.keyActions.map(({ row, yearCents, objectivesServed, reasons }) => ({
        actionId: row.action.id,
        title: row.action.title,
        yearCents,
        objectivesServed,
        reasons,
      })),
      warningsBySeverity: report.atAGlance.warningsBySeverity,
    },
    customers: report.customers ? customersJson(report.customers.figures, report.customers.amounts) : null,
    pipeline: {
      weightedCents: report.pipeline.weightedCents,
      weightedQuarterCents: report.pipeline.weightedQuarterCents,
      byStage: report.pipeline.byStage.map((stage) => ({ ...stage })),
      targetQuarterCents: report.pipeline.quarters.map((quarter) => quarter.targetCents),
      shortfallQuarterCents: report.pipeline.quarters.map((quarter) => quarter.shortfallCents),
    },
    accounts: report.accounts.map((account) => ({
      id: account.accountId,
      name: account.company,
      shareOfWalletBasisPoints: account.shareOfWallet.basisPoints,
      band: account.shareOfWallet.band,
      contacts: account.contacts,
      hasDecisionMaker: account.hasDecisionMaker,
      weightedCents: account.weightedCents,
    })),
  };
}

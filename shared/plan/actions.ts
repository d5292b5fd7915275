import * as z from 'zod';
import { basisPoints, cents, id, isoDate, kpiDirection, longText, month, nonNegativeCents, period, shortText, twelveMonths } from './common';

export const actionCategories = [
  'contentMarketing',
  'merchandising',
  'communityManagement',
  'onlineAdvertising',
  'websiteSeo',
  'emailingCrm',
  'events',
  'printOutdoor',
  'pressPr',
  'directMarketing',
  'partnerships',
  'other',
] as const;
export type ActionCategory = (typeof actionCategories)[number];

/**
 * One cost of an action. Each kind covers a way trainers phrase it:
 * "850 € in Q1" and "500 € spread over April–June" are fixed amounts over a period (spread by month);
 * "3.5 % of the quarter's revenue" and "10 % of revenue from July to December" are percentOfRevenue;
 * "6 hours per week" and "16 hours per month" are internalHours (never added to euros).
 */
export const costLine = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('fixed'), label: shortText, amountCents: nonNegativeCents, period }),
  z.object({ id, kind: z.literal('percentOfRevenue'), label: shortText, rateBasisPoints: basisPoints, period }),
  z.object({
    id,
    kind: z.literal('internalHours'),
    label: shortText,
    /** Minutes keep "1 h 30" exact without floats. */
    minutes: z.number().int().min(0).max(100_000),
    per: z.enum(['week', 'month']),
    period,
  }),
]);
export type CostLine = z.infer<typeof costLine>;

export const kpi = z.object({
  id,
  name: shortText,
  unit: shortText,
  direction: kpiDirection,
  /** Where the indicator starts (decimal string as typed); progress is measured from here to the target. */
  baseline: shortText.optional(),
  /** Decimal strings as typed ("2,5"), converted only for computing progress. */
  target: shortText,
  actualByMonth: twelveMonths(shortText.nullable()),
  /** Catalogue key when chosen from the catalogue, null when written freely. */
  catalogueKey: z.string().max(60).nullable(),
});
export type Kpi = z.infer<typeof kpi>;

/**
 * The moments of the customer's journey an action can serve (DOMAIN §5c): a shop's customer
 * researches online, buys, comes back and shares what they thought; a company's buyer hears of us
 * through networks and content, is qualified, receives a proposal, stays.
 */
export const consumerJourneyStages = ['research', 'conversion', 'afterSale', 'sharing'] as const;
export const businessJourneyStages = ['awareness', 'qualification', 'proposal', 'loyalty'] as const;
export const journeyStages = [...consumerJourneyStages, ...businessJourneyStages] as const;
export type JourneyStage = (typeof journeyStages)[number];

export const owner = z.object({
  kind: z.enum(['person', 'provider']),
  name: shortText,
});

export const action = z.object({
  id,
  category: z.enum(actionCategories),
  title: shortText,
  description: longText,
  objectiveIds: z.array(id).max(50),
  segmentIds: z.array(id).max(50),
  owner,
  activeMonths: z.array(month).max(12),
  costLines: z.array(costLine).max(100),
  kpis: z.array(kpi).max(50),
  /** Optional tool sheet, as trainers teach it. */
  detail: z.object({
    resources: longText,
    successFactors: longText,
    limits: longText,
    review: longText,
  }),
  /** Actual spend per month, for plan-vs-actual. */
  actualSpendCents: twelveMonths(cents.nullable()),
  /** The journey moments the owner says the action serves; absent: read from its category and words (shared/coach/journey.ts). */
  journeyStages: z.array(z.enum(journeyStages)).max(journeyStages.length).optional(),
});
export type Action = z.infer<typeof action>;

/** A date of the commercial year that actions can be planned back from. */
export const keyDate = z.object({
  id,
  label: shortText,
  date: isoDate,
  builtIn: z.boolean(),
  /**
   * The catalogue key of a built-in date (mothersDay), so next year's plan recomputes it by its rule;
   * null for the user's own dates. Files saved before it have none: shared/calendar/keyDates.ts
   * recognises their built-in dates by the catalogue label.
   */
  ruleKey: z.string().max(60).nullable().default(null),
});
export type KeyDate = z.infer<typeof keyDate>;

export const budgetSettings = z.object({
  method: z.enum(['fixedEnvelope', 'percentOfRevenue', 'fromActions']),
  envelopeCents: nonNegativeCents.nullable(),
  envelopeRateBasisPoints: basisPoints.nullable(),
});
export type BudgetSettings = z.infer<typeof budgetSettings>;

export const emptyBudgetSettings = (): BudgetSettings => ({
  method: 'fromActions',
  envelopeCents: null,
  envelopeRateBasisPoints: null,
});

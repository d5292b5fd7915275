import * as z from 'zod';

/** Limits keep a pasted novel from bloating the file or freezing a screen. */
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 5000;

export const shortText = z.string().max(SHORT_TEXT_MAX);
export const longText = z.string().max(LONG_TEXT_MAX);

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** Money is integer cents from input to export: floats drift, cents do not. */
export const cents = z.number().int().min(-1e13).max(1e13);
export const nonNegativeCents = cents.min(0);

/** Rates are integer hundredths of a percent (basis points): 3.5 % is 350. */
export const basisPoints = z.number().int().min(0).max(100_000);

export const month = z.number().int().min(1).max(12);
export const quarter = z.number().int().min(1).max(4);

/**
 * A span of the plan's year: a quarter, a run of months (July–December), or the months the action
 * runs, which follows the action when its months change (the default for a new cost).
 */
export const period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activeMonths') }),
  z.object({ kind: z.literal('year') }),
  z.object({ kind: z.literal('quarter'), quarter }),
  z.object({ kind: z.literal('months'), from: month, to: month }).refine((p) => p.from <= p.to, {
    message: 'period.monthsOrder',
  }),
]);
export type Period = z.infer<typeof period>;

/** ISO calendar date (yyyy-mm-dd), or empty when not chosen yet. */
export const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const twelveMonths = <T extends z.ZodType>(item: T) => z.array(item).length(12);

/** Whether an indicator improves by going up (visits) or down (a cost per customer, a search rank). */
export const kpiDirections = ['higherIsBetter', 'lowerIsBetter'] as const;
export type KpiDirection = (typeof kpiDirections)[number];
/** Null: not chosen by the user, so the catalogue's direction (or the name's) applies. */
export const kpiDirection = z.enum(kpiDirections).nullable().optional();

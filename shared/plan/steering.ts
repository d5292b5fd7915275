import * as z from 'zod';
import { actionCategories } from './actions';
import { cents, id, isoDate, shortText, twelveMonths } from './common';

/** The budget of one version of the plan, frozen when the owner revises it: what was planned then. */
export const frozenBudget = z.object({
  monthsCents: twelveMonths(cents),
  yearCents: cents,
  byCategory: z.partialRecord(z.enum(actionCategories), cents),
  byAction: z.array(z.object({ actionId: id, title: shortText, yearCents: cents })).max(5000),
  /** Each distribution channel's commission; revisions made before it was kept have none. */
  byChannel: z.array(z.object({ channelId: id, yearCents: cents })).max(5000).default([]),
});
export type FrozenBudget = z.infer<typeof frozenBudget>;

/** A mid-year revision: when it was made, and the budget as it stood just before. */
export const revision = z.object({
  revisedAt: z.string().max(40),
  before: frozenBudget,
});
export type Revision = z.infer<typeof revision>;

/** Two revisions a year at most: the method revises once, mid-year; a second is for a real surprise. */
export const MAX_REVISIONS = 2;

/**
 * How the plan is followed during the year (the « Pilotage » step): the date the dashboard and the
 * exports are read at (« Date du point »; empty: today within the plan's year, else its last day),
 * and its revisions, the first of which keeps the initial budget.
 */
export const steering = z.object({
  asOf: isoDate.default(''),
  revisions: z.array(revision).max(MAX_REVISIONS).default([]),
});
export type Steering = z.infer<typeof steering>;

export const emptySteering = (): Steering => ({ asOf: '', revisions: [] });

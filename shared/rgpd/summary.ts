import type { Plan } from '../plan';
import { rgpdItemIds, rgpdItemOf, type RgpdItem, type RgpdState } from '../plan/rgpd';

export type RgpdSummary = Record<RgpdState, number>;

/** How many of the checklist's items are in each state; an item never looked at counts as « à faire ». */
export function rgpdSummary(plan: Pick<Plan, 'rgpd'>): RgpdSummary {
  const summary: RgpdSummary = { done: 0, todo: 0, notApplicable: 0 };
  for (const id of rgpdItemIds) summary[rgpdItemOf(plan.rgpd, id).state] += 1;
  return summary;
}

/** The owner has been at this item: it has a state other than « à faire », or a note. */
export const isReviewed = (item: RgpdItem): boolean => item.state !== 'todo' || item.note.trim() !== '';

/** Some item has been looked at: the checklist has begun. */
export const checklistBegun = (plan: Pick<Plan, 'rgpd'>): boolean => rgpdItemIds.some((id) => isReviewed(rgpdItemOf(plan.rgpd, id)));

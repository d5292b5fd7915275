import { create } from 'zustand';
import { reviewPlan } from '../../shared/coach/progress';
import type { Plan } from '../../shared/plan';
import { useAppStore } from './store';

/** Reviews are computed once per version of the plan, however many components show them. */
const reviews = new WeakMap<Plan, ReturnType<typeof reviewPlan>>();

export function reviewOf(plan: Plan): ReturnType<typeof reviewPlan> {
  let review = reviews.get(plan);
  if (!review) {
    review = reviewPlan(plan);
    reviews.set(plan, review);
  }
  return review;
}

/**
 * How long typing must pause before the step list and the step's alerts catch up. A keystroke then
 * re-renders only the field typed in: with 1,000 actions the review costs more than a frame.
 */
export const REVIEW_DELAY_MS = 250;

/** The plan the review shows: the one on screen, once edits have paused; at once when a plan is opened or closed. */
const useReviewedPlan = create<{ plan: Plan | null }>(() => ({ plan: useAppStore.getState().opened?.plan ?? null }));

let pending: ReturnType<typeof setTimeout> | undefined;
useAppStore.subscribe((state, previous) => {
  const plan = state.opened?.plan ?? null;
  if (plan === (previous.opened?.plan ?? null)) return;
  clearTimeout(pending);
  const samePlanEdited = state.opened !== null && previous.opened !== null && state.opened.path === previous.opened.path;
  if (samePlanEdited) pending = setTimeout(() => useReviewedPlan.setState({ plan }), REVIEW_DELAY_MS);
  else useReviewedPlan.setState({ plan });
});

export function usePlanReview(): ReturnType<typeof reviewPlan> | null {
  const plan = useReviewedPlan((state) => state.plan);
  return plan ? reviewOf(plan) : null;
}

import { create } from 'zustand';
import { reviewPlan } from '../../shared/coach/progress';
import { reportOf, type PlanReport } from '../../shared/report/planReport';
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
 * How long typing must pause before the step list, the alerts and the figures computed from the whole
 * plan catch up. A keystroke then re-renders only the field typed in: with 1,000 actions the review
 * takes about 20 ms and the report about 50 ms, more than a frame.
 */
export const REVIEW_DELAY_MS = 250;

/** The plan the review and the report show: the one on screen once edits have paused; at once when a plan is opened or closed. */
export const settledPlan = create<{ plan: Plan | null }>(() => ({ plan: useAppStore.getState().opened?.plan ?? null }));

let pending: ReturnType<typeof setTimeout> | undefined;
useAppStore.subscribe((state, previous) => {
  const plan = state.opened?.plan ?? null;
  // Another step shows figures at once: what was typed on the one before must already be in them.
  if (state.step !== previous.step && settledPlan.getState().plan !== plan) {
    clearTimeout(pending);
    settledPlan.setState({ plan });
    return;
  }
  if (plan === (previous.opened?.plan ?? null)) return;
  clearTimeout(pending);
  const samePlanEdited = state.opened !== null && previous.opened !== null && state.opened.path === previous.opened.path;
  if (samePlanEdited) pending = setTimeout(() => settledPlan.setState({ plan }), REVIEW_DELAY_MS);
  else settledPlan.setState({ plan });
});

export const useSettledPlan = (): Plan | null => settledPlan((state) => state.plan);

export function usePlanReview(): ReturnType<typeof reviewPlan> | null {
  const plan = useSettledPlan();
  return plan ? reviewOf(plan) : null;
}

/** The figures of the plan (shared/report), as of the last pause in typing. */
export function usePlanReport(): PlanReport | null {
  const plan = useSettledPlan();
  return plan ? reportOf(plan) : null;
}

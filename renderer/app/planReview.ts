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

export function usePlanReview(): ReturnType<typeof reviewPlan> | null {
  const plan = useAppStore((state) => state.opened?.plan);
  return plan ? reviewOf(plan) : null;
}

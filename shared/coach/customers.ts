import type { Plan } from '../plan';
import type { StepReview } from './types';

/** The « Fichier clients » step: its RGPD checklist and what the sales figures say. */
export function reviewCustomers(plan: Plan): StepReview {
  void plan;
  return { progress: { step: 'customers', state: 'notStarted', missing: [] }, warnings: [] };
}

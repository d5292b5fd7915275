/** The method's steps, in the order the plan is built: analyse, decide, act, measure. */
export const stepIds = [
  'company',
  'diagnostic',
  'customers',
  'objectives',
  'targets',
  'positioning',
  'offer',
  'promotion',
  'distribution',
  'budget',
  'kpis',
  'calendar',
  'summary',
  'pilotage',
] as const;
export type StepId = (typeof stepIds)[number];

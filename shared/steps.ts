/** The method's steps, in the order the plan is built: analyse, decide, act, measure. */
export const stepIds = [
  'company',
  'diagnostic',
  'customers',
  'objectives',
  'targets',
  'accounts',
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

/** Steps a plan lists only when they concern it: key accounts are for firms that sell to companies. */
export const visibleSteps = (customerKind: 'b2c' | 'b2b' | 'both', accountCount: number): StepId[] =>
  stepIds.filter((step) => step !== 'accounts' || customerKind !== 'b2c' || accountCount > 0);

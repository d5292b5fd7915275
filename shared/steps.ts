/** The method's steps, in the order the plan is built: analyse, decide, act, measure. */
export const stepIds = [
  'company',
  'diagnostic',
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
] as const;
export type StepId = (typeof stepIds)[number];

/** Steps that have a screen today; the others are shown as coming, never as empty pages. */
export const availableSteps: readonly StepId[] = [
  'company',
  'diagnostic',
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
];

export const isStepAvailable = (step: StepId): boolean => availableSteps.includes(step);

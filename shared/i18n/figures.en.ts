import type { figuresFr } from './figures.fr';
import type { Widen } from './widen';

export const figuresEn: Widen<typeof figuresFr> = {
  missing: {
    calendarMonths: 'place every action on at least one month',
    actionCosts: 'put a cost on every action (an amount, a % of revenue or internal time)',
    kpiForEachAction: 'give every action at least one indicator',
    kpiTargets: 'give every indicator a numeric target value',
    summaryPromotion: 'finish the “Promotion actions” step',
    summaryBudget: 'finish the “Budget” step',
    summaryKpis: 'finish the “Indicators” step',
    summaryCalendar: 'finish the “Calendar” step',
  },
  warnings: {
    fixedCostOutsideMonths:
      'The cost “{{line}}” of the action “{{title}}” partly falls in months when the action does not run ({{months}}). Spread it over the action’s months instead.',
    kpiTargetAgainstDirection:
      'The indicator “{{name}}” starts at {{baseline}} and aims at {{target}}, which goes against the direction chosen. Check the direction, the starting value or the target value.',
  },
  indicators: {
    direction: 'Direction',
    directions: { higherIsBetter: 'To increase', lowerIsBetter: 'To reduce' },
    directionHelp: 'A number of visits should go up; a cost per customer or a search rank should go down.',
    baseline: 'Starting value',
    target: 'Target value',
    latest: 'Latest value',
    progress: 'Progress',
    status: 'Status',
    statuses: { ahead: 'Ahead', onTrack: 'On track', late: 'Behind', notMeasured: 'Not measured yet' },
    progressHelp:
      'Progress = (latest value − starting value) ÷ (target value − starting value). “On track”: at least the expected path at the review date; “ahead”: ten points more, or the target reached before its deadline; “behind”: less than expected.',
    asOf: 'As of {{date}}',
    objectivesTitle: 'Your objectives',
    objectivesHelp: 'Note each month where each objective stands: progress is computed the same way as for indicators.',
  },
  costPeriods: {
    moveTitle: 'The action’s months have changed',
    moveText_one: 'One cost is still spread over other months. Spread it over the action’s months?',
    moveText_other: '{{count}} costs are still spread over other months. Spread them over the action’s months?',
    moveButton: 'Spread over the action’s months',
    commissionsRow: 'Distribution commissions',
  },
};

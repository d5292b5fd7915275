import { wordMissing } from '../../shared/coach/wording';
import type { MissingKey } from '../../shared/coach/types';
import type { Translate } from '../../shared/i18n';
import { formatEuros, formatPercent, minutesToHoursText } from '../../shared/money';
import type { CheckJson } from '../../shared/report/checkJson';
import type { CliIo } from './commands';

/** The catalogue's names of the step states that `check --json` spells for other tools. */
const stateKeys: Record<CheckJson['steps'][number]['state'], string> = { todo: 'notStarted', inProgress: 'inProgress', done: 'complete' };

/**
 * `check` without --json: the same review as the JSON, worded as on screen: each listed step's state and
 * what it lacks, the budget, the indicators, then every warning.
 */
export function printCheck(title: string, review: CheckJson, t: Translate, io: CliIo): void {
  io.out(t('check.title', { title }));
  for (const step of review.steps.filter((step) => step.listed)) {
    io.out(t('check.stepLine', { step: t(`steps.names.${step.id}`), state: t(`steps.states.${stateKeys[step.state]}`) }));
    if (step.missing.length > 0) io.out(`    ${t('check.toDo', { items: wordMissing(t, step.missing as MissingKey[]) })}`);
  }
  const { budget } = review;
  io.out('');
  io.out(
    t('check.budgetLine', {
      total: formatEuros(budget.yearCents),
      quarters: budget.quarterCents.map((cents) => formatEuros(cents)).join(' | '),
      hours: minutesToHoursText(budget.internalMinutesPerYear),
    }),
  );
  if (review.kpis.length > 0) {
    io.out('');
    io.out(t('check.indicatorsTitle', { date: review.asOf }));
    for (const kpi of review.kpis) io.out(indicatorLine(t, kpi.name, kpi));
    for (const objective of review.objectives) io.out(indicatorLine(t, objective.title, objective));
  }
  io.out('');
  io.out(review.warnings.length === 0 ? t('check.noWarning') : t('check.warningCount', { count: review.warnings.length }));
  for (const warning of review.warnings) {
    io.out(t('check.warningLine', { severity: t(`check.severity.${warning.severity}`), step: t(`steps.names.${warning.step}`), text: warning.message }));
  }
}

type IndicatorFields = Pick<CheckJson['kpis'][number], 'direction' | 'progressBasisPoints' | 'status'>;

function indicatorLine(t: Translate, name: string, indicator: IndicatorFields): string {
  return t('check.indicatorLine', {
    name: name.trim() || '…',
    direction: t(`indicators.directions.${indicator.direction}`),
    progress: indicator.progressBasisPoints === null ? '—' : formatPercent(indicator.progressBasisPoints),
    status: t(`indicators.statuses.${indicator.status}`),
  });
}

import type { Translate } from '../i18n';
import { formatEuros } from '../money';
import type { CoachWarning, MissingKey } from './types';

/**
 * The sentence of a warning. Some parameters are keys (a SWOT quadrant, the missing parts of an
 * objective) that are translated before they go into the sentence.
 */
export function wordWarning(t: Translate, warning: CoachWarning): string {
  const params: Record<string, unknown> = { ...warning.params };
  if (warning.code === 'swotQuadrantEmpty') {
    params.quadrant = t(`diagnostic.quadrants.${String(params.quadrant)}.title`);
  }
  if (warning.code === 'objectiveNotMeasurable') {
    params.missing = String(params.missing)
      .split(',')
      .map((gap) => t(`objectives.missingParts.${gap}`))
      .join(', ');
  }
  if (warning.code === 'actionNeedsRgpd') {
    const titles = String(params.items)
      .split(',')
      .map((id) => {
        const title = t(`rgpd.items.${id}.title`);
        return title.charAt(0).toLocaleLowerCase() + title.slice(1);
      });
    params.items = titles.length < 2 ? titles.join('') : `${titles.slice(0, -1).join(', ')} ${t('rgpd.and')} ${titles[titles.length - 1]}`;
  }
  if (warning.code === 'categoryOverBudget') {
    params.category = t(`actionPlan.categories.${String(params.category)}`);
  }
  if (warning.code === 'actionWithoutActuals') {
    const names = t('months.long', { returnObjects: true }) as unknown as string[];
    params.months = String(params.months)
      .split(',')
      .map((month) => names[Number(month) - 1] ?? month)
      .join(', ');
  }
  if (warning.code === 'spendWithoutKpi') {
    params.category = t(`actionPlan.categories.${String(params.category)}`);
  }
  if (warning.code === 'fixedCostOutsideMonths') {
    const names = t('months.long', { returnObjects: true }) as unknown as string[];
    params.months = String(params.months)
      .split(',')
      .map((month) => names[Number(month) - 1] ?? month)
      .join(', ');
  }
  if (warning.code === 'journeyStageMissing') {
    params.stage = t(`journey.stages.${String(params.stage)}.name`);
    params.examples = t(`journey.stages.${String(params.examples)}.examples`);
  }
  if (warning.code === 'overEnvelope') {
    params.total = formatEuros(Number(params.total));
    params.envelope = formatEuros(Number(params.envelope));
  }
  return t(`warnings.${warning.code}`, params);
}

export const wordMissing = (t: Translate, missing: readonly MissingKey[]): string =>
  missing.map((key) => t(`coach.missing.${key}`)).join(', ');

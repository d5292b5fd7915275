import type { Objective } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawTable } from '../table';
import { orDash } from '../text';
import { text } from '../theme';

/** "De 25 à 40,5 formules": the objective's measure in one phrase. */
function measure(context: ReportContext, objective: Objective): string {
  const unit = objective.unit.trim();
  const withUnit = (value: string) => (unit === '' ? value : `${value} ${unit}`);
  if (objective.target.trim() === '') return '—';
  if (objective.baseline.trim() === '') return withUnit(objective.target.trim());
  return context.t('pdf.objectives.fromTo', { baseline: objective.baseline.trim(), target: withUnit(objective.target.trim()) });
}

export const objectivesSection: Section = {
  hasContent: ({ plan }) => plan.objectives.length > 0,
  draw(writer, context) {
    const { t } = context;
    const field = (key: string) => t(`objectives.fields.${key}`);
    writer.section(t('steps.names.objectives'), 'portrait');
    const withNotes = context.plan.objectives.some((objective) => objective.notes.trim() !== '');
    drawTable(
      writer,
      [
        { header: field('title'), weight: 26, style: text.cellBold, text: (o) => orDash(context.cap(o.title)) },
        { header: field('family'), weight: 13, text: (o) => t(`objectives.families.${o.family}`) },
        { header: t('pdf.objectives.indicator'), weight: 21, text: (o) => orDash(context.cap(o.indicator)) },
        { header: `${field('baseline')} → ${field('target')}`, weight: 18, text: (o) => measure(context, o) },
        // A date reads on one line: « 31 décembre 2027 », never one word per line.
        { header: field('deadline'), weight: 13, noWrap: true, text: (o) => orDash(context.formatIsoDate(o.deadline)) },
        ...(withNotes ? [{ header: field('notes'), weight: 20, style: text.cellMuted, text: (o: Objective) => context.cap(o.notes, 600) }] : []),
      ],
      context.plan.objectives,
    );
  },
};

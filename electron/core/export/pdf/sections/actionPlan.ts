import { categoryColors } from '../../../../../shared/categories';
import { quarterTotals } from '../../../../../shared/compute/budget';
import type { SummaryRow } from '../../../../../shared/compute/summaryRows';
import { formatEuros } from '../../../../../shared/money';
import type { ReportContext, Section } from '../context';
import { drawTable, type Column } from '../table';
import { orDash } from '../text';
import { colors, text } from '../theme';
import { paintChip, paintMonthBoxes } from './months';

/** An action's row, a channel's commission counted in the budget, or the total of the year. */
type PlanRow =
  | { kind: 'action'; row: SummaryRow }
  | { kind: 'commission'; label: string; quartersCents: number[]; totalCents: number }
  | { kind: 'total'; quartersCents: number[]; totalCents: number };

// Cents everywhere, as on screen: the quarter columns then add up to the totals printed beside them.
const euros = (cents: number) => (cents === 0 ? '' : formatEuros(cents));
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : items.map((item) => `•\u00a0${item}`).join('\n'));

function owner(context: ReportContext, row: SummaryRow): string {
  const name = row.action.owner.name.trim();
  if (name === '') return '—';
  return row.action.owner.kind === 'provider' ? `${name}\n(${context.t('pdf.actions.provider')})` : name;
}

function columns(context: ReportContext): Column<PlanRow>[] {
  const { t } = context;
  const label = (key: string) => t(`summary.${key}`);
  const quarters = [0, 1, 2, 3].map(
    (quarter): Column<PlanRow> => ({
      header: t('budget.quarterShort', { quarter: quarter + 1 }),
      weight: 16,
      align: 'right',
      noWrap: true,
      text: (entry) => (entry.kind === 'action' ? euros(entry.row.quartersCents[quarter]) : euros(entry.quartersCents[quarter])),
    }),
  );
  return [
    {
      header: label('category'),
      weight: 24,
      inset: 3.4,
      style: { ...text.cell, size: 7.5 },
      text: (entry) => (entry.kind === 'action' ? t(`actionPlan.categories.${entry.row.category}`) : ''),
      paint: (writer, box, entry) => entry.kind === 'action' && paintChip(writer, box, categoryColors[entry.row.category]),
    },
    {
      header: label('action'),
      weight: 34,
      style: text.cellBold,
      text: (entry) =>
        entry.kind === 'action' ? orDash(context.cap(entry.row.action.title)) : entry.kind === 'commission' ? entry.label : label('total'),
    },
    { header: label('objectives'), weight: 37, text: (entry) => (entry.kind === 'action' ? orDash(list(entry.row.objectiveTitles)) : '') },
    { header: label('kpis'), weight: 28, text: (entry) => (entry.kind === 'action' ? orDash(list(entry.row.kpiNames)) : '') },
    { header: label('owner'), weight: 22, text: (entry) => (entry.kind === 'action' ? owner(context, entry.row) : '') },
    ...quarters,
    {
      header: label('total'),
      weight: 22,
      align: 'right',
      noWrap: true,
      style: text.cellBold,
      text: (entry) =>
        formatEuros(entry.kind === 'action' ? entry.row.cost.totalCents : entry.totalCents),
    },
    {
      header: label('months'),
      weight: 46,
      paintHeight: 3.4,
      paint: (writer, box, entry) =>
        entry.kind === 'action' && paintMonthBoxes(writer, box, entry.row.action.activeMonths, categoryColors[entry.row.category], context.monthNames),
    },
  ];
}

/** The consultant's summary table: one row per action, on landscape pages. */
export const actionPlanSection: Section = {
  hasContent: ({ plan }) => plan.actions.length > 0,
  draw(writer, context) {
    const { t, plan, budget } = context;
    writer.section(t('pdf.actions.title'), 'landscape');
    writer.paragraph(t('pdf.actions.intro'), { ...text.muted, color: colors.muted }, { gapAfter: 3 });
    const commissions = budget.byChannel.map(
      (commission): PlanRow => ({
        kind: 'commission',
        label: t('budget.commission', { channel: plan.channels.find((channel) => channel.id === commission.channelId)?.name || '…' }),
        quartersCents: quarterTotals(commission.cents),
        totalCents: commission.totalCents,
      }),
    );
    const rows: PlanRow[] = [
      ...context.rows.map((row): PlanRow => ({ kind: 'action', row })),
      ...commissions,
      { kind: 'total', quartersCents: budget.quartersCents, totalCents: budget.yearCents },
    ];
    drawTable(writer, columns(context), rows, { emphasis: (entry) => entry.kind === 'total' });
  },
};

import { categoryColors } from '../../../../../shared/categories';
import { budgetEnvelope } from '../../../../../shared/coach/actions';
import { quarterTotals, type FamilyKey } from '../../../../../shared/compute/budget';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../../../shared/money';
import { actionCategories } from '../../../../../shared/plan';
import { BAR_ROW_HEIGHT, drawColumnChart, drawHorizontalBars, drawMonthlyBars } from '../chart';
import type { ReportContext, Section } from '../context';
import { drawTable, measureTable, shrinkToFit, type Box, type Column } from '../table';
import { colors, lineHeight, text } from '../theme';
import type { ReportWriter } from '../writer';
import { paintChip } from './months';
import { drawPreviousYear } from './previousYear';

const hours = (context: ReportContext, minutes: number) => context.t('pdf.budget.hoursValue', { hours: minutesToHoursText(minutes) });

/** Three or four figures in boxes across the page: what a reader looks for first. */
function drawKeyFigures(writer: ReportWriter, context: ReportContext): void {
  const { t, budget, plan } = context;
  const envelope = budgetEnvelope(plan);
  const over = envelope !== null && budget.yearCents > envelope;
  const initial = context.report.steering.initial;
  const revisedOn = plan.steering.revisions[0]?.revisedAt.slice(0, 10) ?? '';
  const tiles: [string, string, string][] = [
    [initial ? t('pdf.budget.revisedTotal') : t('pdf.budget.yearTotal'), formatEuros(budget.yearCents), t('budget.methods.fromActions')],
    ...(initial === null ? [] : [[t('pdf.budget.initialTotal'), formatEuros(initial.yearCents), t('pdf.budget.revisedOn', { date: context.formatIsoDate(revisedOn) })] as [string, string, string]]),
    [
      t('budget.shareOfRevenue'),
      budget.shareOfRevenueBasisPoints === null ? '—' : formatPercent(budget.shareOfRevenueBasisPoints),
      budget.shareOfRevenueBasisPoints === null ? t('pdf.budget.noForecast') : t('company.forecastTitle'),
    ],
    ...(envelope === null ? [] : [[t('pdf.budget.envelope'), formatEuros(envelope), t(`budget.methods.${plan.budget.method}`)] as [string, string, string]]),
    [t('pdf.budget.internalHours'), hours(context, budget.yearMinutes), t('pdf.budget.hoursNotCountedShort')],
  ];
  const gap = 4;
  const width = (writer.width - gap * (tiles.length - 1)) / tiles.length;
  const noteStyle = { ...text.small, size: 6.5 };
  const valueStyle = { ...text.h1, size: 14 };
  const notes = tiles.map(([, , note]) => writer.wrapAtMost(note, width - 6, noteStyle, 2));
  const height = 8.5 + lineHeight(valueStyle) + Math.max(...notes.map((lines) => lines.length)) * lineHeight(noteStyle) + 2;
  writer.ensure(height + 4);
  tiles.forEach(([label, value], index) => {
    const x = writer.left + index * (width + gap);
    writer.fillRect(x, writer.y, width, height, colors.accentLight);
    writer.fillRect(x, writer.y, width, 0.8, colors.accent);
    const caption = label.toUpperCase();
    writer.drawLines([caption], x + 3, writer.y + 2.5, shrinkToFit(writer, caption, width - 6, { ...text.small, size: 6.5, bold: true }));
    // The year's total turns amber when it overshoots the envelope, as the budget screen warns.
    const color = over && index === 0 ? colors.warning : valueStyle.color;
    writer.drawLines([value], x + 3, writer.y + 6.5, shrinkToFit(writer, value, width - 6, { ...valueStyle, color }));
    writer.drawLines(notes[index], x + 3, writer.y + 6.5 + lineHeight(valueStyle) + 0.5, noteStyle);
  });
  writer.y += height + 5;
}

function drawQuarters(writer: ReportWriter, context: ReportContext): void {
  const { t, budget } = context;
  type Row = { label: string; values: string[]; total: string };
  const rows: Row[] = [
    { label: t('pdf.budget.cash'), values: budget.quartersCents.map((cents) => formatEuros(cents)), total: formatEuros(budget.yearCents) },
    {
      label: t('pdf.budget.hoursNotCounted'),
      values: quarterTotals(budget.monthsMinutes).map((minutes) => hours(context, minutes)),
      total: hours(context, budget.yearMinutes),
    },
  ];
  writer.subheading(t('pdf.budget.byQuarter'));
  drawTable(
    writer,
    [
      { header: '', weight: 28, style: text.cellBold, text: (row) => row.label },
      ...[0, 1, 2, 3].map((quarter) => ({
        header: t('budget.quarterShort', { quarter: quarter + 1 }),
        weight: 14,
        align: 'right' as const,
        noWrap: true,
        text: (row: Row) => row.values[quarter],
      })),
      { header: t('budget.year'), weight: 16, align: 'right', noWrap: true, style: text.cellBold, text: (row) => row.total },
    ],
    rows,
  );
}

/** The quarters as bars, their amounts above them, beside the spending of each category as bars. */
function drawQuarterAndCategoryCharts(writer: ReportWriter, context: ReportContext): void {
  const { t, budget, report } = context;
  const categories = report.byCategory.filter((row) => row.cents !== 0);
  const gap = 10;
  const half = (writer.width - gap) / 2;
  const titleStyle = { ...text.cellBold, size: 8.5 };
  const titleHeight = lineHeight(titleStyle) + 2;
  const height = titleHeight + Math.max(46, categories.length * BAR_ROW_HEIGHT);
  writer.ensure(height + 4);
  const top = writer.y;
  const quarterLabels = [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  writer.drawLines([t('pdf.budget.quarterChart')], writer.left, top, titleStyle);
  drawColumnChart(writer, { x: writer.left, y: top + titleHeight, width: half, height: 46 }, budget.quartersCents, quarterLabels, { valueLabels: true });
  if (categories.length > 0) {
    const x = writer.left + half + gap;
    writer.drawLines([t('pdf.budget.categoryChart')], x, top, titleStyle);
    drawHorizontalBars(
      writer,
      { x, y: top + titleHeight, width: half, height: categories.length * BAR_ROW_HEIGHT },
      categories.map((row) =>
        row.key === 'commissions'
          ? { label: t('pdf.budget.commissions'), cents: row.cents, color: colors.muted }
          : { label: t(`actionPlan.categories.${row.key}`), cents: row.cents, color: categoryColors[row.key] },
      ),
    );
  }
  writer.y = top + height + 4;
}

function drawMonthChart(writer: ReportWriter, context: ReportContext): void {
  writer.subheading(context.t('pdf.budget.byMonth'));
  writer.ensure(56);
  const box: Box = { x: writer.left, y: writer.y, width: writer.width, height: 52 };
  drawMonthlyBars(writer, box, context.budget.monthsCents, context.monthNames);
  writer.y += box.height + 4;
}

type BreakdownRow = { label: string; cents: number; color: string | null; total?: boolean };

/** Amount per category or objective family, each with a bar in proportion to the largest. */
function breakdownColumns(context: ReportContext, rows: BreakdownRow[]): Column<BreakdownRow>[] {
  const largest = Math.max(...rows.filter((row) => !row.total).map((row) => row.cents), 1);
  return [
    {
      header: '',
      weight: 46,
      inset: 3.4,
      text: (row) => row.label,
      paint: (w, box, row) => row.color !== null && paintChip(w, box, row.color),
    },
    { header: context.t('pdf.budget.amount'), weight: 27, align: 'right', noWrap: true, text: (row) => formatEuros(row.cents) },
    {
      header: '',
      weight: 27,
      paint: (w, box, row) => {
        if (row.total || row.cents <= 0) return;
        w.fillRect(box.x + 2, box.y + 1.9, ((box.width - 4) * row.cents) / largest, 2.4, row.color ?? colors.muted);
      },
    },
  ];
}

/** The two breakdowns side by side when they fit on the page together, one below the other if not. */
function drawBreakdowns(writer: ReportWriter, context: ReportContext, breakdowns: [string, BreakdownRow[]][]): void {
  const gap = 8;
  const half = (writer.width - gap) / 2;
  const options = (row: BreakdownRow) => row.total === true;
  const titleHeight = lineHeight(text.h2) + 2;
  const height = titleHeight + Math.max(...breakdowns.map(([, rows]) => measureTable(writer, breakdownColumns(context, rows), rows, { width: half, emphasis: options })));
  if (height > writer.bottom - writer.top - 20) {
    for (const [title, rows] of breakdowns) {
      writer.subheading(title);
      drawTable(writer, breakdownColumns(context, rows), rows, { emphasis: options });
    }
    return;
  }
  writer.ensure(height + 3);
  writer.y += 3;
  const top = writer.y;
  let bottom = top;
  breakdowns.forEach(([title, rows], index) => {
    const x = writer.left + index * (half + gap);
    writer.drawLines([title], x, top, text.h2);
    writer.y = top + titleHeight;
    drawTable(writer, breakdownColumns(context, rows), rows, { x, width: half, emphasis: options });
    bottom = Math.max(bottom, writer.y);
  });
  writer.y = bottom;
}

export const budgetSection: Section = {
  hasContent: ({ budget }) => budget.yearCents !== 0 || budget.yearMinutes !== 0,
  draw(writer, context) {
    const { t, budget, plan } = context;
    writer.section(t('steps.names.budget'), 'portrait');
    drawKeyFigures(writer, context);
    drawQuarters(writer, context);
    if (budget.yearCents > 0) drawQuarterAndCategoryCharts(writer, context);
    drawPreviousYear(writer, context);
    drawMonthChart(writer, context);
    const categoryRows: BreakdownRow[] = [
      ...actionCategories
        .filter((category) => budget.byCategory[category] !== undefined)
        .map((category) => ({ label: t(`actionPlan.categories.${category}`), cents: budget.byCategory[category] ?? 0, color: categoryColors[category] })),
      ...budget.byChannel.map((commission) => ({
        label: t('budget.commission', { channel: plan.channels.find((channel) => channel.id === commission.channelId)?.name || '…' }),
        cents: commission.totalCents,
        color: colors.muted,
      })),
      { label: t('budget.total'), cents: budget.yearCents, color: null, total: true },
    ];
    const familyRows: BreakdownRow[] = [
      ...(Object.entries(budget.byFamily) as [FamilyKey, number][]).map(([family, cents]) => ({
        label: family === 'unassigned' ? t('budget.unassigned') : t(`objectives.families.${family}`),
        cents,
        color: colors.accent,
      })),
      { label: t('budget.total'), cents: budget.yearCents, color: null, total: true },
    ];
    drawBreakdowns(writer, context, [
      [t('budget.byCategory'), categoryRows],
      [t('budget.byFamily'), familyRows],
    ]);
    if (budget.yearMinutes > 0) {
      writer.paragraph(
        t('budget.internalTime', { hours: minutesToHoursText(budget.yearMinutes), weekly: minutesToHoursText(context.report.internalMinutesPerWeek) }),
        text.muted,
      );
    }
  },
};

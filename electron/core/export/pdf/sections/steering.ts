import { categoryColors } from '../../../../../shared/categories';
import { roundedRatio } from '../../../../../shared/compute/ratio';
import type { SpendLine } from '../../../../../shared/compute/steering';
import { formatEuros, formatPercent } from '../../../../../shared/money';
import type { ReportContext, Section } from '../context';
import { drawTable, shrinkToFit, type Box } from '../table';
import { colors, lineHeight, text, tint, type TextStyle } from '../theme';
import type { ReportWriter } from '../writer';
import { drawLegend, niceStep } from '../chart';
import { paintChip } from './months';

/** Above zero, more was spent than planned: the amount and the rate carry their sign, as on screen. */
const signedEuros = (cents: number): string => `${cents > 0 ? '+' : ''}${formatEuros(cents)}`;
const signedPercent = (basisPoints: number | null): string => (basisPoints === null ? '—' : `${basisPoints > 0 ? '+' : ''}${formatPercent(basisPoints)}`);
const varianceColor = (cents: number): string => (cents > 0 ? colors.warning : cents < 0 ? colors.positive : colors.ink);

const plannedColor = tint(colors.accent, 0.3);
const actualColor = colors.accent;

/** The three figures a reader looks for first: planned to date, spent to date, the variance. */
function drawFigures(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { total } = context.report.steering;
  const share = total.plannedYearCents === 0 ? '—' : formatPercent(roundedRatio(total.actualToDateCents, total.plannedYearCents, 10_000));
  const varianceNote =
    total.varianceBasisPoints === null
      ? t('pilotage.pdf.varianceNothingPlanned')
      : total.varianceCents === 0
        ? t('pilotage.pdf.varianceOnPlan')
        : t(total.varianceCents > 0 ? 'pilotage.pdf.varianceOver' : 'pilotage.pdf.varianceUnder', { percent: signedPercent(total.varianceBasisPoints) });
  const tiles: { label: string; value: string; note: string; color: string }[] = [
    { label: t('pilotage.plannedToDate'), value: formatEuros(total.plannedToDateCents), note: t('pilotage.pdf.plannedNote', { year: formatEuros(total.plannedYearCents) }), color: text.h1.color },
    { label: t('pilotage.actualToDate'), value: formatEuros(total.actualToDateCents), note: t('pilotage.pdf.actualNote', { share }), color: text.h1.color },
    { label: t('pilotage.variance'), value: signedEuros(total.varianceCents), note: varianceNote, color: varianceColor(total.varianceCents) },
  ];
  const gap = 4;
  const width = (writer.width - gap * (tiles.length - 1)) / tiles.length;
  const noteStyle: TextStyle = { ...text.small, size: 7 };
  const valueStyle: TextStyle = { ...text.h1, size: 15 };
  const notes = tiles.map((tile) => writer.wrapAtMost(tile.note, width - 6, noteStyle, 2));
  const height = 8.5 + lineHeight(valueStyle) + Math.max(...notes.map((lines) => lines.length)) * lineHeight(noteStyle) + 2;
  writer.ensure(height + 4);
  tiles.forEach((tile, index) => {
    const x = writer.left + index * (width + gap);
    writer.fillRect(x, writer.y, width, height, colors.accentLight);
    writer.fillRect(x, writer.y, width, 0.8, index === 2 ? tile.color : colors.accent);
    const caption = tile.label.toUpperCase();
    writer.drawLines([caption], x + 3, writer.y + 2.5, shrinkToFit(writer, caption, width - 6, { ...text.small, size: 6.5, bold: true }));
    writer.drawLines([tile.value], x + 3, writer.y + 6.5, shrinkToFit(writer, tile.value, width - 6, { ...valueStyle, color: tile.color }));
    writer.drawLines(notes[index], x + 3, writer.y + 6.5 + lineHeight(valueStyle) + 0.5, noteStyle);
  });
  writer.y += height + 5;
}


/**
 * Planned and spent side by side for each month, on one scale (chart.ts draws one series at a time):
 * a light bar for the planned, a dark one for the spent, a dashed rule after the last month counted.
 */
function drawMonthChart(writer: ReportWriter, context: ReportContext): void {
  const { t, monthNames } = context;
  const { total, monthsToDate } = context.report.steering;
  writer.subheading(t('pilotage.byMonthTitle'), 62);
  writer.ensure(60);
  const box: Box = { x: writer.left, y: writer.y, width: writer.width, height: 56 };
  const axisStyle: TextStyle = { ...text.small, size: 6.5 };
  const legendStyle: TextStyle = { ...text.cell, size: 7.5 };
  // The legend, top right: a swatch and its name for each series.
  const legend: [string, string][] = [
    [t('charts.planned'), plannedColor],
    [t('charts.actual'), actualColor],
  ];
  drawLegend(writer, box, legend, legendStyle);
  const legendHeight = lineHeight(legendStyle) + 2;
  const axisWidth = 17;
  const plot = { x: box.x + axisWidth, y: box.y + legendHeight + 2, width: box.width - axisWidth, height: box.height - legendHeight - 2 - 5 };
  const max = Math.max(...total.plannedMonthsCents, ...total.actualMonthsCents, 0);
  const step = max > 0 ? niceStep(max, 4) : 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const yOf = (value: number) => plot.y + plot.height - (Math.max(0, value) / top) * plot.height;
  for (let tick = 0; tick <= top + 0.5; tick += step) {
    const y = yOf(tick);
    writer.hairline(plot.x, y, plot.x + plot.width, y, tick === 0 ? colors.muted : colors.rule, tick === 0 ? 0.3 : 0.15);
    writer.drawLines([formatEuros(tick, { decimals: false })], plot.x - 1.5, y - lineHeight(text.small) / 2, axisStyle, 'right');
  }
  const slot = plot.width / 12;
  const barWidth = Math.min(slot * 0.34, 7);
  for (let month = 0; month < 12; month++) {
    const middle = plot.x + month * slot + slot / 2;
    const bars: [number, string, number][] = [
      [total.plannedMonthsCents[month], plannedColor, middle - barWidth - 0.3],
      [total.actualMonthsCents[month], actualColor, middle + 0.3],
    ];
    for (const [cents, color, x] of bars) if (cents > 0) writer.fillRect(x, yOf(cents), barWidth, plot.y + plot.height - yOf(cents), color);
    writer.drawLines([monthNames[month] ?? ''], middle, plot.y + plot.height + 1, axisStyle, 'center');
  }
  // The date of the point: the months on its left are the ones counted.
  if (monthsToDate > 0 && monthsToDate < 12) {
    const x = plot.x + monthsToDate * slot;
    for (let y = plot.y; y < plot.y + plot.height; y += 2) writer.hairline(x, y, x, Math.min(y + 1, plot.y + plot.height), colors.muted, 0.3);
    const label = t('pilotage.asOf');
    writer.drawLines([label], x + 1.2, plot.y - 0.5, { ...axisStyle, size: 6 });
  }
  writer.y += box.height + 4;
}

type CategoryRow = SpendLine & { label: string; color: string | null; initialYearCents: number | null; total?: boolean; commissions?: boolean };

/** Distribution commissions: in the planned figures, as in the budget, with no actual spend of their own. */
function commissionsRow(context: ReportContext): CategoryRow | null {
  const { total, byCategory, monthsToDate, initial } = context.report.steering;
  if (context.budget.byChannel.length === 0) return null;
  const initialYearCents = initial ? initial.yearCents - byCategory.reduce((sum, line) => sum + (line.initialYearCents ?? 0), 0) : null;
  const plannedMonthsCents = total.plannedMonthsCents.map((cents, month) => cents - byCategory.reduce((sum, line) => sum + line.plannedMonthsCents[month], 0));
  const plannedYearCents = plannedMonthsCents.reduce((sum, cents) => sum + cents, 0);
  if (plannedYearCents === 0) return null;
  const plannedToDateCents = plannedMonthsCents.slice(0, monthsToDate).reduce((sum, cents) => sum + cents, 0);
  return {
    label: context.t('pdf.budget.commissions'),
    color: colors.muted,
    commissions: true,
    initialYearCents,
    plannedMonthsCents,
    actualMonthsCents: plannedMonthsCents.map(() => 0),
    plannedYearCents,
    plannedToDateCents,
    actualToDateCents: 0,
    varianceCents: -plannedToDateCents,
    varianceBasisPoints: null,
  };
}

function drawCategoryTable(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { total, byCategory, initial } = context.report.steering;
  const commissions = commissionsRow(context);
  const rows: CategoryRow[] = [
    ...byCategory.map((line) => ({ ...line, label: t(`actionPlan.categories.${line.category}`), color: categoryColors[line.category] })),
    ...(commissions ? [commissions] : []),
    { ...total, label: t('pilotage.total'), color: null, initialYearCents: initial?.yearCents ?? null, total: true },
  ];
  // Commissions have no actual spend: their variance is only the planned, in grey.
  const varianceStyle = (row: CategoryRow): TextStyle => ({ ...text.cell, color: row.commissions ? colors.muted : varianceColor(row.varianceCents) });
  writer.subheading(t('pilotage.byCategoryTitle'));
  const amount = (header: string, value: (row: CategoryRow) => string, weight = 16) => ({ header, weight, align: 'right' as const, noWrap: true, text: value });
  drawTable<CategoryRow>(
    writer,
    [
      { header: t('pilotage.category'), weight: 30, inset: 3.4, text: (row) => row.label, paint: (w, box, row) => row.color !== null && paintChip(w, box, row.color) },
      // Once revised: the budget before the revision beside the revised one.
      ...(initial ? [amount(t('pilotage.initialYear'), (row) => formatEuros(row.initialYearCents ?? 0))] : []),
      amount(t(initial ? 'pilotage.revisedYear' : 'pilotage.plannedYear'), (row) => formatEuros(row.plannedYearCents)),
      amount(t('pilotage.plannedToDate'), (row) => formatEuros(row.plannedToDateCents)),
      amount(t('pilotage.actualToDate'), (row) => (row.commissions ? '—' : formatEuros(row.actualToDateCents))),
      { ...amount(t('pilotage.variance'), (row) => signedEuros(row.varianceCents)), styleOf: varianceStyle },
      { ...amount(t('pilotage.variancePercent'), (row) => signedPercent(row.varianceBasisPoints), 12), styleOf: varianceStyle },
    ],
    rows,
    { emphasis: (row) => row.total === true },
  );
  if (commissions) writer.paragraph(t('pilotage.commissionsNote'), text.small);
}

/**
 * « Bilan à date »: the spend at the « Date du point » against the budget, in figures, by month and
 * by category. Printed once some actual spend has been typed; the indicators stay in their section.
 */
export const steeringSection: Section = {
  hasContent: ({ report }) => report.steering.byAction.some((line) => line.actualTyped.some(Boolean)),
  draw(writer, context) {
    const { t } = context;
    const { asOf, monthsToDate } = context.report.steering;
    writer.section(t('pilotage.pdf.title'), 'portrait');
    writer.ensure(lineHeight(text.h2) + 2);
    writer.drawLines([t('pilotage.pdf.asOf', { date: context.formatIsoDate(asOf) })], writer.left, writer.y, text.h2);
    writer.y += lineHeight(text.h2) + 1;
    writer.paragraph(t('pilotage.pdf.intro', { count: monthsToDate }), text.muted, { gapAfter: 4 });
    drawFigures(writer, context);
    drawMonthChart(writer, context);
    drawCategoryTable(writer, context);
  },
};

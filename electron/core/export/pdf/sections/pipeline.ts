import { STAGE_PROBABILITY_BASIS_POINTS, type OpportunityLine, type QuarterComparison, type StageTotal } from '../../../../../shared/compute/pipeline';
import { formatCount, formatEuros, formatPercent } from '../../../../../shared/money';
import { pipelineStages } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawTable, shrinkToFit, type Box, type Column } from '../table';
import { orDash } from '../text';
import { colors, lineHeight, text, tint, type TextStyle } from '../theme';
import type { ReportWriter } from '../writer';
import { drawLegend, niceStep } from '../chart';
import { drawCoachNotes } from './accounts';

const weightedColor = colors.accent;
const targetColor = tint(colors.accent, 0.3);
const centsOrDash = (cents: number | null): string => (cents === null ? '—' : formatEuros(cents));


/**
 * The weighted deals and the target side by side for each quarter, on one scale (chart.ts draws one
 * series at a time, as the « Bilan à date » chart): a dark bar for the weighted, a light one for the
 * target, each amount above its bar.
 */
function drawQuarterChart(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { quarters } = context.report.pipeline;
  writer.subheading(t('accountsExports.pdf.chartTitle'), 62);
  writer.ensure(60);
  const box: Box = { x: writer.left, y: writer.y, width: writer.width, height: 56 };
  const axisStyle: TextStyle = { ...text.small, size: 6.5 };
  const legendStyle: TextStyle = { ...text.cell, size: 7.5 };
  const valueStyle: TextStyle = { ...text.cellBold, size: 6.5 };
  const legend: [string, string][] = [
    [t('accountsExports.pdf.weightedLegend'), weightedColor],
    [t('accountsExports.pdf.targetLegend'), targetColor],
  ];
  drawLegend(writer, box, legend, legendStyle);
  const legendHeight = lineHeight(legendStyle) + 2;
  const axisWidth = 17;
  const headroom = lineHeight(valueStyle) + 1;
  const plot = { x: box.x + axisWidth, y: box.y + legendHeight + 2 + headroom, width: box.width - axisWidth, height: box.height - legendHeight - 2 - headroom - 5 };
  const max = Math.max(...quarters.flatMap((quarter) => [quarter.weightedCents, quarter.targetCents ?? 0]), 0);
  const step = max > 0 ? niceStep(max, 4) : 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const yOf = (value: number) => plot.y + plot.height - (Math.max(0, value) / top) * plot.height;
  for (let tick = 0; tick <= top + 0.5; tick += step) {
    const y = yOf(tick);
    writer.hairline(plot.x, y, plot.x + plot.width, y, tick === 0 ? colors.muted : colors.rule, tick === 0 ? 0.3 : 0.15);
    writer.drawLines([formatEuros(tick, { decimals: false })], plot.x - 1.5, y - lineHeight(text.small) / 2, axisStyle, 'right');
  }
  const slot = plot.width / quarters.length;
  const barWidth = Math.min(slot * 0.36, 16);
  quarters.forEach((quarter, index) => {
    const middle = plot.x + index * slot + slot / 2;
    const bars: [number | null, string, number][] = [
      [quarter.weightedCents, weightedColor, middle - barWidth - 0.5],
      [quarter.targetCents, targetColor, middle + 0.5],
    ];
    for (const [cents, color, x] of bars) {
      if (cents === null) continue;
      if (cents > 0) writer.fillRect(x, yOf(cents), barWidth, plot.y + plot.height - yOf(cents), color);
      const value = formatEuros(cents);
      // The amount above its bar, smaller when it would run into the neighbouring one.
      writer.drawLines([value], x + barWidth / 2, yOf(cents) - lineHeight(valueStyle) - 0.5, shrinkToFit(writer, value, barWidth + 0.8, valueStyle), 'center');
    }
    writer.drawLines([t('accountsExports.labels.quarterName', { quarter: quarter.quarter + 1 })], middle, plot.y + plot.height + 1, axisStyle, 'center');
  });
  writer.y += box.height + 4;
}

const shortfallStyle: TextStyle = { ...text.cell, color: colors.warning };

type QuarterRow = QuarterComparison & { label: string; total?: boolean };

/** The four quarters against the new business wanted, the year last; then what the coach says is missing. */
function drawQuarterTable(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { quarters, weightedCents } = context.report.pipeline;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const rows: QuarterRow[] = [
    ...quarters.map((quarter) => ({ ...quarter, label: t('accountsExports.labels.quarterName', { quarter: quarter.quarter + 1 }) })),
    {
      quarter: -1,
      label: label('total'),
      total: true,
      weightedCents,
      ...context.report.pipeline.year,
    },
  ];
  const amount = (header: string, value: (row: QuarterRow) => string): Column<QuarterRow> => ({ header, weight: 20, align: 'right', noWrap: true, text: value });
  writer.subheading(t('accountsExports.pdf.byQuarterTitle'));
  drawTable<QuarterRow>(
    writer,
    [
      { header: label('quarter'), weight: 16, style: text.cellBold, text: (row) => row.label },
      amount(label('weighted'), (row) => formatEuros(row.weightedCents)),
      amount(label('target'), (row) => centsOrDash(row.targetCents)),
      {
        ...amount(label('shortfall'), (row) => centsOrDash(row.shortfallCents)),
        styleOf: (row) => (row.shortfallCents !== null && row.shortfallCents > 0 ? shortfallStyle : text.cell),
      },
      amount(label('forecast'), (row) => centsOrDash(row.forecastCents)),
    ],
    rows,
    { emphasis: (row) => row.total === true },
  );
  if (quarters.every((quarter) => quarter.targetCents === null)) writer.paragraph(t('accountsExports.pdf.noTargets'), text.small);
  drawCoachNotes(
    writer,
    context,
    context.report.warnings.filter((warning) => warning.code === 'pipelineShortfall'),
  );
}

/** A stage's row, or the total's (no stage). */
type StageRow = Omit<StageTotal, 'stage'> & { stage: StageTotal['stage'] | null };

function drawStageTable(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { byStage, lines, amountCents, weightedCents } = context.report.pipeline;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const rows: StageRow[] = [...byStage, { stage: null, count: lines.length, amountCents, weightedCents }];
  const amount = (header: string, value: (row: StageRow) => string, weight = 22): Column<StageRow> => ({ header, weight, align: 'right', noWrap: true, text: value });
  writer.subheading(t('accountsExports.pdf.byStageTitle'));
  drawTable<StageRow>(
    writer,
    [
      { header: label('stage'), weight: 26, style: text.cellBold, text: (row) => (row.stage === null ? label('total') : t(`accountTerms.stages.${row.stage}`)) },
      amount(label('count'), (row) => formatCount(row.count), 12),
      amount(label('amount'), (row) => formatEuros(row.amountCents)),
      amount(label('weighted'), (row) => formatEuros(row.weightedCents)),
    ],
    rows,
    { emphasis: (row) => row.stage === null },
  );
}

/** A deal's row, or the total's (no deal). */
type DealRow = { line: OpportunityLine | null };

/** Every deal by closing month under its quarter's band, the pipeline's totals last. */
function drawOpportunities(writer: ReportWriter, context: ReportContext): void {
  const { t, monthNames } = context;
  const { lines, amountCents, weightedCents } = context.report.pipeline;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const ordered = [...lines].sort((a, b) => a.opportunity.closingMonth - b.opportunity.closingMonth);
  const rows: DealRow[] = [...ordered.map((line) => ({ line })), { line: null }];
  const typed = (row: DealRow) => row.line !== null && row.line.opportunity.probabilityBasisPoints !== null;
  const amount = (header: string, value: (row: DealRow) => string, weight = 15): Column<DealRow> => ({ header, weight, align: 'right', noWrap: true, text: value });
  writer.subheading(t('accountsExports.pdf.opportunitiesTitle'));
  drawTable<DealRow>(
    writer,
    [
      { header: label('account'), weight: 20, style: text.cellBold, text: (row) => (row.line ? orDash(context.cap(row.line.company, 200)) : label('total')) },
      { header: label('opportunity'), weight: 24, text: (row) => (row.line ? orDash(context.cap(row.line.opportunity.title, 300)) : '') },
      { header: label('closingMonth'), weight: 9, text: (row) => (row.line ? (monthNames[row.line.opportunity.closingMonth - 1] ?? '') : '') },
      { header: label('stage'), weight: 12, text: (row) => (row.line ? t(`accountTerms.stages.${row.line.opportunity.stage}`) : '') },
      amount(label('amount'), (row) => formatEuros(row.line ? row.line.opportunity.amountCents : amountCents)),
      {
        // Not kept on one line: the rate is short and its header, « Probabilité », sets the width.
        header: label('probability'),
        weight: 11,
        align: 'right',
        text: (row) => (row.line ? formatPercent(row.line.probabilityBasisPoints) : ''),
        styleOf: (row) => (typed(row) ? text.cellBold : text.cell),
      },
      amount(label('weightedAmount'), (row) => formatEuros(row.line ? row.line.weightedCents : weightedCents)),
    ],
    rows,
    {
      emphasis: (row) => row.line === null,
      group: (row) =>
        row.line === null
          ? null
          : { key: String(row.line.quarter), label: t('accountsExports.labels.quarterName', { quarter: row.line.quarter + 1 }), color: colors.accent },
    },
  );
  const scale = pipelineStages
    .map((stage) => t('accountsExports.pdf.stageProbability', { stage: t(`accountTerms.stages.${stage}`), probability: formatPercent(STAGE_PROBABILITY_BASIS_POINTS[stage]) }))
    .join(', ');
  writer.paragraph(t('accountsExports.pdf.probabilityNote', { scale }), text.small);
}

/**
 * « Pipeline pondéré »: the key accounts' deals, each weighted by its probability, by quarter against
 * the new business wanted, by stage, then one by one. Every figure is the report's.
 */
export const pipelineSection: Section = {
  hasContent: ({ plan, report }) => plan.accounts.length > 0 && (report.pipeline.lines.length > 0 || report.pipeline.quarters.some((quarter) => quarter.targetCents !== null)),
  draw(writer, context) {
    const { t, report } = context;
    // Kept with its introduction and the chart: a title and two lines alone at a page's foot say nothing.
    writer.section(t('accountsExports.pdf.pipelineTitle'), 'portrait', 90);
    writer.paragraph(t('accountsExports.pdf.pipelineIntro'), text.muted, { gapAfter: 3 });
    drawQuarterChart(writer, context);
    drawQuarterTable(writer, context);
    drawStageTable(writer, context);
    if (report.pipeline.lines.length > 0) drawOpportunities(writer, context);
  },
};

import { positioningStatement } from '../../../../../shared/coach/positioningStatement';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../../../shared/money';
import { drawMonthlyBars } from '../chart';
import type { ReportContext, Section } from '../context';
import { drawTable } from '../table';
import { colors, lineHeight, text, tint, type TextStyle } from '../theme';
import type { ReportWriter } from '../writer';

/** So many of each list, at most, and so many lines per text: the page must stay one page. */
const MAX_OBJECTIVES = 5;
const MAX_TARGETS = 3;

const label = { ...text.small, bold: true, color: colors.accent };

/** A small capitalised label over a block. */
function blockLabel(writer: ReportWriter, value: string, x = writer.left): void {
  writer.drawLines([value.toUpperCase()], x, writer.y, label);
  writer.y += lineHeight(label) + 1;
}

function lines(writer: ReportWriter, value: string, style: TextStyle, max: number, x = writer.left, width = writer.right - x): void {
  writer.y += writer.drawLines(writer.wrapAtMost(value, width, style, max), x, writer.y, style);
}

function more(writer: ReportWriter, context: ReportContext, count: number): void {
  if (count > 0) lines(writer, context.t('pdf.moreItems', { count }), text.muted, 1);
}

function drawObjectives(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { objectives } = context.report.atAGlance;
  blockLabel(writer, t('pdfPages.glance.objectives'));
  if (objectives.length === 0) lines(writer, t('pdfPages.glance.noObjective'), text.muted, 1);
  for (const objective of objectives.slice(0, MAX_OBJECTIVES)) {
    const values = t('pdfPages.glance.objectiveValues', { baseline: context.cap(objective.baseline, 30) || '—', target: context.cap(objective.target, 30) || '—' });
    const unit = objective.unit.trim() === '' ? '' : ` ${context.cap(objective.unit, 30)}`;
    const deadline = objective.deadline === '' ? '' : `, ${t('pdfPages.glance.deadline', { date: context.formatIsoDate(objective.deadline) })}`;
    const title = context.cap(objective.title, 160) || '—';
    const titleLines = writer.wrapAtMost(`• ${title}`, writer.width * 0.5, text.bodyBold, 1);
    const detail = writer.wrapAtMost(`${values}${unit}${deadline}`, writer.width * 0.48, text.body, 2);
    writer.drawLines(titleLines, writer.left, writer.y, text.bodyBold);
    writer.drawLines(detail, writer.left + writer.width * 0.52, writer.y, text.body);
    writer.y += Math.max(titleLines.length, detail.length) * lineHeight(text.body) + 0.6;
  }
  more(writer, context, objectives.length - MAX_OBJECTIVES);
  writer.y += 3;
}

function drawTargetsAndPositioning(writer: ReportWriter, context: ReportContext): void {
  const { t, plan } = context;
  const { coreTargets } = context.report.atAGlance;
  blockLabel(writer, t('pdfPages.glance.coreTargets'));
  const names = coreTargets.slice(0, MAX_TARGETS).map((segment) => context.cap(segment.name, 120) || '—');
  if (coreTargets.length > MAX_TARGETS) names.push(t('pdf.moreItems', { count: coreTargets.length - MAX_TARGETS }));
  lines(writer, names.length === 0 ? t('pdfPages.glance.noCoreTarget') : names.join(' · '), names.length === 0 ? text.muted : text.bodyBold, 2);
  writer.y += 2.5;
  const statement = positioningStatement(plan.positioning, plan.company.name, context.options.language, { prepare: (value) => context.cap(value, 200) });
  const style = { ...text.body, size: 10, color: colors.accent, bold: true };
  const statementLines = writer.wrapAtMost(statement.sentence, writer.width - 12, style, 4);
  const height = 4 + lineHeight(label) + 1 + statementLines.length * lineHeight(style) + 3;
  writer.fillRect(writer.left, writer.y, writer.width, height, colors.accentLight);
  writer.fillRect(writer.left, writer.y, 1.4, height, colors.accent);
  writer.drawLines([t('pdfPages.glance.positioning').toUpperCase()], writer.left + 6, writer.y + 3, label);
  writer.drawLines(statementLines, writer.left + 6, writer.y + 3 + lineHeight(label) + 1, style);
  writer.y += height + 4;
}

function drawBudget(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { budget } = context.report.atAGlance;
  const top = writer.y;
  const columnWidth = writer.width * 0.42;
  blockLabel(writer, t('pdfPages.glance.budget'));
  const big = { ...text.h1, size: 18 };
  writer.y += writer.drawLines([formatEuros(budget.yearCents)], writer.left, writer.y, big);
  if (budget.shareOfRevenueBasisPoints !== null) lines(writer, t('pdfPages.glance.budgetShare', { share: formatPercent(budget.shareOfRevenueBasisPoints) }), text.body, 2, writer.left, columnWidth);
  if (budget.yearMinutes > 0) lines(writer, t('pdfPages.glance.budgetHours', { hours: minutesToHoursText(budget.yearMinutes) }), text.muted, 1, writer.left, columnWidth);
  const left = writer.y;
  const chartX = writer.left + columnWidth + 6;
  writer.y = top;
  blockLabel(writer, t('pdfPages.glance.quarterChart'), chartX);
  const quarters = [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  const height = 30;
  drawMonthlyBars(writer, { x: chartX, y: writer.y, width: writer.right - chartX, height }, budget.quartersCents, quarters);
  writer.y = Math.max(left, writer.y + height) + 4;
}

function drawKeyActions(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { keyActions } = context.report.atAGlance;
  blockLabel(writer, t('pdfPages.glance.keyActions'));
  if (keyActions.length === 0) {
    lines(writer, t('pdfPages.glance.noAction'), text.muted, 1);
    writer.y += 3;
    return;
  }
  const served = (count: number) => (count === 0 ? t('pdfPages.glance.keyActionServesNone') : t('pdfPages.glance.keyActionServes', { count }));
  // Each cell is wrapped and cut here, a few lines at most, so that five rows always fit the page.
  const widths = [56, 36, 26, writer.width - 118];
  const cell = (value: string, column: number, max: number, style = text.cell) => writer.wrapAtMost(value, widths[column] - 4, style, max).join('\n');
  drawTable(
    writer,
    [
      { header: t('summary.action'), weight: widths[0], style: text.cellBold, text: (key) => cell(context.cap(key.row.action.title, 200) || '—', 0, 2, text.cellBold) },
      { header: t('summary.category'), weight: widths[1], text: (key) => cell(t(`actionPlan.categories.${key.row.category}`), 1, 2) },
      { header: t('summary.total'), weight: widths[2], align: 'right', noWrap: true, text: (key) => formatEuros(key.yearCents) },
      {
        header: t('summary.objectives'),
        weight: widths[3],
        text: (key) => [served(key.objectivesServed), ...key.row.objectiveTitles.slice(0, 2).map((title) => cell(`• ${context.cap(title, 200)}`, 3, 1))].join('\n'),
      },
    ],
    keyActions,
    { fixedWidths: true },
  );
  writer.y += 1;
}

/** Three figures side by side: the forecast and its growth, break-even, the points left to review. */
function drawFigures(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  const { forecast, breakEven, warningsBySeverity } = context.report.atAGlance;
  const gap = 4;
  const width = (writer.width - 2 * gap) / 3;
  const big = { ...text.h2, size: 12.5, color: colors.accent };
  const boxes: { title: string; figure: string; notes: string[] }[] = [
    {
      title: t('pdfPages.glance.forecast'),
      figure: forecast.yearCents === null ? t('pdfPages.glance.forecastUnknown') : formatEuros(forecast.yearCents),
      notes:
        forecast.growthBasisPoints === null || forecast.currentRevenueCents === null
          ? []
          : [t('pdfPages.glance.growth', { growth: signed(forecast.growthBasisPoints), current: formatEuros(forecast.currentRevenueCents) })],
    },
    {
      title: t('pdfPages.glance.breakEven'),
      figure: breakEven.revenueCents === null ? '—' : formatEuros(breakEven.revenueCents),
      notes:
        breakEven.revenueCents === null
          ? [t('pdfPages.glance.breakEvenUnknown')]
          : [breakEven.date === null ? t('pdfPages.glance.breakEvenNotReached') : t('pdfPages.glance.breakEvenDate', { date: context.formatIsoDate(breakEven.date) })],
    },
    {
      title: t('pdfPages.glance.warnings'),
      figure:
        warningsBySeverity.warning + warningsBySeverity.info === 0
          ? t('pdfPages.glance.noWarning')
          : t('pdfPages.glance.warningCount', { count: warningsBySeverity.warning }),
      notes: warningsBySeverity.warning + warningsBySeverity.info === 0 ? [] : [t('pdfPages.glance.infoCount', { count: warningsBySeverity.info })],
    },
  ];
  const inner = width - 8;
  const laid = boxes.map((box) => ({
    title: writer.wrapAtMost(box.title.toUpperCase(), inner, label, 2),
    figure: writer.wrapAtMost(box.figure, inner, big, 2),
    notes: box.notes.flatMap((note) => writer.wrapAtMost(note, inner, text.muted, 3)),
  }));
  const height = Math.max(
    ...laid.map((box) => 4 + box.title.length * lineHeight(label) + 1.5 + box.figure.length * lineHeight(big) + 1 + box.notes.length * lineHeight(text.muted) + 3),
  );
  laid.forEach((box, index) => {
    const x = writer.left + index * (width + gap);
    writer.fillRect(x, writer.y, width, height, tint(colors.accent, 0.07));
    let y = writer.y + 4;
    y += writer.drawLines(box.title, x + 4, y, label) + 1.5;
    y += writer.drawLines(box.figure, x + 4, y, big) + 1;
    writer.drawLines(box.notes, x + 4, y, text.muted);
  });
  writer.y += height + 3;
}

/** "+6,07 %": growth reads with its sign. */
const signed = (basisPoints: number): string => (basisPoints > 0 ? `+${formatPercent(basisPoints)}` : formatPercent(basisPoints));

/**
 * "L'essentiel du plan": the one page a banker or a client reads first, right after the contents.
 * Every figure comes from the report's atAGlance; lists and texts are capped so that it stays one page.
 */
export const atAGlanceSection: Section = {
  hasContent: () => true,
  draw(writer, context) {
    const { t, plan } = context;
    writer.section(t('pdfPages.glance.title'), 'portrait');
    writer.ensure(40);
    const about = [plan.company.name, plan.company.activity, plan.company.location].map((part) => context.cap(part, 160)).filter((part) => part !== '');
    if (about.length > 0) lines(writer, about.join(' · '), { ...text.body, size: 10.5, color: colors.muted }, 2);
    writer.y += 4;
    drawObjectives(writer, context);
    drawTargetsAndPositioning(writer, context);
    drawBudget(writer, context);
    drawKeyActions(writer, context);
    drawFigures(writer, context);
    // A page of its own: the next section starts on the following page.
    writer.y = writer.bottom;
  },
};

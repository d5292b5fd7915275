import { categoryColors } from '../../../../../shared/categories';
import { readDecimal, type IndicatorStatus } from '../../../../../shared/compute/indicators';
import { formatPercent } from '../../../../../shared/money';
import type { KpiReport } from '../../../../../shared/report/planReport';
import { axisNumber, drawTargetChart } from '../chart';
import type { ReportContext, Section } from '../context';
import { drawTable, type Column } from '../table';
import { orDash } from '../text';
import { colors, text } from '../theme';
import type { ReportWriter } from '../writer';
import { paintChip } from './months';

function monthColumn(context: ReportContext, month: number): Column<KpiReport> {
  return {
    header: context.monthNames[month],
    weight: 8.5,
    align: 'right',
    noWrap: true,
    style: { ...text.cell, size: 7.5 },
    text: (row) => context.cap(row.kpi.actualByMonth[month] ?? '', 20),
  };
}

const progressText = (row: KpiReport): string => (row.indicator.progressBasisPoints === null ? '—' : formatPercent(row.indicator.progressBasisPoints));

/** A value as typed ("1 480", "4,6"), as a number to place on a chart; null when it is not one. */
function chartValue(value: string | null | undefined): number | null {
  const decimal = readDecimal(value);
  return decimal === null ? null : Number(decimal.units) / 10 ** decimal.scale;
}

/** Small charts, four across: for each indicator with a numeric target and at least one actual. */
function drawTargetCharts(writer: ReportWriter, context: ReportContext): void {
  const charts = context.report.kpis.flatMap((row) => {
    const target = chartValue(row.kpi.target);
    const actuals = Array.from({ length: 12 }, (_, month) => chartValue(row.kpi.actualByMonth[month]));
    if (target === null || actuals.every((value) => value === null)) return [];
    const title = row.kpi.unit.trim() ? `${row.kpi.name} (${row.kpi.unit})` : row.kpi.name;
    return [{ title: context.cap(title, 120), actuals, target, baseline: chartValue(row.kpi.baseline), color: categoryColors[row.action.category], targetLabel: context.t('pdf.kpis.target', { value: axisNumber(target) }) }];
  });
  if (charts.length === 0) return;
  writer.subheading(context.t('pdf.kpis.charts'), 46);
  const perRow = 4;
  const gap = 8;
  const width = (writer.width - gap * (perRow - 1)) / perRow;
  const height = 42;
  for (let start = 0; start < charts.length; start += perRow) {
    writer.ensure(height + 4);
    charts.slice(start, start + perRow).forEach((chart, index) => {
      drawTargetChart(writer, { x: writer.left + index * (width + gap), y: writer.y, width, height }, chart, context.monthNames);
    });
    writer.y += height + 5;
  }
}

/** Only a status that really is on track is printed in green; late in amber; not measured stays grey. */
const statusColors: Record<IndicatorStatus, string> = { ahead: colors.positive, onTrack: colors.positive, late: colors.warning, notMeasured: colors.muted };

/** The dashboard: each KPI's direction, start and target, the actuals month by month, its progress and status at the date. */
export const kpisSection: Section = {
  hasContent: ({ plan }) => plan.actions.some((action) => action.kpis.length > 0),
  draw(writer, context) {
    const { t } = context;
    writer.section(t('steps.names.kpis'), 'landscape');
    writer.paragraph(t('indicators.asOf', { date: context.formatIsoDate(context.report.asOf) }), text.small);
    drawTable(
      writer,
      [
        {
          header: t('kpis.action'),
          weight: 27,
          inset: 3.4,
          text: (row) => orDash(context.cap(row.action.title)),
          paint: (w, box, row) => paintChip(w, box, categoryColors[row.action.category]),
        },
        {
          header: t('kpis.kpi'),
          weight: 27,
          style: text.cellBold,
          text: (row) => orDash(context.cap(row.kpi.unit.trim() ? `${row.kpi.name} (${row.kpi.unit})` : row.kpi.name)),
        },
        { header: t('indicators.direction'), weight: 19, style: text.cellMuted, text: (row) => t(`indicators.directions.${row.indicator.direction}`) },
        { header: t('indicators.baseline'), weight: 11, align: 'right', noWrap: true, text: (row) => orDash(context.cap(row.kpi.baseline ?? '', 20)) },
        { header: t('indicators.target'), weight: 11, align: 'right', noWrap: true, style: text.cellBold, text: (row) => orDash(context.cap(row.kpi.target, 20)) },
        ...Array.from({ length: 12 }, (_, month) => monthColumn(context, month)),
        {
          header: t('indicators.progress'),
          weight: 24,
          align: 'right',
          noWrap: true,
          style: text.cellBold,
          text: progressText,
          // The bar takes the room left of the figure, so it never runs under it.
          paint: (w, box, row) => {
            const progress = row.indicator.progressBasisPoints;
            if (progress === null) return;
            const room = box.width - w.textWidth(progressText(row), text.cellBold) - 3.6 - 2;
            if (room < 4) return;
            w.fillRect(box.x + 1.8, box.y + 2.4, room, 1.6, colors.barEmpty);
            w.fillRect(box.x + 1.8, box.y + 2.4, (room * Math.min(Math.max(progress, 0), 10_000)) / 10_000, 1.6, statusColors[row.indicator.status]);
          },
        },
        {
          header: t('indicators.status'),
          weight: 17,
          styleOf: (row) => ({ ...text.cellBold, color: statusColors[row.indicator.status] }),
          text: (row) => t(`indicators.statuses.${row.indicator.status}`),
        },
      ],
      context.report.kpis,
    );
    writer.paragraph(t('indicators.progressHelp'), text.small);
    drawTargetCharts(writer, context);
  },
};

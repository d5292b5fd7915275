import { categoryColors } from '../../../../../shared/categories';
import type { IndicatorStatus } from '../../../../../shared/compute/indicators';
import { formatPercent } from '../../../../../shared/money';
import type { KpiReport } from '../../../../../shared/report/planReport';
import type { ReportContext, Section } from '../context';
import { drawTable, type Column } from '../table';
import { orDash } from '../text';
import { colors, text } from '../theme';
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
          weight: 19,
          align: 'right',
          noWrap: true,
          style: text.cellBold,
          text: (row) => (row.indicator.progressBasisPoints === null ? '—' : formatPercent(row.indicator.progressBasisPoints)),
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
  },
};

import { categoryColors } from '../../../../../shared/categories';
import { kpiProgress } from '../../../../../shared/compute/customerValue';
import { formatPercent } from '../../../../../shared/money';
import type { Action, Kpi } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawTable, type Column } from '../table';
import { orDash } from '../text';
import { colors, text } from '../theme';
import { paintChip } from './months';

interface KpiRow {
  action: Action;
  kpi: Kpi;
  progress: number | null;
}

function monthColumn(context: ReportContext, month: number): Column<KpiRow> {
  return {
    header: context.monthNames[month],
    weight: 10,
    align: 'right',
    noWrap: true,
    style: { ...text.cell, size: 7.5 },
    text: (row) => context.cap(row.kpi.actualByMonth[month] ?? '', 20),
  };
}

/** The dashboard: each KPI's target, the actuals month by month, and how far the latest one has come. */
export const kpisSection: Section = {
  hasContent: ({ plan }) => plan.actions.some((action) => action.kpis.length > 0),
  draw(writer, context) {
    const { t } = context;
    writer.section(t('steps.names.kpis'), 'landscape');
    const rows: KpiRow[] = context.rows.flatMap(({ action }) =>
      action.kpis.map((kpi) => ({ action, kpi, progress: kpiProgress(kpi.target, kpi.actualByMonth) })),
    );
    drawTable(
      writer,
      [
        {
          header: t('kpis.action'),
          weight: 36,
          inset: 3.4,
          text: (row) => orDash(context.cap(row.action.title)),
          paint: (w, box, row) => paintChip(w, box, categoryColors[row.action.category]),
        },
        { header: t('kpis.kpi'), weight: 34, style: text.cellBold, text: (row) => orDash(context.cap(row.kpi.name)) },
        { header: t('pdf.kpis.unit'), weight: 20, style: text.cellMuted, text: (row) => context.cap(row.kpi.unit) },
        { header: t('kpis.target'), weight: 14, align: 'right', noWrap: true, style: text.cellBold, text: (row) => orDash(context.cap(row.kpi.target, 20)) },
        ...Array.from({ length: 12 }, (_, month) => monthColumn(context, month)),
        {
          header: t('kpis.progress'),
          weight: 20,
          align: 'right',
          noWrap: true,
          style: text.cellBold,
          text: (row) => (row.progress === null ? '—' : formatPercent(row.progress)),
          paint: (w, box, row) => {
            if (row.progress === null) return;
            const width = box.width * 0.42;
            w.fillRect(box.x + 1.8, box.y + 2.1, width, 2, colors.barEmpty);
            w.fillRect(box.x + 1.8, box.y + 2.1, (width * Math.min(row.progress, 10_000)) / 10_000, 2, row.progress >= 10_000 ? colors.positive : colors.accent);
          },
        },
      ],
      rows,
    );
  },
};

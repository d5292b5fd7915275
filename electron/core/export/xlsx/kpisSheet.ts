import type ExcelJS from 'exceljs';
import { categoryColors } from '../../../../shared/categories';
import type { KpiReport } from '../../../../shared/report/planReport';
import { alignRight, argb, font, gridBorder, ratio } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable, type Column } from './sheet';

type KpiRow = KpiReport;

/** The dashboard: each action's KPIs with their direction, start and target, the actuals month by month, the progress and status at the report's date. */
export function addKpisSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, formats } = context;
  const sheet = addSheet(workbook, context, 'kpis', {
    widths: [30, 26, 12, 14, 11, 11, ...context.monthNames.map(() => 8.5), 13, 16],
    frozenRows: 1,
    frozenColumns: 2,
  });
  const rows = context.report.kpis;
  // The action's category as a thick left edge: one border per colour, shared by its rows.
  const actionBorders = new Map<string, Partial<ExcelJS.Borders>>();
  const actionBorder = (color: string) => {
    let border = actionBorders.get(color);
    if (!border) actionBorders.set(color, (border = { ...gridBorder, left: { style: 'thick', color: { argb: argb(color) } } }));
    return border;
  };
  const months: Column<KpiRow>[] = context.monthNames.map((name, index) => ({
    header: name,
    value: (row) => row.kpi.actualByMonth[index] ?? null,
    // Targets and actuals are kept as the user typed them ("1 200", "40,5"): text, aligned like figures.
    style: alignRight,
  }));
  writeTable<KpiRow>(
    sheet,
    1,
    [
      {
        header: t('kpis.action'),
        value: (row) => row.action.title,
        wrap: true,
        style: (cell, row) => (cell.border = actionBorder(categoryColors[row.action.category])),
      },
      { header: t('kpis.kpi'), value: (row) => row.kpi.name, wrap: true },
      { header: t('promotion.kpis.unit'), value: (row) => row.kpi.unit, wrap: true },
      { header: t('indicators.direction'), value: (row) => t(`indicators.directions.${row.indicator.direction}`) },
      { header: t('indicators.baseline'), value: (row) => row.kpi.baseline ?? '', style: alignRight },
      { header: t('indicators.target'), value: (row) => row.kpi.target, style: alignRight },
      ...months,
      {
        header: t('indicators.progress'),
        value: (row) => (row.indicator.progressBasisPoints === null ? null : ratio(row.indicator.progressBasisPoints)),
        numFmt: formats.percent,
        style: (cell) => (cell.font = font({ bold: true })),
      },
      { header: t('indicators.status'), value: (row) => t(`indicators.statuses.${row.indicator.status}`) },
    ],
    rows,
  );
}

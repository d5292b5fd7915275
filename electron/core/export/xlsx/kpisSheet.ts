import type ExcelJS from 'exceljs';
import { categoryColors } from '../../../../shared/categories';
import { kpiProgress } from '../../../../shared/compute/customerValue';
import type { Action, ActionCategory, Kpi } from '../../../../shared/plan';
import { argb, font, ratio } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable, type Column } from './sheet';

interface KpiRow {
  action: Action;
  category: ActionCategory;
  kpi: Kpi;
}

/** The dashboard: each action's KPIs with their target, the actuals month by month and the progress. */
export function addKpisSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, formats } = context;
  const sheet = addSheet(workbook, context, 'kpis', {
    widths: [30, 26, 12, 11, ...context.monthNames.map(() => 8.5), 13],
    frozenRows: 1,
    frozenColumns: 2,
  });
  const rows: KpiRow[] = context.rows.flatMap(({ action, category }) => action.kpis.map((kpi) => ({ action, category, kpi })));
  // Targets and actuals are kept as the user typed them ("1 200", "40,5"): text, aligned like figures.
  const typed = (cell: ExcelJS.Cell) => (cell.alignment = { ...cell.alignment, horizontal: 'right' });
  const months: Column<KpiRow>[] = context.monthNames.map((name, index) => ({
    header: name,
    value: (row) => row.kpi.actualByMonth[index] ?? null,
    style: typed,
  }));
  writeTable<KpiRow>(
    sheet,
    1,
    [
      {
        header: t('kpis.action'),
        value: (row) => row.action.title,
        wrap: true,
        style: (cell, row) => (cell.border = { ...cell.border, left: { style: 'thick', color: { argb: argb(categoryColors[row.category]) } } }),
      },
      { header: t('kpis.kpi'), value: (row) => row.kpi.name, wrap: true },
      { header: t('promotion.kpis.unit'), value: (row) => row.kpi.unit, wrap: true },
      { header: t('kpis.target'), value: (row) => row.kpi.target, style: typed },
      ...months,
      {
        header: t('kpis.progress'),
        value: (row) => {
          const progress = kpiProgress(row.kpi.target, row.kpi.actualByMonth);
          return progress === null ? null : ratio(progress);
        },
        numFmt: formats.percent,
        style: (cell) => (cell.font = font({ bold: true })),
      },
    ],
    rows,
  );
}

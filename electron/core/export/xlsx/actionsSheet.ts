import type ExcelJS from 'exceljs';
import { actionSheetColumns, listSeparator, type ActionSheetColumn } from '../../../../shared/actionSheet';
import { categoryColors } from '../../../../shared/categories';
import type { SummaryRow } from '../../../../shared/compute/summaryRows';
import { euros, font, styleCategory } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable, type Column } from './sheet';

const widths: Record<ActionSheetColumn, number> = {
  category: 18,
  title: 26,
  description: 34,
  objectives: 24,
  segments: 18,
  kpis: 20,
  owner: 15,
  q1: 12,
  q2: 12,
  q3: 12,
  q4: 12,
  total: 13,
  months: 18,
};

/**
 * The action plan, one row per action: exactly the columns of `actionSheetColumns`, the header on
 * row 1 and nothing merged, because the action importer reads this sheet back.
 */
export function addActionsSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, formats, monthNames } = context;
  const sheet = addSheet(workbook, context, 'actions', {
    widths: actionSheetColumns.map((id) => widths[id]),
    frozenRows: 1,
    frozenColumns: 2,
  });
  const quarter = (index: number): Omit<Column<SummaryRow>, 'header'> => ({
    value: (row) => euros(row.quartersCents[index]),
    numFmt: formats.euros,
  });
  const columns: Record<ActionSheetColumn, Omit<Column<SummaryRow>, 'header'>> = {
    category: {
      value: (row) => t(`actionPlan.categories.${row.category}`),
      wrap: true,
      style: (cell, row) => styleCategory(cell, categoryColors[row.category]),
    },
    title: { value: (row) => row.action.title, wrap: true },
    description: { value: (row) => row.action.description, wrap: true },
    objectives: { value: (row) => row.objectiveTitles.join(listSeparator), wrap: true },
    segments: { value: (row) => row.segmentNames.join(listSeparator), wrap: true },
    kpis: { value: (row) => row.kpiNames.join(listSeparator), wrap: true },
    owner: { value: (row) => row.action.owner.name, wrap: true },
    q1: quarter(0),
    q2: quarter(1),
    q3: quarter(2),
    q4: quarter(3),
    total: { value: (row) => euros(row.cost.totalCents), numFmt: formats.euros, style: (cell) => (cell.font = font({ bold: true })) },
    months: { value: (row) => [...row.action.activeMonths].sort((a, b) => a - b).map((month) => monthNames[month - 1]).join(listSeparator), wrap: true },
  };
  const lastRow = writeTable(
    sheet,
    1,
    actionSheetColumns.map((id) => ({ header: t(`xlsx.actionColumns.${id}`), ...columns[id] })),
    context.rows,
  );
  if (lastRow > 2) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow - 1, column: actionSheetColumns.length } };
}

import type ExcelJS from 'exceljs';
import { categoryColors } from '../../../../shared/categories';
import { actionCategories } from '../../../../shared/plan';
import { fillSolid, gridBorder, isoDateCell, setCell, styleBody, styleCategory, styleSectionTitle } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeHeaderRow } from './sheet';

const months = Array.from({ length: 12 }, (_, index) => index + 1);
const firstMonthColumn = 3;

/**
 * The retro-planning: actions grouped under their category's coloured band, each active month
 * filled with that colour; then the plan's own key dates.
 */
export function addCalendarSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, formats } = context;
  const lastColumn = firstMonthColumn + 11;
  const sheet = addSheet(workbook, context, 'calendar', {
    widths: [36, 20, ...months.map(() => 7.5)],
    frozenRows: 1,
    frozenColumns: 1,
  });
  writeHeaderRow(sheet, 1, [t('calendar.action'), t('calendar.owner'), ...context.monthNames]);
  for (const month of months) sheet.getCell(1, firstMonthColumn + month - 1).alignment = { horizontal: 'center', vertical: 'middle' };

  let row = 2;
  for (const category of actionCategories) {
    const inCategory = context.rows.filter((entry) => entry.category === category);
    if (inCategory.length === 0) continue;
    const color = categoryColors[category];
    const band = sheet.getRow(row++);
    setCell(band.getCell(1), t(`actionPlan.categories.${category}`));
    for (let column = 1; column <= lastColumn; column++) styleCategory(band.getCell(column), color);
    for (const { action } of inCategory) {
      const line = sheet.getRow(row++);
      setCell(line.getCell(1), action.title);
      styleBody(line.getCell(1), true);
      setCell(line.getCell(2), action.owner.name);
      styleBody(line.getCell(2), true);
      for (const month of months) {
        const cell = line.getCell(firstMonthColumn + month - 1);
        cell.border = gridBorder;
        if (action.activeMonths.includes(month)) fillSolid(cell, color);
      }
    }
  }

  const dates = context.report.keyDates;
  if (dates.length === 0) return;
  row++;
  setCell(sheet.getCell(row, 1), t('calendar.keyDatesTitle'));
  styleSectionTitle(sheet.getCell(row++, 1));
  writeHeaderRow(sheet, row++, [t('calendar.keyDateLabel'), t('calendar.keyDateDate')]);
  for (const date of dates) {
    const line = sheet.getRow(row++);
    setCell(line.getCell(1), date.label);
    styleBody(line.getCell(1), true);
    setCell(line.getCell(2), isoDateCell(date.date), formats.date);
    styleBody(line.getCell(2), false);
    line.getCell(2).alignment = { vertical: 'top', horizontal: 'left' };
  }
}

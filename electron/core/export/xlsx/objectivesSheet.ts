import type ExcelJS from 'exceljs';
import type { Objective } from '../../../../shared/plan';
import { alignRight, font, isoDateCell } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable } from './sheet';

/** One SMART objective per row, with the coach's verdict on whether it can be measured yet. */
export function addObjectivesSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t, formats } = context;
  const sheet = addSheet(workbook, context, 'objectives', { widths: [34, 16, 30, 14, 14, 14, 13, 20, 36], frozenRows: 1 });
  const notMeasurable = new Set(
    context.warnings.flatMap((warning) => (warning.code === 'objectiveNotMeasurable' && warning.itemId ? [warning.itemId] : [])),
  );
  const field = (key: string) => t(`objectives.fields.${key}`);
  writeTable<Objective>(
    sheet,
    1,
    [
      { header: field('title'), value: (o) => o.title, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: field('family'), value: (o) => t(`objectives.families.${o.family}`), wrap: true },
      { header: field('indicator'), value: (o) => o.indicator, wrap: true },
      { header: field('baseline'), value: (o) => o.baseline, wrap: true, style: alignRight },
      { header: field('target'), value: (o) => o.target, wrap: true, style: alignRight },
      { header: field('unit'), value: (o) => o.unit, wrap: true },
      { header: field('deadline'), value: (o) => isoDateCell(o.deadline), numFmt: formats.date },
      {
        header: t('xlsx.objectives.measurable'),
        value: (o) => (notMeasurable.has(o.id) ? t('objectives.notMeasurableTitle') : t('objectives.measurable')),
        wrap: true,
      },
      { header: field('notes'), value: (o) => o.notes, wrap: true },
    ],
    plan.objectives,
  );
}

import type ExcelJS from 'exceljs';
import type { KeyAction } from '../../../../shared/report/atAGlance';
import type { Objective } from '../../../../shared/plan';
import { quarterColumn, revenueRow, yearColumn } from './budgetLayout';
import { address, sheetReference } from './budgetFormulas';
import { alignRight, argb, brandColor, euros, font, isoDateCell, ratio, setCell, styleSectionTitle, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeField, writeTable } from './sheet';

const widths = [44, 22, 18, 18, 14, 14];
const quarters = [1, 2, 3, 4];

/**
 * "L'essentiel du plan", as the PDF's first page has it, from report.atAGlance: the company, the
 * objectives, the core target, the year's budget and its quarters, the key actions, the revenue and
 * its growth, the break-even, the points to check. Budget figures and the forecast are formulas on
 * the budget sheet's cells, and the growth a formula on them, so they follow a consultant's edits;
 * each carries the app's value for viewers that do not recalculate.
 */
export function addGlanceSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t, formats, budgetLayout: layout } = context;
  const glance = context.report.atAGlance;
  const sheet = addSheet(workbook, context, 'glance', { widths });
  const budgetName = context.sheetNames.budget;
  const budgetCell = (column: number, row: number) => sheetReference(budgetName, address(column, row));

  const title = sheet.getCell('A1');
  setCell(title, t('xlsx.glance.title'));
  title.font = font({ bold: true, size: 16, color: { argb: argb(brandColor) } });
  sheet.getRow(1).height = 26;

  let row = 3;
  const field = (label: string, value: CellInput, numFmt?: string): string => {
    writeField(sheet, row, label, value, numFmt);
    return `B${row++}`;
  };
  const heading = (text: string) => {
    row++;
    setCell(sheet.getCell(row, 1), text);
    styleSectionTitle(sheet.getCell(row++, 1));
  };
  const line = (text: string) => setCell(sheet.getCell(row++, 1), text);

  const { name, activity, location } = plan.company;
  field(t('xlsx.glance.company'), [name, activity, location].map((part) => part.trim()).filter((part) => part !== '').join(' · '));
  field(t('company.planYear'), plan.company.planYear, '0');

  heading(t('xlsx.glance.objectivesTitle'));
  const objective = (key: string) => t(`objectives.fields.${key}`);
  if (glance.objectives.length === 0) line(t('xlsx.glance.noObjective'));
  else {
    row = writeTable<Objective>(
      sheet,
      row,
      [
        { header: objective('title'), value: (o) => o.title, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
        { header: objective('indicator'), value: (o) => o.indicator, wrap: true },
        { header: objective('baseline'), value: (o) => o.baseline, wrap: true, style: alignRight },
        { header: objective('target'), value: (o) => o.target, wrap: true, style: alignRight },
        { header: objective('unit'), value: (o) => o.unit, wrap: true },
        { header: objective('deadline'), value: (o) => isoDateCell(o.deadline), numFmt: formats.date },
      ],
      glance.objectives,
    );
  }

  heading(t('xlsx.glance.coreTargetTitle'));
  if (glance.coreTargets.length === 0) line(t('xlsx.glance.noCoreTarget'));
  for (const segment of glance.coreTargets) field(segment.name, segment.description);

  heading(t('xlsx.glance.budgetTitle'));
  const { budget } = glance;
  field(t('xlsx.summary.yearBudget'), { formula: budgetCell(yearColumn, layout.moneyTotalRow), result: euros(budget.yearCents) }, formats.euros);
  const share = budget.shareOfRevenueBasisPoints === null ? '' : ratio(budget.shareOfRevenueBasisPoints);
  field(t('xlsx.summary.shareOfRevenue'), { formula: budgetCell(yearColumn, layout.shareRow), result: share }, formats.percent);
  for (const quarter of quarters) {
    const result = euros(budget.quartersCents[quarter - 1]);
    field(t('budget.quarterShort', { quarter }), { formula: budgetCell(quarterColumn(quarter), layout.moneyTotalRow), result }, formats.euros);
  }

  heading(t('xlsx.glance.keyActionsTitle'));
  // An action's budget is the sum of its money rows' year cells on the budget sheet.
  const yearCells = new Map<string, string[]>();
  for (const money of layout.moneyRows) {
    if (money.source !== 'costLine') continue;
    const id = money.summary.action.id;
    yearCells.set(id, [...(yearCells.get(id) ?? []), budgetCell(yearColumn, money.row)]);
  }
  const keyBudget = (key: KeyAction): CellInput => {
    const cells = yearCells.get(key.row.action.id) ?? [];
    return cells.length === 0 ? euros(key.yearCents) : { formula: cells.join('+'), result: euros(key.yearCents) };
  };
  row = writeTable<KeyAction>(
    sheet,
    row,
    [
      { header: t('budget.action'), value: (key) => key.row.action.title, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: t('summary.category'), value: (key) => t(`actionPlan.categories.${key.row.category}`), wrap: true },
      { header: t('xlsx.glance.keyActionBudget'), value: keyBudget, numFmt: formats.euros },
      { header: t('xlsx.glance.objectivesServed'), value: (key) => key.objectivesServed, numFmt: formats.integer },
    ],
    glance.keyActions,
  );

  heading(t('xlsx.glance.forecastTitle'));
  const { forecast } = glance;
  const forecastCell = field(t('company.forecastTitle'), { formula: budgetCell(yearColumn, revenueRow), result: euros(forecast.yearCents ?? 0) }, formats.euros);
  const currentCell = field(t('xlsx.glance.currentRevenue'), forecast.currentRevenueCents === null ? null : euros(forecast.currentRevenueCents), formats.euros);
  field(
    t('xlsx.glance.growth'),
    forecast.yearCents === null
      ? '—'
      : {
          // Rounded to the basis point, as growthBasisPoints is.
          formula: `IF(OR(${currentCell}="",${currentCell}=0),"",ROUND((${forecastCell}-${currentCell})/${currentCell},4))`,
          result: forecast.growthBasisPoints === null ? '' : ratio(forecast.growthBasisPoints),
        },
    formats.percent,
  );

  heading(t('offerFigures.breakEven.title'));
  const { breakEven } = glance;
  field(t('offerFigures.breakEven.revenue'), breakEven.revenueCents === null ? '—' : euros(breakEven.revenueCents), formats.euros);
  field(t('xlsx.glance.breakEvenDate'), breakEven.date === null ? '—' : isoDateCell(breakEven.date), formats.date);

  heading(t('xlsx.glance.warningsTitle'));
  field(t('check.severity.warning'), glance.warningsBySeverity.warning, formats.integer);
  field(t('check.severity.info'), glance.warningsBySeverity.info, formats.integer);

  row++;
  const note = sheet.getCell(row, 1);
  setCell(note, t('xlsx.glance.linkedFigures'));
  note.font = font({ italic: true, color: { argb: 'FF555555' } });
}

import type ExcelJS from 'exceljs';
import { wordWarning } from '../../../../shared/coach/wording';
import { computeYearlyForecast } from '../../../../shared/compute/revenue';
import type { Logo } from '../../../../shared/author';
import { revenueRow, yearColumn } from './budgetLayout';
import { address, sheetReference } from './budgetFormulas';
import { argb, brandColor, euros, font, hours, ratio, setCell, styleSectionTitle, type CellInput } from './cells';
import { planName, type XlsxContext } from './context';
import { addSheet, writeField, writeTable } from './sheet';

const logoBox = { width: 200, height: 90 };

/** The logo scaled to fit its box, right of the title, its proportions kept. */
function placeLogo(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, logo: Logo): void {
  const image = workbook.addImage({ base64: logo.base64, extension: logo.mimeType === 'image/png' ? 'png' : 'jpeg' });
  const scale = Math.min(logoBox.width / logo.widthPx, logoBox.height / logo.heightPx, 1);
  sheet.addImage(image, {
    tl: { col: 2.1, row: 0.2 },
    ext: { width: Math.round(logo.widthPx * scale), height: Math.round(logo.heightPx * scale) },
    editAs: 'oneCell',
  });
}

/** The day the document was made, as a date cell showing the local calendar day. */
const localDay = (date: Date): Date => new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));

/**
 * The cover of the workbook: who and what the plan is for, who prepared it, the year's key figures
 * (linked to the budget sheet, so they follow a consultant's edits) and the points left to fix.
 */
export function addSummarySheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t, formats, budget, options, budgetLayout: layout } = context;
  const sheet = addSheet(workbook, context, 'summary', { widths: [44, 70, 16, 14] });

  const title = sheet.getCell('A1');
  setCell(title, planName(context));
  title.font = font({ bold: true, size: 18, color: { argb: argb(brandColor) } });
  const subtitle = sheet.getCell('A2');
  setCell(subtitle, t('xlsx.summary.subtitle', { year: plan.company.planYear }));
  subtitle.font = font({ italic: true, size: 12, color: { argb: 'FF555555' } });
  sheet.getRow(1).height = 30;

  let row = 4;
  const field = (label: string, value: CellInput, numFmt?: string) => writeField(sheet, row++, label, value, numFmt);
  field(t('steps.names.company'), plan.company.name);
  field(t('company.activity'), plan.company.activity);
  field(t('company.location'), plan.company.location);
  field(t('company.planYear'), plan.company.planYear, '0');
  field(t('xlsx.summary.generatedAt'), localDay(options.generatedAt), formats.date);

  const author = options.author;
  if (author) {
    row++;
    const identity: [string, string][] = [
      [t('xlsx.summary.preparedBy'), author.name],
      [t('xlsx.summary.organisation'), author.organisation],
      [t('xlsx.summary.contact'), author.contact],
    ];
    for (const [label, value] of identity) if (value.trim() !== '') field(label, value);
    if (author.logo) placeLogo(workbook, sheet, author.logo);
  }

  row++;
  styleSectionTitle(sheet.getCell(row, 1));
  setCell(sheet.getCell(row++, 1), t('xlsx.summary.keyFigures'));
  const budgetName = context.sheetNames.budget;
  const link = (budgetRow: number, result: number | string) => ({ formula: sheetReference(budgetName, address(yearColumn, budgetRow)), result });
  field(t('company.forecastTitle'), link(revenueRow, euros(computeYearlyForecast(plan.company))), formats.euros);
  field(t('xlsx.summary.yearBudget'), link(layout.moneyTotalRow, euros(budget.yearCents)), formats.euros);
  const share = budget.shareOfRevenueBasisPoints === null ? '' : ratio(budget.shareOfRevenueBasisPoints);
  field(t('xlsx.summary.shareOfRevenue'), link(layout.shareRow, share), formats.percent);
  field(t('xlsx.summary.internalHours'), link(layout.hoursTotalRow, hours(budget.yearMinutes)), formats.hours);
  field(t('xlsx.summary.openWarnings'), context.warnings.length, formats.integer);
  const note = sheet.getCell(row++, 1);
  setCell(note, t('xlsx.summary.linkedFigures'));
  note.font = font({ italic: true, color: { argb: 'FF555555' } });

  row++;
  styleSectionTitle(sheet.getCell(row, 1));
  setCell(sheet.getCell(row++, 1), t('xlsx.summary.warningsTitle'));
  if (context.warnings.length === 0) {
    setCell(sheet.getCell(row, 1), t('check.noWarning'));
    return;
  }
  writeTable(
    sheet,
    row,
    [
      { header: t('xlsx.summary.step'), value: (warning) => t(`steps.names.${warning.step}`) },
      { header: t('xlsx.summary.remark'), value: (warning) => wordWarning(t, warning), wrap: true },
      { header: t('xlsx.summary.severity'), value: (warning) => t(`check.severity.${warning.severity}`) },
    ],
    context.warnings,
  );
}

import { categoryColors } from '../../../../../shared/categories';
import type { SummaryRow } from '../../../../../shared/compute/summaryRows';
import { resources } from '../../../../../shared/i18n';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../../../shared/money';
import type { Period } from '../../../../../shared/plan';
import type { HoursRow, KpiReport, MoneyRow } from '../../../../../shared/report/planReport';
import type { ReportContext, Section } from '../context';
import { drawTable, startHeight, type Column } from '../table';
import { orDash } from '../text';
import { colors, lineHeight, text, tint } from '../theme';
import type { ReportWriter } from '../writer';

/** A block starts on a new page when less than this is left: its title, a few facts and a table's first rows. */
const BLOCK_MIN_HEIGHT = 40;
const LABEL_WIDTH = 38;
/**
 * At most this many sheets. A sheet costs a quarter of a page: a thousand would add 250 pages to
 * an export that must stay under 1.5 s. A plan that large reads from the action plan's table and the workbook instead.
 */
export const ACTION_SHEETS_MAX = 60;

type CostLineRow = Extract<MoneyRow, { source: 'costLine' }>;

/** The report's rows of each action, looked up once: a plan may hold a thousand actions. */
interface SheetRows {
  money: Map<string, CostLineRow[]>;
  hours: Map<string, HoursRow[]>;
  kpis: Map<string, KpiReport[]>;
}

function byAction<Row>(rows: Row[], id: (row: Row) => string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const list = map.get(id(row));
    if (list) list.push(row);
    else map.set(id(row), [row]);
  }
  return map;
}

function sheetRows(context: ReportContext): SheetRows {
  const { report } = context;
  return {
    money: byAction(
      report.moneyRows.filter((row): row is CostLineRow => row.source === 'costLine'),
      (row) => row.summary.action.id,
    ),
    hours: byAction(report.hoursRows, (row) => row.summary.action.id),
    kpis: byAction(report.kpis, (row) => row.actionId),
  };
}

function periodText(context: ReportContext, period: Period): string {
  const { t } = context;
  const months = resources[context.options.language].translation.months.long;
  switch (period.kind) {
    case 'activeMonths':
      return t('pdfPages.sheets.periods.activeMonths');
    case 'year':
      return t('pdfPages.sheets.periods.year');
    case 'quarter':
      return period.quarter === 1 ? t('pdfPages.sheets.periods.firstQuarter') : t('pdfPages.sheets.periods.quarter', { quarter: period.quarter });
    case 'months':
      return period.from === period.to ? months[period.from - 1] : t('pdfPages.sheets.periods.months', { from: months[period.from - 1], to: months[period.to - 1] });
  }
}

/** A coloured band naming the category, kept with the first block under it. */
function drawCategoryBand(writer: ReportWriter, context: ReportContext, row: SummaryRow): void {
  const height = 7;
  writer.ensure(height + 3 + BLOCK_MIN_HEIGHT);
  if (writer.y > writer.top + 0.01) writer.y += 3;
  const color = categoryColors[row.category];
  writer.fillRect(writer.left, writer.y, writer.width, height, color);
  writer.drawLines([context.t(`actionPlan.categories.${row.category}`).toUpperCase()], writer.left + 3, writer.y + (height - lineHeight(text.h2)) / 2, { ...text.h2, size: 9.5, color: colors.white });
  writer.y += height + 4;
}

/** "Objectifs servis   Gagner des clients · Faire revenir les clients": a label and a value, side by side. */
function drawFact(writer: ReportWriter, label: string, value: string): void {
  const valueX = writer.left + LABEL_WIDTH;
  const labelLines = writer.wrap(label, LABEL_WIDTH - 3, text.bodyBold);
  const valueLines = writer.wrap(value, writer.right - valueX, text.body);
  const step = lineHeight(text.body);
  writer.ensure(step * labelLines.length);
  writer.drawLines(labelLines, writer.left, writer.y, text.bodyBold);
  const labelPage = writer.page;
  const labelBottom = writer.y + step * labelLines.length;
  for (const [index, line] of valueLines.entries()) {
    if (index > 0) writer.ensure(step);
    writer.drawLines([line], valueX, writer.y, text.body);
    writer.y += step;
  }
  if (writer.page === labelPage && writer.y < labelBottom) writer.y = labelBottom;
  writer.y += 0.8;
}

/** A block's title, on the page of what follows it: `keepWith` is the room the next table needs to start. */
function smallHeading(writer: ReportWriter, title: string, color: string, keepWith = 14): void {
  writer.ensure(lineHeight(text.bodyBold) + keepWith);
  writer.y += 1.5;
  writer.drawLines([title.toUpperCase()], writer.left, writer.y, { ...text.small, bold: true, color });
  writer.y += lineHeight(text.small) + 1;
}

function drawCosts(writer: ReportWriter, context: ReportContext, row: SummaryRow, rows: SheetRows, color: string): void {
  const { t } = context;
  const money = rows.money.get(row.action.id) ?? [];
  const hours = rows.hours.get(row.action.id) ?? [];
  if (money.length + hours.length === 0) return;
  const costLines: CostTableRow[] = [
    ...money.map((entry) => ({
      label:
        entry.line.kind === 'percentOfRevenue'
          ? `${orDash(context.cap(entry.line.label, 200))} (${t('pdfPages.sheets.rate', { rate: formatPercent(entry.line.rateBasisPoints) })})`
          : orDash(context.cap(entry.line.label, 200)),
      period: periodText(context, entry.line.period),
      amount: formatEuros(entry.yearCents),
    })),
    ...hours.map((entry) => ({
      label: `${orDash(context.cap(entry.line.label, 200))} (${t(entry.line.per === 'week' ? 'pdfPages.sheets.perWeek' : 'pdfPages.sheets.perMonth', { hours: minutesToHoursText(entry.line.minutes) })})`,
      period: periodText(context, entry.line.period),
      amount: t('pdfPages.sheets.yearHours', { hours: minutesToHoursText(entry.yearMinutes) }),
    })),
  ];
  const totalHours = row.cost.totalMinutes > 0 ? [t('pdfPages.sheets.yearHours', { hours: minutesToHoursText(row.cost.totalMinutes) })] : [];
  const total: CostTableRow = { label: t('pdfPages.sheets.total'), period: '', amount: [formatEuros(row.cost.totalCents), ...totalHours].join('\n'), total: true };
  const columns: Column<CostTableRow>[] = [
    { header: t('pdfPages.sheets.costLine'), weight: 55, text: (line) => line.label },
    { header: t('pdfPages.sheets.period'), weight: 27, text: (line) => line.period },
    { header: t('pdfPages.sheets.amount'), weight: 18, align: 'right', text: (line) => line.amount },
  ];
  const options = { headerColor: color, emphasis: (line: CostTableRow) => line.total === true };
  const lines = [...costLines, total];
  smallHeading(writer, t('pdfPages.sheets.costs'), color, startHeight(writer, columns, lines, options));
  drawTable(writer, columns, lines, options);
}

interface CostTableRow {
  label: string;
  period: string;
  amount: string;
  total?: boolean;
}

function drawKpis(writer: ReportWriter, context: ReportContext, row: SummaryRow, rows: SheetRows, color: string): void {
  const { t } = context;
  const kpis = rows.kpis.get(row.action.id) ?? [];
  if (kpis.length === 0) return;
  const columns: Column<KpiReport>[] = [
    { header: t('pdfPages.sheets.kpi'), weight: 50, text: ({ kpi }) => orDash(context.cap(kpi.unit.trim() ? `${kpi.name} (${kpi.unit})` : kpi.name, 200)) },
    { header: t('indicators.direction'), weight: 18, text: ({ indicator }) => t(`indicators.directions.${indicator.direction}`) },
    { header: t('indicators.baseline'), weight: 16, align: 'right', text: ({ kpi }) => orDash(context.cap(kpi.baseline ?? '', 30)) },
    { header: t('indicators.target'), weight: 16, align: 'right', style: text.cellBold, text: ({ kpi }) => orDash(context.cap(kpi.target, 30)) },
  ];
  const options = { headerColor: color };
  smallHeading(writer, t('pdfPages.sheets.kpis'), color, startHeight(writer, columns, kpis, options));
  drawTable(writer, columns, kpis, options);
}

function drawToolSheet(writer: ReportWriter, context: ReportContext, row: SummaryRow, color: string): void {
  const { t } = context;
  const detail = row.action.detail;
  const parts = (['resources', 'successFactors', 'limits', 'review'] as const).filter((key) => detail[key].trim() !== '');
  if (parts.length === 0) return;
  smallHeading(writer, t('pdfPages.sheets.toolSheet'), color);
  for (const key of parts) drawFact(writer, t(`pdfPages.sheets.${key}`), context.cap(detail[key]));
}

function drawBlock(writer: ReportWriter, context: ReportContext, row: SummaryRow, rows: SheetRows): void {
  const { t, monthNames } = context;
  const { action } = row;
  const color = categoryColors[row.category];
  writer.ensure(BLOCK_MIN_HEIGHT);
  const titleStyle = { ...text.h2, size: 12 };
  const title = writer.wrapAtMost(orDash(context.cap(action.title, 300)), writer.width - 5, titleStyle, 3);
  const titleHeight = title.length * lineHeight(titleStyle);
  writer.fillRect(writer.left, writer.y, 1.4, titleHeight, color);
  writer.drawLines(title, writer.left + 4, writer.y, titleStyle);
  writer.y += titleHeight + 1.5;
  if (action.description.trim() !== '') writer.paragraph(context.cap(action.description), text.body, { gapAfter: 1.5 });
  const owner = action.owner.name.trim() === '' ? '—' : action.owner.kind === 'provider' ? t('pdfPages.sheets.provider', { name: context.cap(action.owner.name, 200) }) : context.cap(action.owner.name, 200);
  const months = [...action.activeMonths].sort((a, b) => a - b).map((month) => monthNames[month - 1]);
  drawFact(writer, t('pdfPages.sheets.objectives'), orDash(row.objectiveTitles.map((title) => context.cap(title, 200)).join(' · ')));
  drawFact(writer, t('pdfPages.sheets.targets'), orDash(row.segmentNames.map((name) => context.cap(name, 200)).join(' · ')));
  drawFact(writer, t('pdfPages.sheets.owner'), owner);
  drawFact(writer, t('pdfPages.sheets.months'), orDash(months.join(', ')));
  drawCosts(writer, context, row, rows, color);
  drawKpis(writer, context, row, rows, color);
  drawToolSheet(writer, context, row, color);
  writer.y += 2;
  writer.hairline(writer.left, writer.y, writer.right, writer.y, tint(color, 0.4), 0.3);
  writer.y += 5;
}

/** One sheet per action, grouped by category in the summary's order, each in its category's colour. */
export const actionSheetsSection: Section = {
  hasContent: ({ plan }) => plan.actions.length > 0,
  draw(writer, context) {
    const { t } = context;
    writer.section(t('pdfPages.sheets.title'), 'portrait');
    writer.paragraph(t('pdfPages.sheets.intro'), { ...text.muted, color: colors.muted }, { gapAfter: 3 });
    const rows = sheetRows(context);
    let category: string | null = null;
    for (const row of context.rows.slice(0, ACTION_SHEETS_MAX)) {
      if (row.category !== category) drawCategoryBand(writer, context, row);
      category = row.category;
      drawBlock(writer, context, row, rows);
    }
    const left = context.rows.length - ACTION_SHEETS_MAX;
    if (left > 0) writer.paragraph(t('pdfPages.sheets.moreActions', { count: left, max: ACTION_SHEETS_MAX }), text.bodyBold);
  },
};

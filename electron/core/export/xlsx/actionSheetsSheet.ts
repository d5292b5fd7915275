import type ExcelJS from 'exceljs';
import { listSeparator } from '../../../../shared/actionSheet';
import { categoryColors } from '../../../../shared/categories';
import type { SummaryRow } from '../../../../shared/compute/summaryRows';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../../shared/money';
import type { CostLine, Kpi, Period } from '../../../../shared/plan';
import { font, styleCategory } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable, type Column } from './sheet';

/**
 * The translator for texts without parameters, each looked up once: at 1,000 actions the lookups
 * cost more than the cells. Texts with parameters are filled from the template by `fill`.
 */
function remembered(t: XlsxContext['t']): (key: string, params?: Record<string, string | number>) => string {
  const known = new Map<string, string>();
  return (key, params) => {
    if (params) return t(key, params);
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = t(key)));
    return text;
  };
}

/** A catalogue template with its {{placeholders}} filled in (the catalogue's texts do not escape). */
const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const widths = [26, 16, 40, 24, 20, 18, 18, 44, 40, 32, 32, 28, 28];

/**
 * The action sheets, one row per action, as the PDF prints them: what it is, the objectives and
 * targets it serves, who runs it and when, its cost lines with their periods, its KPIs with their
 * direction, baseline and target, and the trainer's tool sheet. Cost lines and KPIs are one line
 * each inside their cell: a block of rows per action would write some 20,000 rows for a plan of
 * 1,000 actions, and the workbook must stay under a second. The figures to work with live on the
 * budget and KPI sheets. The header names fewer of the importer's columns than the actions sheet,
 * which the action importer keeps reading.
 */
export function addActionSheetsSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { monthNames } = context;
  const t = remembered(context.t);
  const words = (key: string, params?: Record<string, string | number>) =>
    params ? fill(t(`xlsx.actionSheets.${key}`), params) : t(`xlsx.actionSheets.${key}`);
  const sheet = addSheet(workbook, context, 'actionSheets', { widths, frozenRows: 1, frozenColumns: 1 });

  // Keyed by the summary row, then the line: copies of an action may share their line objects.
  const yearTotals = new Map<SummaryRow, Map<CostLine, string>>();
  const totalsOf = (summary: SummaryRow) => {
    let lines = yearTotals.get(summary);
    if (!lines) yearTotals.set(summary, (lines = new Map()));
    return lines;
  };
  for (const money of context.report.moneyRows) if (money.source === 'costLine') totalsOf(money.summary).set(money.line, formatEuros(money.yearCents));
  for (const entry of context.report.hoursRows) totalsOf(entry.summary).set(entry.line, `${minutesToHoursText(entry.yearMinutes)} h`);
  const directions = new Map<Kpi, string>();
  for (const report of context.report.kpis) directions.set(report.kpi, t(`indicators.directions.${report.indicator.direction}`));

  const monthList = (months: readonly number[]) => [...months].sort((a, b) => a - b).map((month) => monthNames[month - 1]).join(listSeparator);
  const period = (value: Period): string => {
    if (value.kind === 'quarter') return words('periods.quarter', { quarter: value.quarter });
    if (value.kind === 'months') return words('periods.months', { from: monthNames[value.from - 1], to: monthNames[value.to - 1] });
    return words(`periods.${value.kind}`);
  };
  const amount = (line: CostLine): string => {
    if (line.kind === 'fixed') return formatEuros(line.amountCents);
    if (line.kind === 'percentOfRevenue') return fill(t('xlsx.budget.costOf'), { rate: formatPercent(line.rateBasisPoints) });
    return words('hoursPer', { hours: minutesToHoursText(line.minutes), per: t(`promotion.costs.perOptions.${line.per}`) });
  };
  const costLines = (row: SummaryRow): string =>
    row.action.costLines
      .map((line) => words('costLine', { label: line.label.trim() || '…', amount: amount(line), period: period(line.period), total: yearTotals.get(row)?.get(line) ?? '—' }))
      .join('\n');
  const kpis = (row: SummaryRow): string =>
    row.action.kpis
      .map((kpi) => {
        const name = kpi.unit.trim() === '' ? kpi.name : `${kpi.name} (${kpi.unit})`;
        const direction = directions.get(kpi) ?? '';
        const baseline = kpi.baseline?.trim() ?? '';
        return baseline === '' ? words('kpiLine', { name, direction, target: kpi.target }) : words('kpiLineFrom', { name, direction, baseline, target: kpi.target });
      })
      .join('\n');
  const owner = (row: SummaryRow): string =>
    row.action.owner.name.trim() === '' ? '' : `${row.action.owner.name} (${t(`promotion.action.ownerKinds.${row.action.owner.kind}`)})`;

  const text = (header: string, value: (row: SummaryRow) => string): Column<SummaryRow> => ({ header, value, wrap: true });
  writeTable<SummaryRow>(
    sheet,
    1,
    [
      { header: words('action'), value: (row) => row.action.title, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      {
        header: words('category'),
        value: (row) => t(`actionPlan.categories.${row.category}`),
        wrap: true,
        style: (cell, row) => styleCategory(cell, categoryColors[row.category]),
      },
      text(words('description'), (row) => row.action.description),
      text(words('objectives'), (row) => row.objectiveTitles.join(listSeparator)),
      text(words('segments'), (row) => row.segmentNames.join(listSeparator)),
      text(words('owner'), owner),
      text(words('months'), (row) => monthList(row.action.activeMonths)),
      text(words('costLines'), costLines),
      text(words('kpis'), kpis),
      text(words('resources'), (row) => row.action.detail.resources),
      text(words('successFactors'), (row) => row.action.detail.successFactors),
      text(words('limits'), (row) => row.action.detail.limits),
      text(words('review'), (row) => row.action.detail.review),
    ],
    context.rows,
  );
}

import { compareWithPreviousYear, formatComparisonChange, formatComparisonValue } from '../../../../../shared/compute/previousYear';
import type { ReportContext } from '../context';
import { drawTable } from '../table';
import { text } from '../theme';
import type { ReportWriter } from '../writer';

/** Next year's plan beside the totals kept from last year's, as on the summary screen. */
export function drawPreviousYear(writer: ReportWriter, context: ReportContext): void {
  const rows = compareWithPreviousYear(context.plan);
  const previous = context.plan.meta.previousYear;
  if (!rows || !previous) return;
  const { t } = context;
  writer.subheading(t('nextYear.comparisonTitle', { year: previous.planYear }));
  writer.paragraph(t('nextYear.comparisonHelp', { title: previous.title }), text.muted);
  drawTable(
    writer,
    [
      { header: '', weight: 34, style: text.cellBold, text: (row) => t(`nextYear.${row.key}`) },
      { header: String(previous.planYear), weight: 22, align: 'right', noWrap: true, text: (row) => formatComparisonValue(row, row.before) },
      { header: String(context.plan.company.planYear), weight: 22, align: 'right', noWrap: true, text: (row) => formatComparisonValue(row, row.after) },
      { header: t('nextYear.change'), weight: 22, align: 'right', noWrap: true, text: formatComparisonChange },
    ],
    rows,
  );
}

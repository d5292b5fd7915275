import { computeYearlyForecast } from '../../../../../shared/compute/revenue';
import { formatCount, formatEuros } from '../../../../../shared/money';
import { drawMonthlyBars } from '../chart';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable } from '../table';
import { lineHeight, text } from '../theme';
import type { ReportWriter } from '../writer';

type ForecastRow = { label: string; cents: number | null; total?: boolean };

function draw(writer: ReportWriter, context: ReportContext): void {
  const { company } = context.plan;
  const { t } = context;
  writer.section(t('steps.names.company'), 'portrait');
  drawFacts(writer, [
    [t('company.name'), context.cap(company.name)],
    [t('company.activity'), context.cap(company.activity)],
    [t('pdf.company.customerKind'), t(`pdf.company.customerKinds.${company.customerKind}`)],
    [t('company.staff'), company.staff === null ? '' : formatCount(company.staff)],
    [t('company.location'), context.cap(company.location)],
    [t('company.currentRevenue'), company.currentRevenueCents === null ? '' : formatEuros(company.currentRevenueCents)],
    [t('company.planYear'), String(company.planYear)],
    [t('company.notes'), context.cap(company.notes)],
  ]);

  if (company.revenueForecastCents.every((month) => month === null)) return;
  writer.subheading(t('company.forecastTitle'));
  const rows: ForecastRow[] = [
    ...context.monthNames.map((label, index) => ({ label, cents: company.revenueForecastCents[index] })),
    { label: t('company.forecastTotal'), cents: computeYearlyForecast(company), total: true },
  ];
  writer.ensure(14 * 6.8 + 8);
  const top = writer.y;
  const tableWidth = writer.width * 0.42;
  drawTable(
    writer,
    [
      { header: t('pdf.company.month'), weight: 40, text: (row) => row.label },
      { header: t('pdf.company.forecast'), weight: 60, align: 'right', noWrap: true, text: (row) => (row.cents === null ? '—' : formatEuros(row.cents)) },
    ],
    rows,
    { width: tableWidth, emphasis: (row) => row.total === true },
  );
  const chartX = writer.left + tableWidth + 10;
  writer.drawLines([t('pdf.company.chart')], chartX, top, { ...text.cellBold, size: 8.5 });
  const chartTop = top + lineHeight(text.cellBold) + 3;
  drawMonthlyBars(
    writer,
    { x: chartX, y: chartTop, width: writer.right - chartX, height: writer.y - chartTop - 6 },
    company.revenueForecastCents.map((month) => month ?? 0),
    context.monthNames,
  );
}

export const companySection: Section = {
  hasContent: ({ plan: { company } }) =>
    [company.name, company.activity, company.location, company.notes].some((value) => value.trim() !== '') ||
    company.staff !== null ||
    company.currentRevenueCents !== null ||
    company.revenueForecastCents.some((month) => month !== null),
  draw,
};

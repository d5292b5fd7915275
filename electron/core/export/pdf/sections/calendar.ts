import { categoryColors } from '../../../../../shared/categories';
import type { SummaryRow } from '../../../../../shared/compute/summaryRows';
import type { ReportContext, Section } from '../context';
import { drawTable, type Column } from '../table';
import { orDash } from '../text';
import { colors, text } from '../theme';
import type { ReportWriter } from '../writer';

/** A month cell: a bar in the category's colour, joined to its neighbours when they are active too. */
function monthColumn(context: ReportContext, month: number): Column<SummaryRow> {
  return {
    header: context.monthNames[month - 1],
    weight: 11,
    align: 'center',
    paintHeight: 3.6,
    paint: (writer, box, row) => {
      writer.hairline(box.x, box.y, box.x, box.y + box.height);
      const active = (m: number) => row.action.activeMonths.includes(m);
      if (!active(month)) return;
      const left = active(month - 1) ? box.x : box.x + 0.8;
      const right = active(month + 1) ? box.x + box.width : box.x + box.width - 0.8;
      writer.fillRect(left, box.y + 1.5, right - left, box.height - 3, categoryColors[row.category]);
    },
  };
}

/** The year's key dates in order, each label whole beside its date: a label wraps rather than being cut. */
function drawKeyDates(writer: ReportWriter, context: ReportContext): void {
  const dates = context.report.keyDates;
  if (dates.length === 0) return;
  writer.subheading(context.t('pdf.calendar.keyDates'));
  drawTable(
    writer,
    [
      { header: '', weight: 22, noWrap: true, style: text.cellBold, text: (date) => context.formatIsoDate(date.date) },
      { header: '', weight: 78, text: (date) => orDash(context.cap(date.label, 300)) },
    ],
    dates,
    { showHeader: false, width: writer.width * 0.6 },
  );
}

/** The retro-planning: every action on the twelve months, grouped by category with its colour. */
export const calendarSection: Section = {
  hasContent: ({ plan }) => plan.actions.some((action) => action.activeMonths.length > 0),
  draw(writer, context) {
    const { t } = context;
    writer.section(t('steps.names.calendar'), 'landscape');
    writer.paragraph(t('pdf.calendar.intro'), { ...text.muted, color: colors.muted }, { gapAfter: 3 });
    drawTable(
      writer,
      [
        { header: t('calendar.action'), weight: 62, style: text.cellBold, text: (row) => orDash(context.cap(row.action.title)) },
        { header: t('calendar.owner'), weight: 30, text: (row) => orDash(context.cap(row.action.owner.name)) },
        ...Array.from({ length: 12 }, (_, index) => monthColumn(context, index + 1)),
      ],
      context.rows,
      {
        group: (row) => ({ key: row.category, label: t(`actionPlan.categories.${row.category}`), color: categoryColors[row.category] }),
      },
    );
    drawKeyDates(writer, context);
  },
};

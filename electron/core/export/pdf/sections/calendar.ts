import { keyMomentsOfYear, type YearMoments } from '../../../../../shared/calendar/keyMoments';
import { categoryColors } from '../../../../../shared/categories';
import type { SummaryRow } from '../../../../../shared/compute/summaryRows';
import { resources } from '../../../../../shared/i18n';
import type { ReportContext, Section } from '../context';
import { drawTable, startHeight, type Column, type TableOptions } from '../table';
import { orDash } from '../text';
import { colors, lineHeight, PT, text, type TextStyle } from '../theme';
import type { ReportWriter } from '../writer';

/**
 * The grid's widths, fixed rather than fitted to the titles, so the band of key moments above the
 * header finds the month columns where the table puts them. In millimetres of the landscape page
 * (269 mm between margins); the table scales them to any width.
 */
const ACTION_WEIGHT = 96;
const OWNER_WEIGHT = 35;
const MONTH_WEIGHT = 11.5;

/** A month cell: a bar in the category's colour, joined to its neighbours when they are active too. */
function monthColumn(context: ReportContext, month: number): Column<SummaryRow> {
  return {
    header: context.monthNames[month - 1],
    weight: MONTH_WEIGHT,
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

const MOMENT_STYLE: TextStyle = { ...text.header, size: 6, bold: false };
const CAPTION_STYLE: TextStyle = { ...text.header, size: 6.5, bold: true };
/** Each upright label takes a slot this wide; its baseline sits past the letters' height. */
const SLOT = 2.8;
const BASELINE = MOMENT_STYLE.size * PT * 0.75 + 0.5;
const BAND_PAD = 1.5;
const BAND_TEXT_MAX = 15;
/** A category's band comes before the first row: the first page must hold it too. */
const FIRST_GROUP_HEIGHT = 6.5;

/** The labels a month column shows: its short labels, then « +2 » for the others. */
const columnLabels = (context: ReportContext, moments: YearMoments, month: number): string[] => {
  const entry = moments.months[month - 1];
  return [...entry.shown.map((moment) => moment.short), ...(entry.hidden.length > 0 ? [context.t('calendarMoments.more', { count: entry.hidden.length })] : [])];
};

/** An upright label no taller than the band: cut with an ellipsis when a font makes it wider than planned. */
function fitted(writer: ReportWriter, label: string, room: number): string {
  if (writer.textWidth(label, MOMENT_STYLE) <= room) return label;
  let kept = Array.from(label);
  while (kept.length > 1 && writer.textWidth(`${kept.join('')}…`, MOMENT_STYLE) > room) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}

/**
 * The key moments on their months, drawn as the top of the grid's header: the same accent band,
 * each month's short labels set upright, as on screen; their full labels are in the legend below.
 * `tableStart` is the room the table's header and first row need, so band and table share a page.
 */
function drawMomentsBand(writer: ReportWriter, context: ReportContext, moments: YearMoments, tableStart: number): void {
  if (moments.moments.length === 0) return;
  const labels = Array.from({ length: 12 }, (_, index) => columnLabels(context, moments, index + 1));
  const longest = Math.max(...labels.flat().map((label) => writer.textWidth(label, MOMENT_STYLE)));
  const room = Math.min(longest, BAND_TEXT_MAX);
  const height = room + 2 * BAND_PAD;
  writer.ensure(height + tableStart + FIRST_GROUP_HEIGHT);
  const top = writer.y;
  const scale = writer.width / (ACTION_WEIGHT + OWNER_WEIGHT + 12 * MONTH_WEIGHT);
  writer.fillRect(writer.left, top, writer.width, height, colors.accent);
  writer.drawLines([context.t('pdf.calendar.keyDates')], writer.left + 1.8, top + height - BAND_PAD - lineHeight(CAPTION_STYLE), CAPTION_STYLE);
  labels.forEach((column, index) => {
    if (column.length === 0) return;
    const columnLeft = writer.left + (ACTION_WEIGHT + OWNER_WEIGHT + index * MONTH_WEIGHT) * scale;
    const start = columnLeft + (MONTH_WEIGHT * scale - column.length * SLOT) / 2;
    column.forEach((label, slot) => writer.upwardText(fitted(writer, label, room), start + slot * SLOT + BASELINE, top + height - BAND_PAD, MOMENT_STYLE));
  });
  writer.y = top + height;
}

/** The year's key moments in order, each label whole beside its date: the legend of the band above the grid. */
function drawKeyDates(writer: ReportWriter, context: ReportContext, moments: YearMoments): void {
  const year = context.plan.company.planYear;
  const rows = [
    ...moments.moments.map((moment) => ({ date: moment.date, label: moment.label })),
    ...moments.outsideYear.map((moment) => ({ date: moment.date, label: context.t('calendarMoments.outsideYearLine', { label: moment.label, year }) })),
  ];
  if (rows.length === 0) return;
  writer.subheading(context.t('pdf.calendar.keyDates'));
  drawTable(
    writer,
    [
      { header: '', weight: 22, noWrap: true, style: text.cellBold, text: (date) => context.formatIsoDate(date.date) },
      { header: '', weight: 78, text: (date) => orDash(context.cap(date.label, 300)) },
    ],
    rows,
    { showHeader: false, width: writer.width * 0.6 },
  );
}

/** The retro-planning: every action on the twelve months, grouped by category with its colour, under the year's key moments. */
export const calendarSection: Section = {
  hasContent: ({ plan }) => plan.actions.some((action) => action.activeMonths.length > 0),
  draw(writer, context) {
    const { t } = context;
    writer.section(t('steps.names.calendar'), 'landscape');
    writer.paragraph(t('pdf.calendar.intro'), { ...text.muted, color: colors.muted }, { gapAfter: 3 });
    const moments = keyMomentsOfYear(context.report.keyDates, context.plan.company.planYear, resources[context.options.language].translation.calendarMoments.short);
    const columns: Column<SummaryRow>[] = [
      { header: t('calendar.action'), weight: ACTION_WEIGHT, style: text.cellBold, text: (row) => orDash(context.cap(row.action.title)) },
      { header: t('calendar.owner'), weight: OWNER_WEIGHT, text: (row) => orDash(context.cap(row.action.owner.name)) },
      ...Array.from({ length: 12 }, (_, index) => monthColumn(context, index + 1)),
    ];
    const options: TableOptions<SummaryRow> = {
      fixedWidths: true,
      group: (row) => ({ key: row.category, label: t(`actionPlan.categories.${row.category}`), color: categoryColors[row.category] }),
    };
    drawMomentsBand(writer, context, moments, startHeight(writer, columns, context.rows, options));
    drawTable(writer, columns, context.rows, options);
    drawKeyDates(writer, context, moments);
  },
};

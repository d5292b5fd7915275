import { swotQuadrants, type SwotItem } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawTable } from '../table';
import { orDash } from '../text';
import { colors, lineHeight, text, tint } from '../theme';
import type { ReportWriter } from '../writer';

type Quadrant = (typeof swotQuadrants)[number];

const quadrantColors: Record<Quadrant, string> = {
  strength: '#2e7d32',
  weakness: '#b45309',
  opportunity: '#1565c0',
  threat: '#b71c1c',
};

const PAD = 3.5;
const GUTTER = 7;
const GAP = 3;
const itemStyle = { ...text.body, size: 8.5 };

interface QuadrantLayout {
  quadrant: Quadrant;
  items: string[][];
  more: number;
}

/** The items of one quadrant, wrapped; past `maxHeight` the last ones give way to "… and N more". */
function layoutQuadrant(writer: ReportWriter, context: ReportContext, quadrant: Quadrant, width: number, maxHeight: number): QuadrantLayout {
  const texts = context.plan.swot.filter((item: SwotItem) => item.quadrant === quadrant && item.text.trim() !== '').map((item) => context.cap(item.text, 600));
  const items = texts.map((value) => writer.wrap(value, width - 2 * PAD - 3.5, itemStyle));
  let kept = items.length;
  while (kept > 0 && quadrantHeight(items.slice(0, kept), kept < items.length) > maxHeight) kept -= 1;
  return { quadrant, items: items.slice(0, kept), more: items.length - kept };
}

function quadrantHeight(items: string[][], withMore: boolean): number {
  const lines = items.reduce((sum, lines) => sum + lines.length, 0) + (withMore ? 1 : 0);
  return 2 * PAD + lineHeight(text.h2) + 2 + lines * lineHeight(itemStyle) + items.length * 1.2;
}

function drawQuadrant(writer: ReportWriter, context: ReportContext, layout: QuadrantLayout, x: number, y: number, width: number, height: number): void {
  const color = quadrantColors[layout.quadrant];
  writer.fillRect(x, y, width, height, tint(color, 0.07));
  writer.fillRect(x, y, width, 1.2, color);
  let top = y + PAD;
  top += writer.drawLines([context.t(`diagnostic.quadrants.${layout.quadrant}.title`)], x + PAD, top, { ...text.h2, color }) + 2;
  for (const lines of layout.items) {
    writer.drawLines(['•'], x + PAD, top, { ...itemStyle, color });
    top += writer.drawLines(lines, x + PAD + 3.5, top, itemStyle) + 1.2;
  }
  if (layout.more > 0) writer.drawLines([context.t('pdf.moreItems', { count: layout.more })], x + PAD + 3.5, top, { ...itemStyle, color: colors.muted });
}

/** The SWOT as its 2×2 grid: internal above, external below; what helps left, what hinders right. */
function drawSwot(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  writer.subheading(t('diagnostic.swotTitle'));
  const cellWidth = (writer.width - GUTTER - GAP) / 2;
  const xs = [writer.left + GUTTER, writer.left + GUTTER + cellWidth + GAP];
  const maxHeight = writer.bottom - writer.top - 12;
  writer.ensure(8 + 40);
  xs.forEach((x, column) =>
    writer.drawLines([t(column === 0 ? 'diagnostic.axisPositive' : 'diagnostic.axisNegative')], x + cellWidth / 2, writer.y, text.small, 'center'),
  );
  writer.y += 5;
  const rows: [Quadrant, Quadrant][] = [
    ['strength', 'weakness'],
    ['opportunity', 'threat'],
  ];
  rows.forEach((pair, row) => {
    const layouts = pair.map((quadrant) => layoutQuadrant(writer, context, quadrant, cellWidth, maxHeight));
    const height = Math.max(32, ...layouts.map((layout) => quadrantHeight(layout.items, layout.more > 0)));
    writer.ensure(height + GAP);
    layouts.forEach((layout, column) => drawQuadrant(writer, context, layout, xs[column], writer.y, cellWidth, height));
    // Rotated a quarter turn, the text runs upwards from its start: start half its length below the middle.
    const axis = t(row === 0 ? 'diagnostic.axisInternal' : 'diagnostic.axisExternal');
    const length = writer.textWidth(axis, text.small);
    writer.upwardText(axis, writer.left + 3.5, writer.y + height / 2 + length / 2, text.small);
    writer.y += height + GAP;
  });
}

function drawCompetitors(writer: ReportWriter, context: ReportContext): void {
  const { t } = context;
  writer.subheading(t('pdf.diagnostic.competitors'));
  // Statements about each competitor, not the screen's questions ("Tient-il ses promesses ?").
  const label = (key: string) => t(`pdf.diagnostic.${key}`);
  drawTable(
    writer,
    [
      { header: label('name'), weight: 14, style: text.cellBold, text: (c) => context.cap(c.name) },
      { header: label('positioning'), weight: 19, text: (c) => orDash(context.cap(c.positioning, 500)) },
      { header: label('addedValue'), weight: 17, text: (c) => orDash(context.cap(c.addedValue, 500)) },
      { header: label('strengths'), weight: 17, text: (c) => orDash(context.cap(c.strengths, 500)) },
      { header: label('weaknesses'), weight: 17, text: (c) => orDash(context.cap(c.weaknesses, 500)) },
      { header: label('priceLevel'), weight: 10, text: (c) => t(`pdf.diagnostic.priceLevels.${c.priceLevel}`) },
      { header: label('keepsPromise'), weight: 13, text: (c) => t(`pdf.diagnostic.keepsPromiseOptions.${c.keepsPromise}`) },
    ],
    context.plan.competitors,
  );
  for (const competitor of context.plan.competitors.filter((c) => c.notes.trim() !== '')) {
    writer.paragraph(t('cli.field', { label: `${competitor.name} — ${label('notes')}`, value: context.cap(competitor.notes) }), text.muted);
  }
}

export const diagnosticSection: Section = {
  hasContent: ({ plan }) => plan.swot.some((item) => item.text.trim() !== '') || plan.competitors.length > 0,
  draw(writer, context) {
    writer.section(context.t('steps.names.diagnostic'), 'portrait');
    if (context.plan.swot.some((item) => item.text.trim() !== '')) drawSwot(writer, context);
    if (context.plan.competitors.length > 0) drawCompetitors(writer, context);
  },
};

import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './fonts';
import { colors, landscapeMargins, lineHeight, margins, PT, text, type TextStyle } from './theme';

export type Orientation = 'portrait' | 'landscape';
export type Align = 'left' | 'right' | 'center';

export interface TocEntry {
  title: string;
  page: number;
}

/**
 * A cursor over the document: where the next thing goes, and a new page when it would not fit.
 * Sections only ever move down; the page count is known once every section is drawn.
 */
export class ReportWriter {
  y = 0;
  orientation: Orientation = 'portrait';
  readonly toc: TocEntry[] = [];
  /**
   * Headings wait here until the content they announce is placed: they go on the page where that
   * content starts, so a heading is never left alone at the foot of a page.
   */
  private pending: { height: number; keepWith: number; draw: () => void }[] = [];
  /**
   * What was last set on the document, so that it is set again only when it changes: a table sets
   * the same text style, fill and stroke for every row, and jsPDF writes (and parses) each one every
   * time. The fill and stroke hold for the current page only; text sets the fill colour too.
   */
  private current: TextStyle | null = null;
  private fill: string | null = null;
  private strokeColor: string | null = null;
  private strokeWidth: number | null = null;
  /**
   * Widths and wrapped lines by weight, size (and width) and text, worked out once: tables measure
   * and wrap the same amounts, labels and names over and over.
   */
  private readonly widths = new Map<string, number>();
  private readonly wrapped = new Map<string, string[]>();

  constructor(readonly doc: jsPDF) {}

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth();
  }
  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight();
  }
  private get margins() {
    return this.orientation === 'portrait' ? margins : landscapeMargins;
  }
  get left(): number {
    return this.margins.side;
  }
  get right(): number {
    return this.pageWidth - this.margins.side;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.margins.top;
  }
  get bottom(): number {
    return this.pageHeight - this.margins.bottom;
  }
  get page(): number {
    return this.doc.getNumberOfPages();
  }

  addPage(orientation: Orientation = this.orientation): void {
    this.doc.addPage('a4', orientation);
    this.orientation = orientation;
    this.y = this.top;
    // A new page starts with the default fill; jsPDF writes the current stroke again itself.
    this.fill = null;
  }

  /** Back to a page already drawn (contents, footers): its drawing state is not known any more. */
  goToPage(page: number): void {
    this.doc.setPage(page);
    this.fill = null;
    this.strokeColor = null;
    this.strokeWidth = null;
  }

  /** Height of the headings still waiting for their content. */
  get pendingHeight(): number {
    return this.pending.reduce((sum, heading) => sum + heading.height, 0);
  }

  /** Moves to a new page unless `height` (and the headings waiting for it) still fits below the cursor. */
  ensure(height: number): void {
    const keepWith = Math.max(height, ...this.pending.map((heading) => heading.keepWith));
    if (this.y + this.pendingHeight + keepWith > this.bottom) this.addPage();
    const headings = this.pending;
    this.pending = [];
    for (const heading of headings) heading.draw();
  }

  use(style: TextStyle): void {
    const current = this.current;
    if (current?.bold !== style.bold) this.doc.setFont(FONT_FAMILY, style.bold ? 'bold' : 'normal');
    if (current?.size !== style.size) this.doc.setFontSize(style.size);
    if (current?.color !== style.color) this.doc.setTextColor(style.color);
    this.current = style;
  }

  wrap(value: string, width: number, style: TextStyle): string[] {
    if (value === '') return [];
    const key = `${style.bold ? 'b' : 'n'}${style.size}|${width}\u0000${value}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      this.use(style);
      lines = this.doc.splitTextToSize(this.hyphenateLongWords(value, width, style), width) as string[];
      this.wrapped.set(key, lines);
    }
    return [...lines];
  }

  /**
   * jsPDF cuts a word wider than the line anywhere and without a mark ("Merchandisi / ng"): such a
   * word is cut here first, after a hyphen it already has or else with one added, so that a reader
   * sees where it goes on. Other words are left to jsPDF, which breaks only at spaces.
   */
  private hyphenateLongWords(value: string, width: number, style: TextStyle): string {
    if (this.textWidth(value, style) <= width) return value;
    return value
      .split('\n')
      .map((paragraph) =>
        paragraph
          .split(' ')
          .map((word) => (this.textWidth(word, style) <= width ? word : this.breakWord(word, width, style).join(' ')))
          .join(' '),
      )
      .join('\n');
  }

  private breakWord(word: string, width: number, style: TextStyle): string[] {
    const pieces: string[] = [];
    let rest = word;
    this.use(style);
    while (rest.length > 1 && this.doc.getTextWidth(rest) > width) {
      // The longest start that still fits with its hyphen, found by halving (a pasted word may be very long).
      let fits = 1;
      let tooLong = rest.length;
      while (tooLong - fits > 1) {
        const middle = Math.floor((fits + tooLong) / 2);
        if (this.doc.getTextWidth(`${rest.slice(0, middle)}-`) <= width) fits = middle;
        else tooLong = middle;
      }
      const cut = fits;
      const hyphen = rest.lastIndexOf('-', cut - 1);
      const end = hyphen >= 2 ? hyphen + 1 : cut;
      pieces.push(hyphen >= 2 ? rest.slice(0, end) : `${rest.slice(0, end)}-`);
      rest = rest.slice(end);
    }
    pieces.push(rest);
    return pieces;
  }

  /** At most `max` wrapped lines; an ellipsis says when text was left out. */
  wrapAtMost(value: string, width: number, style: TextStyle, max: number): string[] {
    const lines = this.wrap(value, width, style);
    if (lines.length <= max) return lines;
    const kept = lines.slice(0, max);
    let last = kept[max - 1];
    while (last.length > 1 && this.textWidth(`${last}…`, style) > width) last = last.slice(0, -1);
    kept[max - 1] = `${last.trimEnd()}…`;
    return kept;
  }

  textWidth(value: string, style: TextStyle): number {
    this.use(style);
    const key = `${style.bold ? 'b' : 'n'}${style.size}\u0000${value}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.getTextWidth(value);
      this.widths.set(key, width);
    }
    return width;
  }

  /**
   * One line, its baseline at `y`. jsPDF would measure a right or centred line again to place it; it
   * is placed here from the width already known, the same sum, so the same position in the file.
   */
  textLine(line: string, x: number, y: number, style: TextStyle, align: Align = 'left'): void {
    this.use(style);
    // A line break makes jsPDF split and align each part itself.
    if (align === 'left' || hasBreak(line)) this.doc.text(line, x, y, { align });
    else this.doc.text(line, align === 'right' ? x - this.textWidth(line, style) : x - this.textWidth(line, style) / 2, y);
    this.fill = null;
  }

  /** Text turned a quarter turn, running upwards from (x, y). */
  upwardText(value: string, x: number, y: number, style: TextStyle): void {
    this.use(style);
    this.doc.text(value, x, y, { angle: 90 });
    this.fill = null;
  }

  /** Writes lines whose top is at `top`; returns the height used. */
  drawLines(lines: string[], x: number, top: number, style: TextStyle, align: Align = 'left'): number {
    const step = lineHeight(style);
    const baseline = top + baselineOffset(style);
    if (align === 'left' && lines.length > 1 && !lines.some(hasBreak)) {
      // A wrapped cell in one text() call: jsPDF moves down by the leading (T*), set to the same step.
      this.use(style);
      this.doc.text(lines, x, baseline, { lineHeightFactor: (step * this.doc.internal.scaleFactor) / style.size });
      this.fill = null;
    } else for (let index = 0; index < lines.length; index++) this.textLine(lines[index], x, baseline + index * step, style, align);
    return lines.length * step;
  }

  /** A wrapped paragraph that may run over several pages, line by line. */
  paragraph(value: string, style: TextStyle = text.body, options: { x?: number; width?: number; gapAfter?: number } = {}): void {
    const x = options.x ?? this.left;
    const lines = this.wrap(value, options.width ?? this.right - x, style);
    const step = lineHeight(style);
    for (const line of lines) {
      this.ensure(step);
      this.drawLines([line], x, this.y, style);
      this.y += step;
    }
    this.y += options.gapAfter ?? 2.5;
  }

  /**
   * A numbered section title; it waits for the section's first content and is kept with at least
   * `keepWith` millimetres of it. The table of contents takes the page where it lands.
   */
  section(title: string, orientation: Orientation, keepWith = 40): void {
    if (orientation !== this.orientation || this.page <= 2) this.addPage(orientation);
    const height = lineHeight(text.h1) + 7.5;
    this.pending.push({
      height: height + 8,
      keepWith,
      draw: () => {
        if (this.y > this.top + 0.01) this.y += 8;
        const numbered = `${this.toc.length + 1}. ${title}`;
        this.toc.push({ title: numbered, page: this.page });
        this.drawLines([numbered], this.left, this.y, text.h1);
        this.y += lineHeight(text.h1) + 1.5;
        this.hairline(this.left, this.y, this.left + 24, this.y, colors.accent, 0.5);
        this.y += 6;
      },
    });
  }

  subheading(title: string, keepWith = 20): void {
    this.pending.push({
      height: lineHeight(text.h2) + 5,
      keepWith,
      draw: () => {
        if (this.y > this.top + 0.01) this.y += 3;
        this.drawLines([title], this.left, this.y, text.h2);
        this.y += lineHeight(text.h2) + 2;
      },
    });
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    if (this.fill !== color) this.doc.setFillColor(color);
    this.fill = color;
    this.doc.rect(x, y, width, height, 'F');
  }

  hairline(x1: number, y1: number, x2: number, y2: number, color: string = colors.rule, width = 0.2): void {
    if (this.strokeColor !== color) this.doc.setDrawColor(color);
    if (this.strokeWidth !== width) this.doc.setLineWidth(width);
    this.strokeColor = color;
    this.strokeWidth = width;
    this.doc.line(x1, y1, x2, y2);
  }
}

const hasBreak = (line: string): boolean => /[\r\n]/.test(line);

/** From the top of a line box to its baseline, so that Inter's capitals and lower case sit mid-line. */
export const baselineOffset = (style: TextStyle): number => ((style.leading + 0.66) / 2) * style.size * PT;

import { PdfDocument } from './document/pdfDocument';
import { reportFonts } from './fonts';
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
   * Widths and wrapped lines by weight, size (and width) and text, worked out once: tables measure
   * and wrap the same amounts, labels and names over and over.
   */
  private readonly widths = new Map<string, number>();
  private readonly wrapped = new Map<string, string[]>();

  constructor(readonly doc: PdfDocument = new PdfDocument(reportFonts())) {}

  get pageWidth(): number {
    return this.doc.pageWidth;
  }
  get pageHeight(): number {
    return this.doc.pageHeight;
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
  /** The page being drawn: while sections are drawn, always the last one. */
  get page(): number {
    return this.doc.pageCount;
  }

  addPage(orientation: Orientation = this.orientation): void {
    this.doc.addPage(orientation);
    this.orientation = orientation;
    this.y = this.top;
  }

  /** Back to a page already drawn: the table of contents, the footers. */
  goToPage(page: number): void {
    this.doc.setPage(page);
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
    this.doc.setFont(style.bold ? 'bold' : 'normal', style.size);
    this.doc.setTextColor(style.color);
  }

  wrap(value: string, width: number, style: TextStyle): string[] {
    if (value === '') return [];
    const key = `${style.bold ? 'b' : 'n'}${style.size}|${width}\u0000${value}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = this.breakAtSpaces(this.hyphenateLongWords(value, width, style), width, style);
      this.wrapped.set(key, lines);
    }
    return [...lines];
  }

  /**
   * Each paragraph cut into lines at spaces, each line as long as fits: the space where a line ends
   * is not drawn. A word wider than the line (only one letter is left so) gets a line of its own.
   */
  private breakAtSpaces(value: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    const space = this.textWidth(' ', style);
    for (const paragraph of value.split(LINE_BREAK)) {
      const words = paragraph.split(' ');
      let line = words[0];
      let lineWidth = this.textWidth(line, style);
      for (let index = 1; index < words.length; index += 1) {
        const wordWidth = this.textWidth(words[index], style);
        if (lineWidth + space + wordWidth <= width + 1e-9) {
          line += ` ${words[index]}`;
          lineWidth += space + wordWidth;
        } else {
          lines.push(line);
          line = words[index];
          lineWidth = wordWidth;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /**
   * A word wider than the line is cut here, after a hyphen it already has or else with one added,
   * so that a reader sees where it goes on ("Merchandi- / sing", not "Merchandisi / ng").
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
    while (rest.length > 1 && this.measure(rest, style) > width) {
      // The longest start that still fits with its hyphen, found by halving (a pasted word may be very long).
      let fits = 1;
      let tooLong = rest.length;
      while (tooLong - fits > 1) {
        const middle = Math.floor((fits + tooLong) / 2);
        if (this.measure(`${rest.slice(0, middle)}-`, style) <= width) fits = middle;
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
    const key = `${style.bold ? 'b' : 'n'}${style.size}\u0000${value}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.measure(value, style);
      this.widths.set(key, width);
    }
    return width;
  }

  /** A width not worth keeping (the trial cuts of a long word). */
  private measure(value: string, style: TextStyle): number {
    return this.doc.textWidth(value, style.bold ? 'bold' : 'normal', style.size);
  }

  /** One line, its baseline at `y`; a line break in it starts the next part lower down. */
  textLine(line: string, x: number, y: number, style: TextStyle, align: Align = 'left'): void {
    this.use(style);
    const parts = hasBreak(line) ? line.split(LINE_BREAK) : [line];
    parts.forEach((part, index) => {
      const width = align === 'left' ? 0 : this.textWidth(part, style);
      this.doc.text(part, align === 'right' ? x - width : x - width / 2, y + index * style.size * PT * BREAK_LEADING);
    });
  }

  /** Text turned a quarter turn, running upwards from (x, y). */
  upwardText(value: string, x: number, y: number, style: TextStyle): void {
    this.use(style);
    this.doc.text(value, x, y, true);
  }

  /** Writes lines whose top is at `top`; returns the height used. */
  drawLines(lines: string[], x: number, top: number, style: TextStyle, align: Align = 'left'): number {
    const step = lineHeight(style);
    const baseline = top + baselineOffset(style);
    for (let index = 0; index < lines.length; index++) this.textLine(lines[index], x, baseline + index * step, style, align);
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
    this.doc.setFillColor(color);
    this.doc.fillRect(x, y, width, height);
  }

  hairline(x1: number, y1: number, x2: number, y2: number, color: string = colors.rule, width = 0.2): void {
    this.doc.setDrawColor(color);
    this.doc.setLineWidth(width);
    this.doc.line(x1, y1, x2, y2);
  }

  /** A dotted or dashed line: dash and gap lengths in millimetres. */
  dottedLine(x1: number, y1: number, x2: number, y2: number, color: string, width: number, pattern: number[]): void {
    this.doc.setLineDash(pattern);
    this.hairline(x1, y1, x2, y2, color, width);
    this.doc.setLineDash([]);
  }
}

/** A line break as typed on any system. */
const LINE_BREAK = /\r\n|\r|\n/;
const hasBreak = (line: string): boolean => /[\r\n]/.test(line);
/** Line height of the parts of a line that holds a line break, as a multiple of the font size. */
const BREAK_LEADING = 1.15;

/** From the top of a line box to its baseline, so that Inter's capitals and lower case sit mid-line. */
export const baselineOffset = (style: TextStyle): number => ((style.leading + 0.66) / 2) * style.size * PT;

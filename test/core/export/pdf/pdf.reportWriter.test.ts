import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { registerFonts } from '../../../../electron/core/export/pdf/fonts';
import { memoizeTextPlugins, withNativeDeflate } from '../../../../electron/core/export/pdf/jspdfPlugins';
import { colors, text } from '../../../../electron/core/export/pdf/theme';
import { ReportWriter } from '../../../../electron/core/export/pdf/writer';
import { hasPoppler, popplerMissing, runPoppler } from './pdfText';

/** A writer on a document set up as exportPdf sets it up. */
function newWriter(): ReportWriter {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc);
  memoizeTextPlugins(doc);
  const writer = new ReportWriter(doc);
  writer.y = writer.top;
  return writer;
}

const output = (writer: ReportWriter): Buffer => Buffer.from(withNativeDeflate(() => writer.doc.output('arraybuffer')));

/** The drawing operators of each page, in page order (jsPDF writes the pages' streams first). */
function pageContents(bytes: Buffer, pages: number): string[][] {
  const streams: string[] = [];
  for (let at = bytes.indexOf('stream\n', 0, 'latin1'); at >= 0 && streams.length < pages; at = bytes.indexOf('stream\n', at + 1, 'latin1')) {
    if (bytes.toString('latin1', at - 3, at) === 'end') continue;
    const end = bytes.indexOf('\nendstream', at, 'latin1');
    streams.push(inflateSync(bytes.subarray(at + 7, end)).toString('latin1'));
  }
  return streams.map((stream) => stream.split('\n'));
}

/** Words as pdftotext -bbox places them, in points. */
function wordBoxes(bytes: Buffer): { word: string; xMin: number; xMax: number }[] {
  const html = runPoppler('pdftotext', ['-bbox'], bytes);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    word: match[3],
    xMin: Number(match[1]),
    xMax: Number(match[2]),
  }));
}

const MM = 72 / 25.4;

describe.skipIf(!hasPoppler)(`the report writer's text (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('prints a line drawn again and again, in regular and in bold, each time as typed', () => {
    const writer = newWriter();
    const line = 'Cœur de Lyon : 1 250,00 €';
    for (const style of [text.body, text.bodyBold, text.body, text.bodyBold]) {
      writer.drawLines([line, line], writer.left, writer.y, style);
      writer.y += 12;
    }
    const read = runPoppler('pdftotext', [], output(writer)).replace(/[\u00a0\u202f]/g, ' ');
    expect(read.split('Cœur de Lyon : 1 250,00 €').length - 1).toBe(8);
  });

  it('ends a right-aligned line at its anchor and centres a centred one on it', () => {
    const writer = newWriter();
    writer.drawLines(['Total 12 500,00 €'], writer.right, writer.top, text.body, 'right');
    writer.drawLines(['Mars'], 100, writer.top + 20, text.bodyBold, 'center');
    const words = wordBoxes(output(writer));
    const total = words.find((box) => box.word === '€');
    const month = words.find((box) => box.word === 'Mars');
    expect(total?.xMax).toBeCloseTo(writer.right * MM, 0);
    expect(((month?.xMin ?? 0) + (month?.xMax ?? 0)) / 2).toBeCloseTo(100 * MM, 0);
  });
});

describe('the report writer’s colours', () => {
  it('sets a fill colour again after text, and a stroke again on a page it comes back to', () => {
    const writer = newWriter();
    writer.fillRect(writer.left, 40, 50, 5, colors.zebra);
    writer.drawLines(['Total'], writer.left, 50, text.body);
    writer.fillRect(writer.left, 60, 50, 5, colors.zebra);
    writer.hairline(writer.left, 70, writer.right, 70, colors.accent, 0.5);
    writer.addPage();
    writer.hairline(writer.left, 30, writer.right, 30);
    writer.goToPage(1);
    writer.hairline(writer.left, 80, writer.right, 80);
    const [first, second] = pageContents(output(writer), 2);

    // Text sets the fill colour too: each filled rectangle has its colour set after the last text.
    let fillSinceText = false;
    for (const operator of first) {
      if (operator === 'ET') fillSinceText = false;
      else if (operator.endsWith(' rg')) fillSinceText = true;
      else if (operator === 'f') expect(fillSinceText).toBe(true);
    }
    expect(first.filter((operator) => operator.endsWith(' rg')).length).toBe(3);

    // The rule colour as page 2 sets it is set again before the line drawn back on page 1.
    const lastStroke = (operators: string[]) => operators.filter((operator) => operator.endsWith(' RG')).at(-1);
    expect(lastStroke(second)).toBeDefined();
    expect(lastStroke(first)).toBe(lastStroke(second));
    expect(first.filter((operator) => operator.endsWith(' RG'))).toHaveLength(2);
  });
});

describe("jsPDF's text plugins, run once per distinct line", () => {
  it('draw exactly what the plugins draw unmemoized, for French, repeated and Arabic lines', () => {
    // « السلام » has a lam-alef, which the Arabic shaper turns into one ligature. Inter has no Arabic
    // glyphs, so today neither way draws it; the shaper still runs on such lines for a font that would.
    const lines = ['Boulangerie Morel : 1 250,00 €', 'السلام عليكم', 'Cœur de Lyon', 'Café « Le Zinc » — السلام', 'Boulangerie Morel : 1 250,00 €'];
    const draw = (memoized: boolean) => {
      const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
      registerFonts(doc);
      if (memoized) memoizeTextPlugins(doc);
      const writer = new ReportWriter(doc);
      lines.forEach((line, index) => writer.drawLines([line], writer.left, writer.top + index * 8, index % 2 ? text.bodyBold : text.body));
      return pageContents(output(writer), 1)[0];
    };
    expect(draw(true)).toEqual(draw(false));
  });
});

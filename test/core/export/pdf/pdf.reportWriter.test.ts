import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { colors, text } from '../../../../electron/core/export/pdf/theme';
import { ReportWriter } from '../../../../electron/core/export/pdf/writer';
import { hasPoppler, popplerMissing, runPoppler } from './pdfText';

/** A writer on a new document, its cursor at the top of the first page. */
function newWriter(): ReportWriter {
  const writer = new ReportWriter();
  writer.y = writer.top;
  return writer;
}

const output = (writer: ReportWriter): Buffer => writer.doc.output();

/** Each stream object's dictionary and data (inflated when it is deflated), by object number. */
function streams(bytes: Buffer): Map<number, { dictionary: string; data: Buffer }> {
  const found = new Map<number, { dictionary: string; data: Buffer }>();
  const file = bytes.toString('latin1');
  for (const match of file.matchAll(/(\d+) 0 obj\n(<<[^\n]*>>)\nstream\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(match[2])?.[1]);
    const start = (match.index ?? 0) + match[0].length;
    const raw = bytes.subarray(start, start + length);
    found.set(Number(match[1]), { dictionary: match[2], data: match[2].includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return found;
}

/** The drawing operators of each page, in page order, one line each. */
function pageContents(bytes: Buffer): string[][] {
  const all = streams(bytes);
  return [...bytes.toString('latin1').matchAll(/\/Type \/Page \/Parent[^\n]*\/Contents (\d+) 0 R/g)].map((match) =>
    (all.get(Number(match[1]))?.data.toString('latin1') ?? '').split('\n'),
  );
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
    writer.fillRect(writer.left, 65, 50, 5, colors.zebra);
    writer.hairline(writer.left, 70, writer.right, 70, colors.accent, 0.5);
    writer.addPage();
    writer.hairline(writer.left, 30, writer.right, 30);
    writer.goToPage(1);
    writer.hairline(writer.left, 80, writer.right, 80);
    const [first, second] = pageContents(output(writer));

    // Text and shapes share the fill colour: the zebra is set again after the text, once for two rows.
    expect(first.filter((operator) => operator.endsWith(' rg'))).toEqual(['0.957 0.965 0.976 rg', '0.114 0.145 0.188 rg', '0.957 0.965 0.976 rg']);
    expect(first.filter((operator) => operator.endsWith(' re f'))).toHaveLength(3);

    // Each page keeps its own stroke: the rule colour is set again on page 1, where the accent was last.
    const strokes = (operators: string[]) => operators.filter((operator) => operator.endsWith(' RG'));
    expect(strokes(second)).toEqual(['0.835 0.859 0.89 RG']);
    expect(strokes(first)).toEqual(['0.122 0.231 0.361 RG', '0.835 0.859 0.89 RG']);
  });
});

describe.skipIf(!hasPoppler)(`the embedded font (${hasPoppler ? 'pdffonts, pdftoppm' : popplerMissing})`, () => {
  it('holds only the glyphs drawn, and renders without a font error', () => {
    const few = newWriter();
    few.drawLines(['Aa'], few.left, few.top, text.body);
    const many = newWriter();
    many.drawLines(['Łódź, Ştefan, Ðặng Văn, Ελένη, Дмитрий : 1 250,00 € « Cœur »'], many.left, many.top, text.body);
    many.drawLines(['Œuvre'], many.left, many.top + 10, text.bodyBold);
    const fontFiles = (bytes: Buffer) => [...streams(bytes).values()].filter((stream) => stream.dictionary.includes('/Length1'));

    const [small] = fontFiles(output(few));
    const [regular, bold] = fontFiles(output(many));
    // Glyph data for "A", "a" and .notdef only; the tables every glyph keeps (widths, offsets) stay.
    expect(small.data.length).toBeLessThan(40_000);
    expect(regular.data.length).toBeGreaterThan(small.data.length);
    expect(bold).toBeDefined();

    const bytes = output(many);
    expect(runPoppler('pdffonts', [], bytes)).toMatch(/[A-Z]{6}\+Inter-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-font-'));
    try {
      fs.writeFileSync(path.join(dir, 'font.pdf'), bytes);
      const rendered = spawnSync('pdftoppm', ['-png', '-r', '40', path.join(dir, 'font.pdf'), path.join(dir, 'page')], { encoding: 'utf8' });
      expect(rendered.status).toBe(0);
      expect(rendered.stderr).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const read = runPoppler('pdftotext', [], bytes).replace(/[\u00a0\u202f]/g, ' ');
    expect(read).toContain('Łódź, Ştefan, Ðặng Văn, Ελένη, Дмитрий : 1 250,00 € « Cœur »');
    expect(read).toContain('Œuvre');
  });

  it('draws the rest of a line whose characters the font lacks (Arabic, an emoji)', () => {
    const writer = newWriter();
    writer.drawLines(['Café السلام 🥐 fin'], writer.left, writer.top, text.body);
    const read = runPoppler('pdftotext', [], output(writer));
    expect(read).toContain('Café');
    expect(read).toContain('fin');
  });
});

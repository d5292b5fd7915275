import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readImage } from '../../../../electron/core/export/pdf/document/image';
import { PdfDocument } from '../../../../electron/core/export/pdf/document/pdfDocument';
import { reportFonts } from '../../../../electron/core/export/pdf/fonts';
import { hasPoppler, popplerMissing } from './pdfText';
import { encodePng, type PngSpec } from './png';

const NAVY = [31, 59, 92];
const ORANGE = [239, 108, 0];
const WHITE = [255, 255, 255];

/** The image drawn in a box on a page, the page rendered at 72 dpi: the colours at the centre of each half. */
function renderedHalves(image: Buffer): number[][] {
  const doc = new PdfDocument(reportFonts());
  doc.image(image, 20, 20, 100, 60);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-image-'));
  try {
    fs.writeFileSync(path.join(dir, 'image.pdf'), doc.output());
    const result = spawnSync('pdftoppm', ['-r', '72', '-singlefile', path.join(dir, 'image.pdf'), path.join(dir, 'page')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const ppm = fs.readFileSync(path.join(dir, 'page.ppm'));
    const [, width] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 32)) ?? [];
    const dataStart = ppm.length - Number(width) * Math.round((297 * 72) / 25.4) * 3;
    const at = (xMm: number, yMm: number) => {
      const offset = dataStart + (Math.round((yMm * 72) / 25.4) * Number(width) + Math.round((xMm * 72) / 25.4)) * 3;
      return [ppm[offset], ppm[offset + 1], ppm[offset + 2]];
    };
    return [at(45, 50), at(95, 50)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A 20 × 12 image: `left` on the left half, `right` on the right half. */
const halves = (spec: Omit<PngSpec, 'width' | 'height' | 'pixel'>, left: number[], right: number[]): Buffer =>
  encodePng({ ...spec, width: 20, height: 12, pixel: (x) => (x < 10 ? left : right) });

const cases: [string, Buffer, number[], number[]][] = [
  ['RGB, 8 bits', halves({ colorType: 2, depth: 8 }, NAVY, ORANGE), NAVY, ORANGE],
  ['RGB, 8 bits, interlaced', halves({ colorType: 2, depth: 8, interlace: true }, NAVY, ORANGE), NAVY, ORANGE],
  ['RGB, 16 bits', halves({ colorType: 2, depth: 16 }, NAVY.map((v) => v * 257), ORANGE.map((v) => v * 257)), NAVY, ORANGE],
  ['RGB with a transparent colour', halves({ colorType: 2, depth: 8, transparency: Buffer.from([0, 239, 0, 108, 0, 0]) }, NAVY, ORANGE), NAVY, WHITE],
  ['RGBA, right half transparent', halves({ colorType: 6, depth: 8 }, [...NAVY, 255], [...ORANGE, 0]), NAVY, WHITE],
  ['grey, 8 bits', halves({ colorType: 0, depth: 8 }, [60], [200]), [60, 60, 60], [200, 200, 200]],
  ['grey, 4 bits', halves({ colorType: 0, depth: 4 }, [4], [13]), [68, 68, 68], [221, 221, 221]],
  ['grey and alpha', halves({ colorType: 4, depth: 8 }, [60, 255], [200, 0]), [60, 60, 60], WHITE],
  ['palette, 8 bits', halves({ colorType: 3, depth: 8, palette: [NAVY as [number, number, number], ORANGE as [number, number, number]] }, [0], [1]), NAVY, ORANGE],
  [
    'palette, 2 bits, interlaced, one entry transparent',
    halves({ colorType: 3, depth: 2, interlace: true, palette: [NAVY as [number, number, number], ORANGE as [number, number, number]], transparency: Buffer.from([255, 0]) }, [0], [1]),
    NAVY,
    WHITE,
  ],
];

describe.skipIf(!hasPoppler)(`a logo in the PDF, as a viewer shows it (${hasPoppler ? 'pdftoppm' : popplerMissing})`, () => {
  it.each(cases)('%s', (_name, png, left, right) => {
    const [shownLeft, shownRight] = renderedHalves(png);
    for (const [shown, expected] of [
      [shownLeft, left],
      [shownRight, right],
    ]) {
      shown.forEach((channel, index) => expect(Math.abs(channel - expected[index])).toBeLessThanOrEqual(2));
    }
  });
});

describe('an image the PDF cannot hold', () => {
  it('is refused with an error, never drawn half', () => {
    const png = halves({ colorType: 6, depth: 8 }, [...NAVY, 255], [...ORANGE, 0]);
    expect(() => readImage(png.subarray(0, png.length - 30))).toThrow();
    expect(() => readImage(Buffer.from('GIF89a, not ours'))).toThrow(/PNG or JPEG/);
    expect(() => readImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toThrow(/frame/);
  });
});

describe('a PNG that inflates to more than its pixels', () => {
  it('is refused before it is read whole', () => {
    const png = encodePng({ width: 16, height: 16, colorType: 6, depth: 8, pixel: () => [0, 0, 0, 0] });
    // The same header, with pixel data that inflates to 50 MB.
    const bomb = Buffer.from(png);
    const idat = bomb.indexOf('IDAT', 0, 'latin1') - 4;
    const huge = deflateSync(Buffer.alloc(50_000_000));
    const chunk = Buffer.alloc(12 + huge.length);
    chunk.writeUInt32BE(huge.length, 0);
    chunk.write('IDAT', 4, 'latin1');
    huge.copy(chunk, 8);
    const rebuilt = Buffer.concat([bomb.subarray(0, idat), chunk, Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])]);
    expect(() => readImage(rebuilt)).toThrow(RangeError);
  });
});

import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A plain RGB PNG of the given size: a left half in one colour, a right half in another. */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, no interlace
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set(x < width / 2 ? [31, 59, 92] : [239, 108, 0], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Adam7's passes and the channel counts are written out again here rather than imported from image.ts:
// this encoder is the decoder's independent oracle, and a wrong table shared by both would pass.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Applies PNG row filter `type` (0 to 4) to a row, against the row above as it was before filtering. */
function filterRow(type: number, row: Buffer, above: Buffer, step: number): Buffer {
  const out = Buffer.alloc(row.length + 1);
  out[0] = type;
  for (let index = 0; index < row.length; index += 1) {
    const left = index >= step ? row[index - step] : 0;
    const up = above[index] ?? 0;
    const upLeft = index >= step ? (above[index - step] ?? 0) : 0;
    const estimate = left + up - upLeft;
    const paeth = [left, up, upLeft][[Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)].reduce((best, value, at, all) => (value < all[best] ? at : best), 0)];
    const predicted = [0, left, up, (left + up) >> 1, paeth][type];
    out[index + 1] = (row[index] - predicted) & 0xff;
  }
  return out;
}

export interface PngSpec {
  width: number;
  height: number;
  colorType: 0 | 2 | 3 | 4 | 6;
  depth: 1 | 2 | 4 | 8 | 16;
  interlace?: boolean;
  /** The samples of the pixel at (x, y), one per channel, each below 2 ** depth. */
  pixel: (x: number, y: number) => number[];
  palette?: [number, number, number][];
  transparency?: Buffer;
}

/**
 * Any kind of PNG: every colour type and depth, interlaced or not, its rows filtered with each of the
 * five filters in turn, so that a decoder is tried on all of them.
 */
export function encodePng(spec: PngSpec): Buffer {
  const channels = CHANNELS[spec.colorType];
  const bits = channels * spec.depth;
  const step = Math.max(1, bits >> 3);
  const passes = spec.interlace ? ADAM7 : [[0, 0, 1, 1]];
  const rows: Buffer[] = [];
  let filterType = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const columns = Math.ceil((spec.width - x0) / dx);
    const lines = Math.ceil((spec.height - y0) / dy);
    if (columns <= 0 || lines <= 0) continue;
    let above = Buffer.alloc(Math.ceil((columns * bits) / 8));
    for (let line = 0; line < lines; line += 1) {
      const row = Buffer.alloc(above.length);
      for (let column = 0; column < columns; column += 1) {
        spec.pixel(x0 + column * dx, y0 + line * dy).forEach((sample, channel) => {
          const index = column * channels + channel;
          if (spec.depth === 16) row.writeUInt16BE(sample, index * 2);
          else if (spec.depth === 8) row[index] = sample;
          else row[(index * spec.depth) >> 3] |= sample << (8 - spec.depth - ((index * spec.depth) & 7));
        });
      }
      rows.push(filterRow(filterType, row, above, step));
      filterType = (filterType + 1) % 5;
      above = row;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header.set([spec.depth, spec.colorType, 0, 0, spec.interlace ? 1 : 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(spec.palette ? [chunk('PLTE', Buffer.from(spec.palette.flat()))] : []),
    ...(spec.transparency ? [chunk('tRNS', spec.transparency)] : []),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

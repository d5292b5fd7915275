import { deflateSync, inflateSync } from 'node:zlib';

/** An image as a PDF image object holds it; `alpha` becomes its soft mask. */
export interface PdfImage {
  width: number;
  height: number;
  colorSpace: string;
  bitsPerComponent: number;
  filter: '/FlateDecode' | '/DCTDecode';
  decodeParms?: string;
  decode?: string;
  data: Buffer;
  alpha?: Buffer;
}

/** A PNG or a JPEG, from its bytes; throws on anything else or on a damaged file. */
export function readImage(bytes: Buffer): PdfImage {
  if (bytes[0] === 0x89 && bytes.toString('latin1', 1, 4) === 'PNG') return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes);
  throw new Error('not a PNG or JPEG image');
}

/** A JPEG goes in as it is (viewers decode it); only its size and colour components are read. */
function readJpeg(bytes: Buffer): PdfImage {
  let adobe = false;
  for (let at = 2; at + 9 < bytes.length; ) {
    if (bytes[at] !== 0xff) break;
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xee && bytes.toString('latin1', at + 4, at + 9) === 'Adobe') adobe = true;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const components = bytes[at + 9];
      const colorSpace = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
      return {
        width: bytes.readUInt16BE(at + 7),
        height: bytes.readUInt16BE(at + 5),
        colorSpace,
        bitsPerComponent: 8,
        filter: '/DCTDecode',
        // Adobe's CMYK JPEGs store their components inverted.
        decode: components === 4 && adobe ? '[1 0 1 0 1 0 1 0]' : undefined,
        data: bytes,
      };
    }
    at += 2 + length;
  }
  throw new Error('JPEG without a frame header');
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's seven passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

function readPng(bytes: Buffer): PdfImage {
  let header: Buffer | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || header.length < 13 || data.length === 0) throw new Error('PNG without a header or pixels');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colorType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  const channels = CHANNELS[colorType];
  if (!channels || ![1, 2, 4, 8, 16].includes(depth) || width === 0 || height === 0) throw new Error('unsupported PNG');
  if (colorType === 3 && !palette) throw new Error('PNG palette missing');
  const compressed = Buffer.concat(data);

  // The common opaque cases go in undecoded: viewers undo PNG's row filters themselves.
  if (interlace === 0 && !transparency && depth === 8 && (colorType === 0 || colorType === 2 || colorType === 3)) {
    const colorSpace =
      colorType === 3
        ? `[/Indexed /DeviceRGB ${(palette as Buffer).length / 3 - 1} <${(palette as Buffer).toString('hex')}>]`
        : colorType === 0
          ? '/DeviceGray'
          : '/DeviceRGB';
    return {
      width,
      height,
      colorSpace,
      bitsPerComponent: 8,
      filter: '/FlateDecode',
      decodeParms: `<< /Predictor 15 /Colors ${channels} /BitsPerComponent 8 /Columns ${width} >>`,
      data: compressed,
    };
  }
  if (width * height > MAX_PIXELS) throw new Error('PNG too large');
  // Never more than the pixels need: a small file that inflates to gigabytes is refused, not read.
  const raw = inflateSync(compressed, { maxOutputLength: rawLength(passesOf(width, height, channels * depth, interlace === 1)) });
  const { rgb, alpha } = decodePng(raw, { width, height, depth, colorType, interlace, palette, transparency });
  return {
    width,
    height,
    colorSpace: '/DeviceRGB',
    bitsPerComponent: 8,
    filter: '/FlateDecode',
    data: deflateSync(rgb),
    alpha: alpha ? deflateSync(alpha) : undefined,
  };
}

/** A logo's largest size (shared/author.ts allows 4 000 × 4 000 pixels). */
const MAX_PIXELS = 4000 * 4000;

interface Pass {
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  columns: number;
  rows: number;
  rowBytes: number;
}

/** The passes a PNG's rows come in (one, or Adam7's seven), each with its size; empty passes left out. */
function passesOf(width: number, height: number, bitsPerPixel: number, interlaced: boolean): Pass[] {
  return (interlaced ? ADAM7 : [[0, 0, 1, 1]]).flatMap(([x0, y0, dx, dy]) => {
    const columns = Math.ceil((width - x0) / dx);
    const rows = Math.ceil((height - y0) / dy);
    return columns > 0 && rows > 0 ? [{ x0, y0, dx, dy, columns, rows, rowBytes: Math.ceil((columns * bitsPerPixel) / 8) }] : [];
  });
}

/** The bytes of a PNG's filtered rows: a filter byte and the packed pixels of each row of each pass. */
const rawLength = (passes: Pass[]): number => passes.reduce((length, pass) => length + pass.rows * (1 + pass.rowBytes), 0);

interface PngFacts {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlace: number;
  palette: Buffer | null;
  transparency: Buffer | null;
}

/** Any PNG's pixels as 8-bit RGB, and its alpha when some pixel is not opaque. */
export function decodePng(raw: Buffer, png: PngFacts): { rgb: Buffer; alpha: Buffer | null } {
  const { width, height, depth, colorType, palette, transparency } = png;
  const channels = CHANNELS[colorType];
  const bitsPerPixel = channels * depth;
  const filterStep = Math.max(1, bitsPerPixel >> 3);
  const rgb = Buffer.alloc(width * height * 3);
  const alpha = Buffer.alloc(width * height, 255);
  const maxSample = (1 << depth) - 1;
  const toByte = (sample: number) => (depth === 16 ? sample >> 8 : depth === 8 ? sample : Math.round((sample * 255) / maxSample));
  const key = transparency && (colorType === 0 || colorType === 2) ? transparency : null;
  let translucent = false;

  let at = 0;
  for (const { x0, y0, dx, dy, columns, rows, rowBytes } of passesOf(width, height, bitsPerPixel, png.interlace === 1)) {
    let previous = Buffer.alloc(rowBytes);
    for (let row = 0; row < rows; row += 1) {
      if (at + 1 + rowBytes > raw.length) throw new Error('PNG pixels cut short');
      const filter = raw[at];
      const line = Buffer.from(raw.subarray(at + 1, at + 1 + rowBytes));
      at += 1 + rowBytes;
      unfilter(filter, line, previous, filterStep);
      previous = line;
      const sample = (index: number): number => {
        if (depth === 8) return line[index];
        if (depth === 16) return line.readUInt16BE(index * 2);
        const bit = index * depth;
        return (line[bit >> 3] >> (8 - depth - (bit & 7))) & maxSample;
      };
      for (let column = 0; column < columns; column += 1) {
        const pixel = (y0 + row * dy) * width + x0 + column * dx;
        const first = column * channels;
        let r: number, g: number, b: number;
        let a = 255;
        if (colorType === 3) {
          const index = sample(first);
          if (index * 3 + 2 >= (palette as Buffer).length) throw new Error('PNG palette index out of range');
          [r, g, b] = [(palette as Buffer)[index * 3], (palette as Buffer)[index * 3 + 1], (palette as Buffer)[index * 3 + 2]];
          if (transparency && index < transparency.length) a = transparency[index];
        } else if (colorType === 0 || colorType === 4) {
          const gray = sample(first);
          r = g = b = toByte(gray);
          if (colorType === 4) a = toByte(sample(first + 1));
          else if (key && key.length >= 2 && gray === key.readUInt16BE(0)) a = 0;
        } else {
          const [sr, sg, sb] = [sample(first), sample(first + 1), sample(first + 2)];
          [r, g, b] = [toByte(sr), toByte(sg), toByte(sb)];
          if (colorType === 6) a = toByte(sample(first + 3));
          else if (key && key.length >= 6 && sr === key.readUInt16BE(0) && sg === key.readUInt16BE(2) && sb === key.readUInt16BE(4)) a = 0;
        }
        rgb[pixel * 3] = r;
        rgb[pixel * 3 + 1] = g;
        rgb[pixel * 3 + 2] = b;
        alpha[pixel] = a;
        if (a !== 255) translucent = true;
      }
    }
  }
  return { rgb, alpha: translucent ? alpha : null };
}

/** Undoes one of PNG's five row filters in place, against the row above. */
function unfilter(filter: number, line: Buffer, above: Buffer, step: number): void {
  for (let index = 0; index < line.length; index += 1) {
    const left = index >= step ? line[index - step] : 0;
    const up = above[index] ?? 0;
    const upLeft = index >= step ? (above[index - step] ?? 0) : 0;
    let predicted: number;
    if (filter === 0) return;
    else if (filter === 1) predicted = left;
    else if (filter === 2) predicted = up;
    else if (filter === 3) predicted = (left + up) >> 1;
    else if (filter === 4) {
      const estimate = left + up - upLeft;
      const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
      predicted = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    } else throw new Error('unknown PNG row filter');
    line[index] = (line[index] + predicted) & 0xff;
  }
}

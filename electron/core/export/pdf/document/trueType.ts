import { md5Tag } from './pdfSyntax';

/**
 * What the report needs from a TrueType font: the glyph of each character, its advance width, the
 * metrics a PDF font descriptor states, and a subset that keeps only the glyphs a document drew.
 * Parsed once per process (fonts.ts); the per-document part is the set of glyphs used.
 */
export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: [number, number, number, number];
  readonly glyphCount: number;
  private readonly tables = new Map<string, Buffer>();
  private readonly bmp: Uint16Array;
  private readonly astral = new Map<number, number>();
  private readonly advances: Uint16Array;
  private readonly glyphOffsets: Uint32Array;

  constructor(
    readonly postScriptName: string,
    private readonly bytes: Buffer,
  ) {
    if (bytes.length < 12) throw new Error('not a TrueType font');
    const count = bytes.readUInt16BE(4);
    for (let index = 0; index < count; index += 1) {
      const record = 12 + index * 16;
      const tag = bytes.toString('latin1', record, record + 4);
      const offset = bytes.readUInt32BE(record + 8);
      this.tables.set(tag, bytes.subarray(offset, offset + bytes.readUInt32BE(record + 12)));
    }
    const head = this.table('head');
    const hhea = this.table('hhea');
    this.unitsPerEm = head.readUInt16BE(18);
    this.bbox = [head.readInt16BE(36), head.readInt16BE(38), head.readInt16BE(40), head.readInt16BE(42)];
    this.ascent = hhea.readInt16BE(4);
    this.descent = hhea.readInt16BE(6);
    const os2 = this.tables.get('OS/2');
    this.capHeight = os2 && os2.readUInt16BE(0) >= 2 ? os2.readInt16BE(88) : this.ascent;
    this.glyphCount = this.table('maxp').readUInt16BE(4);

    // DataView rather than Buffer's readers in the loops: they run once per process, before the
    // engine has optimised anything, where Buffer's readers cost several times more.
    const hmtx = view(this.table('hmtx'));
    const metrics = hhea.readUInt16BE(34);
    this.advances = new Uint16Array(this.glyphCount);
    for (let glyph = 0; glyph < this.glyphCount; glyph += 1) this.advances[glyph] = hmtx.getUint16(4 * Math.min(glyph, metrics - 1));

    const loca = view(this.table('loca'));
    const long = head.readInt16BE(50) === 1;
    this.glyphOffsets = new Uint32Array(this.glyphCount + 1);
    for (let glyph = 0; glyph <= this.glyphCount; glyph += 1) this.glyphOffsets[glyph] = long ? loca.getUint32(glyph * 4) : loca.getUint16(glyph * 2) * 2;

    this.bmp = new Uint16Array(0x10000);
    this.readCmap();
  }

  private table(tag: string): Buffer {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`TrueType font without a ${tag} table`);
    return table;
  }

  /** The Unicode cmap: format 12 (every plane) where the font has one, else format 4 (the BMP). */
  private readCmap(): void {
    const cmap = view(this.table('cmap'));
    const subtables = Array.from({ length: cmap.getUint16(2) }, (_, index) => {
      const record = 4 + index * 8;
      const offset = cmap.getUint32(record + 4);
      return { platform: cmap.getUint16(record), encoding: cmap.getUint16(record + 2), offset, format: cmap.getUint16(offset) };
    });
    const unicode = (s: { platform: number; encoding: number }) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
    const full = subtables.find((s) => unicode(s) && s.format === 12);
    const basic = subtables.find((s) => unicode(s) && s.format === 4);
    if (full) {
      const groups = cmap.getUint32(full.offset + 12);
      for (let group = 0; group < groups; group += 1) {
        const at = full.offset + 16 + group * 12;
        const first = cmap.getUint32(at);
        const last = cmap.getUint32(at + 4);
        const glyph = cmap.getUint32(at + 8);
        for (let code = first; code <= last; code += 1) this.map(code, glyph + code - first);
      }
    } else if (basic) {
      const at = basic.offset;
      const segments = cmap.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const ranges = deltas + segments * 2;
      for (let segment = 0; segment < segments; segment += 1) {
        const start = cmap.getUint16(starts + segment * 2);
        const end = cmap.getUint16(ends + segment * 2);
        const delta = cmap.getUint16(deltas + segment * 2);
        const range = cmap.getUint16(ranges + segment * 2);
        for (let code = start; code <= end && code !== 0xffff; code += 1) {
          let glyph: number;
          if (range === 0) glyph = (code + delta) & 0xffff;
          else {
            const raw = cmap.getUint16(ranges + segment * 2 + range + (code - start) * 2);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          this.map(code, glyph);
        }
      }
    } else throw new Error('TrueType font without a Unicode cmap');
  }

  private map(code: number, glyph: number): void {
    if (glyph >= this.glyphCount) return;
    if (code < 0x10000) this.bmp[code] = glyph;
    else this.astral.set(code, glyph);
  }

  /** The glyph drawn for a character: 0 (.notdef, an empty box) where the font has none. */
  glyphOf(codePoint: number): number {
    return codePoint < 0x10000 ? this.bmp[codePoint] : (this.astral.get(codePoint) ?? 0);
  }

  /** The characters the font draws. */
  codePoints(): number[] {
    const found: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if (this.bmp[code] !== 0) found.push(code);
    return [...found, ...this.astral.keys()];
  }

  advance(glyph: number): number {
    return this.advances[glyph];
  }

  private glyphData(glyph: number): Buffer {
    return this.table('glyf').subarray(this.glyphOffsets[glyph], this.glyphOffsets[glyph + 1]);
  }

  /** The glyphs a composite glyph is built from (an accented letter from its letter and accent). */
  private components(glyph: number): number[] {
    const data = this.glyphData(glyph);
    if (data.length < 10 || data.readInt16BE(0) >= 0) return [];
    const found: number[] = [];
    let at = 10;
    for (;;) {
      const flags = data.readUInt16BE(at);
      found.push(data.readUInt16BE(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) return found;
    }
  }

  /**
   * The font with only `used` glyphs drawn (and the glyphs they are built from); every other glyph is
   * kept empty so that glyph numbers stay the same (the PDF font maps its codes to glyphs one to one).
   * Tables a PDF viewer does not read for an embedded CID font (cmap, name, post) are left out.
   */
  subset(used: Iterable<number>): { bytes: Buffer; tag: string } {
    const keep = new Set<number>([0]);
    const pending = [...used];
    while (pending.length > 0) {
      const glyph = pending.pop() as number;
      if (glyph >= this.glyphCount || keep.has(glyph)) continue;
      keep.add(glyph);
      pending.push(...this.components(glyph));
    }
    const pieces: Buffer[] = [];
    const loca = Buffer.alloc((this.glyphCount + 1) * 4);
    const locaView = view(loca);
    let offset = 0;
    for (let glyph = 0; glyph < this.glyphCount; glyph += 1) {
      locaView.setUint32(glyph * 4, offset);
      if (!keep.has(glyph)) continue;
      const data = this.glyphData(glyph);
      const padded = (data.length + 3) & ~3;
      pieces.push(data, Buffer.alloc(padded - data.length));
      offset += padded;
    }
    locaView.setUint32(this.glyphCount * 4, offset);
    const head = Buffer.from(this.table('head'));
    head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    head.writeInt16BE(1, 50); // long loca offsets
    const tables: [string, Buffer][] = [
      ['glyf', Buffer.concat(pieces)],
      ['head', head],
      ['hhea', this.table('hhea')],
      ['hmtx', this.table('hmtx')],
      ['loca', loca],
      ['maxp', this.table('maxp')],
      ...(['cvt ', 'fpgm', 'prep'] as const).flatMap((tag): [string, Buffer][] => (this.tables.has(tag) ? [[tag, this.table(tag)]] : [])),
    ];
    tables.sort(([a], [b]) => (a < b ? -1 : 1));
    const bytes = sfnt(tables);
    bytes.writeUInt32BE((0xb1b0afba - checksum(bytes)) >>> 0, headOffset(bytes) + 8);
    return { bytes, tag: md5Tag([...keep].sort((a, b) => a - b).join(',')) };
  }
}

const view = (data: Buffer): DataView => new DataView(data.buffer, data.byteOffset, data.byteLength);

/** A table's checksum: the sum of its big-endian 32-bit words, the last one padded with zeros. */
function checksum(data: Buffer): number {
  const words = view(data);
  let sum = 0;
  const whole = data.length & ~3;
  for (let at = 0; at < whole; at += 4) sum = (sum + words.getUint32(at)) >>> 0;
  if (whole < data.length) sum = (sum + Buffer.concat([data.subarray(whole), Buffer.alloc(4)]).readUInt32BE(0)) >>> 0;
  return sum;
}

/** A font file from its tables, sorted by tag, each at an offset that is a multiple of four. */
function sfnt(tables: [string, Buffer][]): Buffer {
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach(([tag, data], index) => {
    const record = 12 + index * 16;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(checksum(data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    const padded = (data.length + 3) & ~3;
    bodies.push(data, Buffer.alloc(padded - data.length));
    offset += padded;
  });
  return Buffer.concat([header, ...bodies]);
}

function headOffset(font: Buffer): number {
  for (let index = 0; index < font.readUInt16BE(4); index += 1) {
    const record = 12 + index * 16;
    if (font.toString('latin1', record, record + 4) === 'head') return font.readUInt32BE(record + 8);
  }
  throw new Error('no head table');
}

import { deflateSync } from 'node:zlib';
import { readImage, type PdfImage } from './image';
import { num, pdfDate, rgb, textString } from './pdfSyntax';
import type { TrueTypeFont } from './trueType';

/** Points per millimetre: the report lays out in millimetres, PDF draws in points. */
const K = 72 / 25.4;
/** A4 in points, as PDF writers round it. */
const A4 = { width: 595.28, height: 841.89 };

export type Weight = 'normal' | 'bold';
export type PageOrientation = 'portrait' | 'landscape';

/** What was last set on a page's content, so that each operator is written only when it changes. */
interface Page {
  width: number;
  height: number;
  content: string[];
  font: string;
  fill: string;
  stroke: string;
  lineWidth: number;
  dash: string;
}

/** The glyphs a document drew with one font, and the character each stands for (text extraction). */
class FontUse {
  readonly toUnicode = new Map<number, number>();
  private readonly encoded = new Map<string, string>();
  constructor(
    readonly font: TrueTypeFont,
    readonly resource: string,
  ) {}

  /** The text as the hex string of its glyph numbers (two bytes each: Identity-H). */
  encode(value: string): string {
    let hex = this.encoded.get(value);
    if (hex !== undefined) return hex;
    hex = '';
    forEachCodePoint(value, (code) => {
      const glyph = this.font.glyphOf(code);
      if (!this.toUnicode.has(glyph)) this.toUnicode.set(glyph, code);
      hex += HEX4[glyph] ?? glyph.toString(16).padStart(4, '0');
    });
    this.encoded.set(value, hex);
    return hex;
  }
}

const HEX4 = Array.from({ length: 4096 }, (_, glyph) => glyph.toString(16).padStart(4, '0'));

function forEachCodePoint(value: string, visit: (code: number) => void): void {
  for (let index = 0; index < value.length; index += 1) {
    let code = value.charCodeAt(index);
    if (code >= 0xd800 && code < 0xdc00 && index + 1 < value.length) {
      const low = value.charCodeAt(index + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        index += 1;
      }
    }
    visit(code);
  }
}

/**
 * A PDF being drawn: A4 pages in millimetres from the top left, text in an embedded TrueType font
 * (subset to the glyphs used), filled rectangles, lines, one kind of image. Only what the report
 * draws; decision 015 says why it is ours rather than jsPDF.
 */
export class PdfDocument {
  private readonly pages: Page[] = [];
  private current!: Page;
  private readonly fonts: Record<Weight, FontUse>;
  private font: FontUse;
  private fontSize = 10;
  private readonly images: PdfImage[] = [];
  private info: Record<string, string> = {};
  private language = 'fr-FR';
  private createdAt = new Date(0);
  private fileId = '00000000000000000000000000000000';

  constructor(fonts: Record<Weight, TrueTypeFont>) {
    this.fonts = { normal: new FontUse(fonts.normal, 'F1'), bold: new FontUse(fonts.bold, 'F2') };
    this.font = this.fonts.normal;
    this.addPage('portrait');
  }

  addPage(orientation: PageOrientation): void {
    const [width, height] = orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
    this.current = { width, height, content: [], font: '', fill: '0 0 0', stroke: '0 0 0', lineWidth: 1, dash: '[] 0' };
    this.pages.push(this.current);
  }

  get pageCount(): number {
    return this.pages.length;
  }

  setPage(page: number): void {
    this.current = this.pages[page - 1];
  }

  deletePage(page: number): void {
    const [removed] = this.pages.splice(page - 1, 1);
    if (removed === this.current) this.current = this.pages[Math.min(page - 1, this.pages.length - 1)];
  }

  /** The current page's size in millimetres. */
  get pageWidth(): number {
    return this.current.width / K;
  }
  get pageHeight(): number {
    return this.current.height / K;
  }

  setFont(weight: Weight, size: number): void {
    this.font = this.fonts[weight];
    this.fontSize = size;
  }

  /** The width of `value` in millimetres, in the font and size given (no kerning, as drawn). */
  textWidth(value: string, weight: Weight, size: number): number {
    const font = this.fonts[weight].font;
    let units = 0;
    forEachCodePoint(value, (code) => (units += font.advance(font.glyphOf(code))));
    return (units * size) / font.unitsPerEm / K;
  }

  setTextColor(hex: string): void {
    this.setFillColor(hex);
  }

  /** Text and filled shapes share PDF's one fill colour. */
  setFillColor(hex: string): void {
    const color = rgb(hex);
    if (this.current.fill !== color) this.current.content.push(`${color} rg`);
    this.current.fill = color;
  }

  setDrawColor(hex: string): void {
    const color = rgb(hex);
    if (this.current.stroke !== color) this.current.content.push(`${color} RG`);
    this.current.stroke = color;
  }

  setLineWidth(width: number): void {
    if (this.current.lineWidth !== width) this.current.content.push(`${num(width * K)} w`);
    this.current.lineWidth = width;
  }

  /** Dashes and gaps in millimetres; an empty pattern draws solid lines again. */
  setLineDash(pattern: number[], phase = 0): void {
    const dash = `[${pattern.map((length) => num(length * K)).join(' ')}] ${num(phase * K)}`;
    if (this.current.dash !== dash) this.current.content.push(`${dash} d`);
    this.current.dash = dash;
  }

  /** One line of text, its baseline's left end at (x, y); `upward` turns it a quarter turn. */
  text(value: string, x: number, y: number, upward = false): void {
    const page = this.current;
    const fontKey = `/${this.font.resource} ${num(this.fontSize)} Tf`;
    if (page.font !== fontKey) page.content.push(fontKey);
    page.font = fontKey;
    const [px, py] = [num(x * K), num(page.height - y * K)];
    const place = upward ? `0 1 -1 0 ${px} ${py} Tm` : `${px} ${py} Td`;
    page.content.push(`BT ${place} <${this.font.encode(value)}> Tj ET`);
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    const page = this.current;
    page.content.push(`${num(x * K)} ${num(page.height - (y + height) * K)} ${num(width * K)} ${num(height * K)} re f`);
  }

  line(x1: number, y1: number, x2: number, y2: number): void {
    const page = this.current;
    page.content.push(`${num(x1 * K)} ${num(page.height - y1 * K)} m ${num(x2 * K)} ${num(page.height - y2 * K)} l S`);
  }

  /** A PNG or JPEG scaled into the box; throws, drawing nothing, on an image it cannot read. */
  image(bytes: Buffer, x: number, y: number, width: number, height: number): void {
    const image = readImage(bytes);
    this.images.push(image);
    const page = this.current;
    page.content.push(`q ${num(width * K)} 0 0 ${num(height * K)} ${num(x * K)} ${num(page.height - (y + height) * K)} cm /Im${this.images.length} Do Q`);
  }

  setInfo(info: { title: string; subject: string; author: string; creator: string }): void {
    this.info = { Title: info.title, Subject: info.subject, Author: info.author, Creator: info.creator, Producer: info.creator };
  }

  setLanguage(tag: string): void {
    this.language = tag;
  }

  setCreationDate(date: Date): void {
    this.createdAt = date;
  }

  /** The file identifier: 32 hex digits. */
  setFileId(hex: string): void {
    this.fileId = hex;
  }

  /** The finished file. */
  output(): Buffer {
    const writer = new ObjectWriter();
    const catalog = writer.reserve();
    const pagesTree = writer.reserve();
    const resources = writer.reserve();
    const infoObject = writer.reserve();

    const fontRefs = (Object.values(this.fonts) as FontUse[]).filter((use) => use.toUnicode.size > 0).map((use) => `/${use.resource} ${this.writeFont(writer, use)} 0 R`);
    const imageRefs = this.images.map((image, index) => `/Im${index + 1} ${this.writeImage(writer, image)} 0 R`);
    writer.set(resources, `<< /ProcSet [/PDF /Text /ImageC] /Font << ${fontRefs.join(' ')} >>${imageRefs.length ? ` /XObject << ${imageRefs.join(' ')} >>` : ''} >>`);

    const kids = this.pages.map((page) => {
      const contents = writer.stream('', Buffer.from(page.content.join('\n'), 'latin1'));
      return writer.add(`<< /Type /Page /Parent ${pagesTree} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources ${resources} 0 R /Contents ${contents} 0 R >>`);
    });
    writer.set(pagesTree, `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`);
    writer.set(catalog, `<< /Type /Catalog /Pages ${pagesTree} 0 R /Lang ${textString(this.language)} >>`);
    const fields = Object.entries(this.info).map(([key, value]) => `/${key} ${textString(value)}`);
    writer.set(infoObject, `<< ${fields.join(' ')} /CreationDate ${pdfDate(this.createdAt)} >>`);
    return writer.finish(catalog, infoObject, this.fileId);
  }

  private writeFont(writer: ObjectWriter, use: FontUse): number {
    const { font } = use;
    const scale = 1000 / font.unitsPerEm;
    const glyphs = [...use.toUnicode.keys()].sort((a, b) => a - b);
    const subset = font.subset(glyphs);
    const name = `/${subset.tag}+${font.postScriptName}`;
    const file = writer.stream(`/Length1 ${subset.bytes.length}`, subset.bytes);
    const [xMin, yMin, xMax, yMax] = font.bbox.map((value) => Math.round(value * scale));
    const descriptor = writer.add(
      `<< /Type /FontDescriptor /FontName ${name} /Flags 32 /FontBBox [${xMin} ${yMin} ${xMax} ${yMax}] /ItalicAngle 0 ` +
        `/Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)} /CapHeight ${Math.round(font.capHeight * scale)} /StemV 80 /FontFile2 ${file} 0 R >>`,
    );
    const widths = glyphs.map((glyph) => `${glyph} [${Math.round(font.advance(glyph) * scale)}]`).join(' ');
    const cidFont = writer.add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
        `/FontDescriptor ${descriptor} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
    );
    const toUnicode = writer.stream('', Buffer.from(toUnicodeCMap(use.toUnicode), 'latin1'));
    return writer.add(`<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  }

  private writeImage(writer: ObjectWriter, image: PdfImage): number {
    const common = `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /BitsPerComponent ${image.bitsPerComponent}`;
    const mask = image.alpha ? writer.stream(`${common} /ColorSpace /DeviceGray /Filter /FlateDecode`, image.alpha, false) : null;
    const extra = [
      `/ColorSpace ${image.colorSpace} /Filter ${image.filter}`,
      image.decodeParms ? `/DecodeParms ${image.decodeParms}` : '',
      image.decode ? `/Decode ${image.decode}` : '',
      mask ? `/SMask ${mask} 0 R` : '',
    ].filter((part) => part !== '');
    return writer.stream(`${common} ${extra.join(' ')}`, image.data, false);
  }
}

/**
 * The map from glyph numbers back to characters, so that text can be searched and copied. Glyph 0,
 * drawn for every character the font lacks, maps to none: it stands for no one character.
 */
function toUnicodeCMap(toUnicode: Map<number, number>): string {
  const entries = [...toUnicode].filter(([glyph]) => glyph !== 0).sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    const lines = block.map(([glyph, code]) => `<${glyph.toString(16).padStart(4, '0')}> <${utf16Hex(code)}>`);
    blocks.push(`${block.length} beginbfchar\n${lines.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function utf16Hex(code: number): string {
  if (code < 0x10000) return code.toString(16).padStart(4, '0');
  const offset = code - 0x10000;
  return `${(0xd800 + (offset >> 10)).toString(16)}${(0xdc00 + (offset & 0x3ff)).toString(16)}`;
}

/** Numbered objects written one after the other, then the cross-reference table that finds them. */
class ObjectWriter {
  private readonly bodies: (Buffer | null)[] = [];

  reserve(): number {
    this.bodies.push(null);
    return this.bodies.length;
  }

  set(number: number, dictionary: string): void {
    this.bodies[number - 1] = Buffer.from(`${number} 0 obj\n${dictionary}\nendobj\n`, 'latin1');
  }

  add(dictionary: string): number {
    const number = this.reserve();
    this.set(number, dictionary);
    return number;
  }

  /** A stream object; its data deflated here unless the caller says it already is encoded. */
  stream(dictionary: string, data: Buffer, deflate = true): number {
    const number = this.reserve();
    const body = deflate ? deflateSync(data) : data;
    const filter = deflate ? ' /Filter /FlateDecode' : '';
    const head = Buffer.from(`${number} 0 obj\n<< /Length ${body.length}${filter}${dictionary ? ` ${dictionary}` : ''} >>\nstream\n`, 'latin1');
    this.bodies[number - 1] = Buffer.concat([head, body, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    return number;
  }

  finish(root: number, info: number, fileId: string): Buffer {
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = parts[0].length;
    const offsets: number[] = [];
    for (const body of this.bodies) {
      if (!body) throw new Error('PDF object reserved but never written');
      offsets.push(offset);
      parts.push(body);
      offset += body.length;
    }
    const xref = [`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`, ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
    const trailer = `trailer\n<< /Size ${offsets.length + 1} /Root ${root} 0 R /Info ${info} 0 R /ID [<${fileId}> <${fileId}>] >>\nstartxref\n${offset}\n%%EOF\n`;
    parts.push(Buffer.from(xref + trailer, 'latin1'));
    return Buffer.concat(parts);
  }
}

import { inflateRawSync } from 'node:zlib';

/**
 * The workbook's files as bytes, read with a minimal zip reader: the tests check what the file
 * really holds (formulas and their cached <v> values) rather than what a library reads back.
 */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const method = bytes.readUInt16LE(offset + 10);
    const compressed = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export interface RawCell {
  /** The cell's t attribute: s (shared string), str (formula text result), n or absent (number). */
  type: string | null;
  formula: string | null;
  value: string | null;
}

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every cell of every sheet, by sheet name then address, as written in the XML. */
export function rawSheets(bytes: Buffer): Map<string, Map<string, RawCell>> {
  const files = unzip(bytes);
  const workbook = files.get('xl/workbook.xml')!.toString('utf8');
  const rels = files.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((match) => [match[1], match[2]]));
  const sheets = new Map<string, Map<string, RawCell>>();
  for (const match of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(match[2])!.replace(/^\/?(xl\/)?/, '');
    const xml = files.get(`xl/${target}`)!.toString('utf8');
    const cells = new Map<string, RawCell>();
    for (const cell of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const type = /\bt="([^"]+)"/.exec(cell[2])?.[1] ?? null;
      const formula = /<f[^>]*>(.*?)<\/f>/.exec(cell[3] ?? '')?.[1];
      const value = /<v>(.*?)<\/v>/.exec(cell[3] ?? '')?.[1];
      cells.set(cell[1], { type, formula: formula === undefined ? null : decode(formula), value: value === undefined ? null : decode(value) });
    }
    sheets.set(decode(match[1]), cells);
  }
  return sheets;
}

import { crc32, deflateRawSync } from 'node:zlib';

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

/**
 * A zip archive (the container of an .xlsx) written with Node's native deflate: exceljs hands its
 * parts to JSZip, whose deflate and checksums in JavaScript took a third of a large workbook's export.
 * Entries keep the order they were added in; every entry has the same date, so that the same plan and
 * options give the same bytes.
 */
export class ZipArchive {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly parts: Buffer[] = [];
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(date: Date) {
    this.dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
    this.dosDate = ((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  }

  /** The shape exceljs writes its parts with: text, bytes, or base64 text (its images). */
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, options.base64 ? 'base64' : 'utf8') : Buffer.from(data);
    const name = Buffer.from(options.name, 'utf8');
    const compressed = deflateRawSync(bytes);
    const entry: Entry = { name, crc: crc32(bytes), size: bytes.length, data: compressed, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    this.describe(header, 4, entry);
    header.writeUInt16LE(name.length, 26);
    this.parts.push(header, name, compressed);
    this.offset += header.length + name.length + compressed.length;
    this.entries.push(entry);
  }

  /** Version, flags (UTF-8 names), method, date, CRC and sizes: the same in both headers of an entry. */
  private describe(target: Buffer, at: number, entry: Entry): void {
    target.writeUInt16LE(20, at);
    target.writeUInt16LE(0x0800, at + 2);
    target.writeUInt16LE(8, at + 4);
    target.writeUInt16LE(this.dosTime, at + 6);
    target.writeUInt16LE(this.dosDate, at + 8);
    target.writeUInt32LE(entry.crc, at + 10);
    target.writeUInt32LE(entry.data.length, at + 14);
    target.writeUInt32LE(entry.size, at + 18);
  }

  toBuffer(): Buffer {
    const directory: Buffer[] = [];
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      this.describe(record, 6, entry);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      directory.push(record, entry.name);
    }
    const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.parts, ...directory, end]);
  }
}

import { inflateRawSync } from 'node:zlib';
import type { ImportLimits } from '../../../shared/importActions';
import { ImportFailure } from './failure';

/**
 * An XLSX is a zip. Before exceljs (through jszip) expands anything, we read the zip's central
 * directory ourselves and refuse a zip bomb: too many entries, too much declared content, or an
 * absurd compression ratio. The declared sizes can lie, so `verifyZipEntries` then expands each
 * entry with a hard cap at its declared size: what exceljs expands afterwards is bounded too.
 * Buffers live outside the V8 heap, so the worker's memory limit alone would not stop a bomb.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/** Small entries compress absurdly well too (an empty sheet); only big ones can hurt. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const unreadable = () => new ImportFailure('unreadableWorkbook');

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw unreadable();
}

/** Sizes that do not fit 32 bits sit in the zip64 extra field (id 1), in this order. */
function readZip64Sizes(view: DataView, extraStart: number, extraLength: number, entry: ZipEntry): void {
  let offset = extraStart;
  while (offset + 4 <= extraStart + extraLength) {
    const headerId = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    if (headerId === 1) {
      let field = offset + 4;
      const next = (): number => {
        if (field + 8 > offset + 4 + size) throw unreadable();
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === ZIP64_MARKER) entry.uncompressedSize = next();
      if (entry.compressedSize === ZIP64_MARKER) entry.compressedSize = next();
      if (entry.localHeaderOffset === ZIP64_MARKER) entry.localHeaderOffset = next();
      return;
    }
    offset += 4 + size;
  }
  throw unreadable();
}

/** Reads the central directory only (no expansion) and applies the size limits. */
export function inspectZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw unreadable();
  const end = findEndOfCentralDirectory(view);
  const entryCount = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // 0xffff entries or a 0xffffffff offset mean a zip64 directory: never needed for a 10 MB file.
  if (entryCount === 0xffff || directoryOffset === ZIP64_MARKER) throw new ImportFailure('tooManyZipEntries', { max: limits.maxZipEntries });
  if (entryCount > limits.maxZipEntries) throw new ImportFailure('tooManyZipEntries', { max: limits.maxZipEntries });

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let total = 0;
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) throw unreadable();
    const flags = view.getUint16(offset + 8, true);
    if (flags & 1) throw unreadable(); // encrypted entry
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength + extraLength + commentLength > bytes.length) throw unreadable();
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    if ([entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].includes(ZIP64_MARKER)) {
      readZip64Sizes(view, offset + 46 + nameLength, extraLength, entry);
    }
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new ImportFailure('uncompressedTooLarge', { maxMb: Math.round(limits.maxUncompressedBytes / (1024 * 1024)) });
    }
    if (entry.uncompressedSize >= RATIO_CHECK_FROM_BYTES && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
      throw new ImportFailure('suspiciousCompression', { maxRatio: limits.maxCompressionRatio });
    }
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Expands every entry once, each capped at its declared size: an entry that expands beyond what
 * the directory declared is a bomb in disguise. The expanded data is dropped at once.
 */
export function verifyZipEntries(bytes: Uint8Array, entries: ZipEntry[], limits: ImportLimits): void {
  const bomb = () => new ImportFailure('suspiciousCompression', { maxRatio: limits.maxCompressionRatio });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_FILE_HEADER) throw unreadable();
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (start + entry.compressedSize > bytes.length) throw unreadable();
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw unreadable();
      continue;
    }
    if (entry.method !== DEFLATED) throw unreadable();
    let expanded: Buffer;
    try {
      expanded = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb();
      }
      throw unreadable();
    }
    if (expanded.length !== entry.uncompressedSize) {
      throw expanded.length > entry.uncompressedSize ? bomb() : unreadable();
    }
  }
}

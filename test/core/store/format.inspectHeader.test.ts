import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, HEADER_SIZE, inspectHeader } from '../../../electron/core/store/format';

const APP_VERSION = 3;
const PAGE = 4096;

interface HeaderFields {
  applicationId?: number;
  userVersion?: number;
  magic?: string;
  pageSize?: number;
  writeVersion?: number;
  readVersion?: number;
  schemaFormat?: number;
  /** Pages the header says the file has; written as trustworthy (version-valid-for = change counter). */
  pageCount?: number;
}

/** A 100-byte SQLite header as SQLite writes it for a plan of ours, with the fields inspectHeader reads. */
function header({
  applicationId = APPLICATION_ID,
  userVersion = APP_VERSION,
  magic = 'SQLite format 3\0',
  pageSize = PAGE,
  writeVersion = 1,
  readVersion = 1,
  schemaFormat = 4,
  pageCount = 2,
}: HeaderFields = {}): Buffer {
  const bytes = Buffer.alloc(HEADER_SIZE);
  bytes.write(magic, 0, 'latin1');
  bytes.writeUInt16BE(pageSize === 65_536 ? 1 : pageSize, 16);
  bytes[18] = writeVersion;
  bytes[19] = readVersion;
  bytes.set([64, 32, 32], 21);
  bytes.writeUInt32BE(7, 24);
  bytes.writeUInt32BE(pageCount, 28);
  bytes.writeUInt32BE(schemaFormat, 44);
  bytes.writeInt32BE(userVersion, 60);
  bytes.writeInt32BE(applicationId, 68);
  bytes.writeUInt32BE(7, 92);
  return bytes;
}

describe('inspectHeader', () => {
  it('accepts our header at the app version, or older, and gives the file version', () => {
    expect(inspectHeader(header(), 2 * PAGE, APP_VERSION)).toEqual({ ok: true, value: { userVersion: APP_VERSION, pageSize: PAGE } });
    expect(inspectHeader(header({ userVersion: 1 }), 2 * PAGE, APP_VERSION)).toEqual({ ok: true, value: { userVersion: 1, pageSize: PAGE } });
  });

  it('calls a zero-byte file empty, before looking at the header', () => {
    expect(inspectHeader(Buffer.alloc(0), 0, APP_VERSION)).toEqual({ ok: false, error: { code: 'emptyFile' } });
  });

  it.each([
    ['a file shorter than a header', header(), 99],
    ['a header cut short', header().subarray(0, 60), 8192],
    ['another magic string', header({ magic: 'SQLite format 2\0' }), 8192],
    ['text', Buffer.from('Bonjour '.repeat(20)), 160],
  ])('calls %s notSqlite', (_, bytes, fileSize) => {
    expect(inspectHeader(bytes, fileSize, APP_VERSION)).toEqual({ ok: false, error: { code: 'notSqlite' } });
  });

  it.each([
    ['another application id', 0x12345678],
    ['no application id', 0],
  ])('calls a SQLite header with %s foreignDatabase', (_, applicationId) => {
    expect(inspectHeader(header({ applicationId }), 8192, APP_VERSION)).toEqual({
      ok: false,
      error: { code: 'foreignDatabase' },
    });
  });

  it('calls a version above the app newerVersion, with both versions', () => {
    expect(inspectHeader(header({ userVersion: APP_VERSION + 1 }), 8192, APP_VERSION)).toEqual({
      ok: false,
      error: { code: 'newerVersion', params: { fileVersion: APP_VERSION + 1, appVersion: APP_VERSION } },
    });
  });

  it.each([0, -5, -(2 ** 31)])('calls version %i invalidVersion, not an older one to migrate', (userVersion) => {
    expect(inspectHeader(header({ userVersion }), 8192, APP_VERSION)).toEqual({
      ok: false,
      error: { code: 'invalidVersion', params: { fileVersion: userVersion, appVersion: APP_VERSION } },
    });
  });

  it('checks the application id before the version', () => {
    const foreignAndNewer = header({ applicationId: 1, userVersion: APP_VERSION + 5 });
    expect(inspectHeader(foreignAndNewer, 8192, APP_VERSION)).toMatchObject({ error: { code: 'foreignDatabase' } });
  });

  it.each<[string, HeaderFields]>([
    ['a write version of 6', { writeVersion: 6 }],
    ['a read version of 6', { readVersion: 6 }],
    ['the WAL journal bytes (no plan of ours is in WAL mode)', { writeVersion: 2, readVersion: 2 }],
    ['a schema format of 9', { schemaFormat: 9 }],
    ['a schema format of 5', { schemaFormat: 5 }],
    ['a page size that is not a power of two', { pageSize: 1000 }],
    ['a page size below 512', { pageSize: 256 }],
  ])('calls a header with %s corrupted', (_, fields) => {
    expect(inspectHeader(header(fields), 8 * PAGE, APP_VERSION)).toEqual({ ok: false, error: { code: 'corrupted' } });
  });

  it('accepts the 65,536-byte page size, written as 1', () => {
    expect(inspectHeader(header({ pageSize: 65_536, pageCount: 1 }), 65_536, APP_VERSION)).toMatchObject({ ok: true });
  });

  it('calls a file shorter than its header says truncated, unless a crashed edit is about to be rolled back', () => {
    expect(inspectHeader(header({ pageCount: 10 }), 9 * PAGE, APP_VERSION)).toEqual({ ok: false, error: { code: 'truncated' } });
    expect(inspectHeader(header(), PAGE - 1, APP_VERSION)).toEqual({ ok: false, error: { code: 'truncated' } });
    expect(inspectHeader(header({ pageCount: 10 }), 9 * PAGE, APP_VERSION, { hotJournal: true })).toMatchObject({ ok: true });
    expect(inspectHeader(header({ pageCount: 10 }), 10 * PAGE, APP_VERSION)).toMatchObject({ ok: true });
  });
});

import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, HEADER_SIZE, inspectHeader } from '../../../electron/core/store/format';

const APP_VERSION = 3;

/** A 100-byte SQLite header with the fields inspectHeader reads. */
function header({ applicationId = APPLICATION_ID, userVersion = APP_VERSION, magic = 'SQLite format 3\0' } = {}): Buffer {
  const bytes = Buffer.alloc(HEADER_SIZE);
  bytes.write(magic, 0, 'latin1');
  bytes.writeUInt16BE(4096, 16);
  bytes.writeInt32BE(userVersion, 60);
  bytes.writeInt32BE(applicationId, 68);
  return bytes;
}

describe('inspectHeader', () => {
  it('accepts our header at the app version, or older, and gives the file version', () => {
    expect(inspectHeader(header(), 8192, APP_VERSION)).toEqual({ ok: true, value: { userVersion: APP_VERSION } });
    expect(inspectHeader(header({ userVersion: 1 }), 8192, APP_VERSION)).toEqual({ ok: true, value: { userVersion: 1 } });
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

  it('checks the application id before the version', () => {
    const foreignAndNewer = header({ applicationId: 1, userVersion: APP_VERSION + 5 });
    expect(inspectHeader(foreignAndNewer, 8192, APP_VERSION)).toMatchObject({ error: { code: 'foreignDatabase' } });
  });
});

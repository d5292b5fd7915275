import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { joinExcelJsXmlAsItGoes } from '../../../../electron/core/export/xlsx/xmlPieces';

interface XmlStream {
  _xml: unknown;
  readonly xml: string;
  openNode(name: string, attributes?: Record<string, unknown>): void;
  leafNode(name: string, attributes?: Record<string, unknown>, text?: string): void;
  closeNode(): void;
  addRollback(): number;
  commit(): void;
  rollback(): void;
}
const XmlStream = createRequire(import.meta.url)('exceljs/lib/utils/xml-stream.js') as new () => XmlStream;

/** The same writing on a stream with exceljs's own array and on one with XmlPieces. */
function writeBoth(write: (stream: XmlStream) => void): [string, string] {
  expect(joinExcelJsXmlAsItGoes()).toBe(true);
  const joined = new XmlStream();
  const plain = new XmlStream();
  plain._xml = [];
  expect(Array.isArray(joined._xml)).toBe(false);
  expect(Array.isArray(plain._xml)).toBe(true);
  write(joined);
  write(plain);
  return [joined.xml, plain.xml];
}

const rows = (stream: XmlStream, from: number, count: number) => {
  for (let n = from; n < from + count; n += 1) stream.leafNode('c', { r: `A${n}`, t: 's' }, `« ${n} » & <${n}>`);
};

describe('exceljs’s XML, joined as it is written (xmlPieces.ts)', () => {
  it('is the same text as exceljs’s own array gives, over many chunks', () => {
    const [joined, plain] = writeBoth((stream) => {
      stream.openNode('sheetData');
      rows(stream, 0, 30_000);
      stream.closeNode();
    });
    expect(joined).toBe(plain);
    expect(joined).toContain('<c r="A29999" t="s">« 29999 » &amp; &lt;29999&gt;</c></sheetData>');
  });

  it('undoes a rollback opened across a chunk’s limit, and keeps what a commit kept', () => {
    const [joined, plain] = writeBoth((stream) => {
      stream.openNode('worksheet');
      rows(stream, 0, 5_000);
      stream.addRollback();
      rows(stream, 5_000, 10_000); // far more pieces than one chunk, all undone
      stream.rollback();
      rows(stream, 15_000, 5_000);
      stream.addRollback();
      rows(stream, 20_000, 10_000);
      stream.commit();
      rows(stream, 30_000, 3);
      stream.closeNode();
    });
    expect(joined).toBe(plain);
    expect(joined).not.toContain('A5000"');
    expect(joined).toContain('A20000"');
  });
});

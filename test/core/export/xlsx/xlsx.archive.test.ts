import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../../electron/core/export/xlsx';
import { ZipArchive } from '../../../../electron/core/export/xlsx/zip';
import { authorOptions, frenchOptions, richPlan } from './fixtures';
import { unzip } from './rawXlsx';

describe('the workbook’s archive', () => {
  it('gives the same bytes for the same plan and options, and exceljs reads it back, logo included', async () => {
    const first = await exportXlsx(richPlan(), authorOptions);
    expect((await exportXlsx(richPlan(), authorOptions)).equals(first)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(first as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(5);
    expect(workbook.model.media).toHaveLength(1);
    expect([...unzip(first).keys()]).toContain('xl/media/image1.png');
  });

  it('holds each part whole, its checksum and date as written', () => {
    const zip = new ZipArchive(new Date('2027-03-04T05:06:08Z'));
    const text = 'Plan « Cœur de Lyon » — 1 250,00 €'.repeat(50);
    zip.append(text, { name: 'xl/é.xml' });
    zip.append(Buffer.from([0, 1, 2, 255]), { name: 'bytes.bin' });
    zip.append(Buffer.from('logo').toString('base64'), { name: 'media/logo.png', base64: true });
    const bytes = zip.toBuffer();
    const files = unzip(bytes);
    expect(files.get('xl/é.xml')?.toString('utf8')).toBe(text);
    expect([...(files.get('bytes.bin') ?? [])]).toEqual([0, 1, 2, 255]);
    expect(files.get('media/logo.png')?.toString()).toBe('logo');
    // The first local header: deflated, its CRC-32 that of the text, dated 4 March 2027 at 05:06:08.
    expect(bytes.readUInt16LE(8)).toBe(8);
    expect(bytes.readUInt32LE(14)).toBe(crc32(Buffer.from(text, 'utf8')));
    expect(bytes.readUInt16LE(12)).toBe(((2027 - 1980) << 9) | (3 << 5) | 4);
    expect(bytes.readUInt16LE(10)).toBe((5 << 11) | (6 << 5) | 4);
  });

  it('is written the same without an author or a logo', async () => {
    const bytes = await exportXlsx(richPlan(), frenchOptions);
    expect([...unzip(bytes).keys()].some((name) => name.startsWith('xl/media/'))).toBe(false);
    expect(unzip(bytes).get('[Content_Types].xml')?.toString()).toContain('spreadsheetml');
  });
});

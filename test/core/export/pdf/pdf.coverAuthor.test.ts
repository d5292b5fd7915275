import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { logoSize } from '../../../../electron/core/export/pdf/sections/cover';
import type { AuthorIdentity } from '../../../../shared/author';
import { fullPlan } from '../../../shared/fixtures/fullPlan';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, popplerMissing, runPoppler } from './pdfText';
import { makePng } from './png';

const author = (widthPx: number, heightPx: number, base64 = makePng(widthPx, heightPx).toString('base64')): AuthorIdentity => ({
  name: 'Claire Dubœuf',
  organisation: 'CCI Lyon Métropole — Atelier « Cap TPE »',
  contact: 'claire.duboeuf@example.fr\n04 72 00 00 00',
  logo: { mimeType: 'image/png', base64, widthPx, heightPx },
});

describe('the logo on the cover', () => {
  it('keeps the image’s proportions inside its box, wide or tall', () => {
    const wide = logoSize({ widthPx: 1200, heightPx: 300 });
    expect(wide.width / wide.height).toBeCloseTo(4, 6);
    expect(wide.width).toBeLessThanOrEqual(52);
    expect(wide.height).toBeLessThanOrEqual(26);
    const tall = logoSize({ widthPx: 200, heightPx: 800 });
    expect(tall.width / tall.height).toBeCloseTo(0.25, 6);
    expect(tall.height).toBeCloseTo(26, 6);
  });
});

describe.skipIf(!hasPoppler)(`the cover (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('names the plan, the company, the year, the date and the author, without a footer', async () => {
    const bytes = await exportPdf(fullPlan(), { ...frenchOptions, author: author(400, 100) });
    const cover = pdfPages(bytes)[0];
    for (const expected of [
      'PLAN MARKETING 2027',
      'Boulangerie Martin 2027',
      'Boulangerie-pâtisserie artisanale · Lyon 7e',
      'DOCUMENT PRÉPARÉ PAR',
      'Claire Dubœuf',
      'CCI Lyon Métropole — Atelier « Cap TPE »',
      'claire.duboeuf@example.fr',
      '04 72 00 00 00',
      // French writes the first day of a month as an ordinal.
      'Document établi le 1er octobre 2026',
    ]) {
      expect(cover).toContain(expected);
    }
    expect(cover).not.toMatch(/page \d+ \//);
  });

  it('embeds the logo once, scaled evenly (same resolution across and down)', async () => {
    const bytes = await exportPdf(fullPlan(), { ...frenchOptions, author: author(400, 100) });
    const images = runPoppler('pdfimages', ['-list'], bytes).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    const [page, , , width, height, , , , , , , , xPpi, yPpi] = images[0].trim().split(/\s+/);
    expect([page, width, height]).toEqual(['1', '400', '100']);
    expect(Number(xPpi)).toBeGreaterThan(100);
    expect(Number(xPpi)).toBeCloseTo(Number(yPpi), 0);
  });

  it('leaves the author block out when there is no author, and survives a logo that is not an image', async () => {
    const withoutAuthor = pdfPages(await exportPdf(fullPlan(), frenchOptions))[0];
    expect(withoutAuthor).not.toContain('PRÉPARÉ PAR');
    const broken = await exportPdf(fullPlan(), { ...frenchOptions, author: author(400, 100, Buffer.from('pas une image').toString('base64')) });
    expect(pdfPages(broken)[0]).toContain('Claire Dubœuf');
  });
});

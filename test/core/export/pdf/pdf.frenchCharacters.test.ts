import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { computeBudget } from '../../../../shared/compute/budget';
import { formatEuros } from '../../../../shared/money';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing, runPoppler } from './pdfText';
import { richPlan } from './richPlan';

/** The decompressed content of every stream in the file (fonts' ToUnicode maps among them). */
function inflatedStreams(bytes: Buffer): string[] {
  const found: string[] = [];
  let at = 0;
  for (;;) {
    const start = bytes.indexOf('stream', at, 'latin1');
    if (start < 0) return found;
    const dataStart = start + (bytes[start + 6] === 0x0d ? 8 : 7);
    const end = bytes.indexOf('endstream', dataStart, 'latin1');
    try {
      found.push(inflateSync(bytes.subarray(dataStart, end)).toString('latin1'));
    } catch {
      // Not a deflated stream.
    }
    at = end + 9;
  }
}

describe.skipIf(!hasPoppler)(`French text in the PDF (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    bytes = await exportPdf(richPlan(), frenchOptions);
    text = pdfPages(bytes).join('\n');
  });

  it('prints accents, ligatures, French quotes, apostrophes and the ellipsis as typed', () => {
    for (const typed of [
      'Plan « Cœur de Lyon » 2027',
      'Pâtisserie L’Œuvre',
      'crème brûlée, œufs de Pâques à 12,50 €',
      'façade datée',
      'fêtes',
      's’ouvre à 300 m…',
      'Newsletter « L’Œuvre du mois »',
      'Élodie Martin',
    ]) {
      expect(text).toContain(typed);
    }
    for (const character of ['à', 'é', 'è', 'ê', 'ç', 'œ', 'Œ', '€', '«', '»', '’', '…']) expect(text).toContain(character);
    expect(text).not.toContain('\ufffd');
  });

  it('prints amounts exactly as formatEuros writes them', () => {
    const budget = computeBudget(richPlan());
    const total = formatEuros(budget.yearCents);
    // fr-FR formatting: a narrow no-break space between thousands, a no-break space before €.
    expect(total).toMatch(/^\d{1,3}\u202f\d{3},\d{2}\u00a0€$/);
    // pdftotext turns both into plain spaces; the test below proves the PDF itself keeps them.
    expect(text).toContain(plainSpaces(total));
    expect(text).toContain(plainSpaces(formatEuros(richPlan().company.currentRevenueCents ?? 0)));
  });

  it('maps the no-break spaces of amounts to their own characters, so a copy-paste keeps them', () => {
    const toUnicode = inflatedStreams(bytes).filter((stream) => stream.includes('begincmap'));
    expect(toUnicode.length).toBeGreaterThan(0);
    const mapped = toUnicode.join('\n').toLowerCase();
    expect(mapped).toContain('<202f>');
    expect(mapped).toContain('<00a0>');
    expect(mapped).toContain('<0153>'); // œ
  });

  it('uses only the embedded fonts, never a standard PDF font that lacks these characters', () => {
    const fonts = runPoppler('pdffonts', [], bytes).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+Inter-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });
});

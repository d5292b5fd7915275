import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { text } from '../../../../electron/core/export/pdf/theme';
import { ReportWriter } from '../../../../electron/core/export/pdf/writer';
import type { Language } from '../../../../shared/i18n';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, popplerMissing, runPoppler } from './pdfText';
import { knownWords, oneActionPlan, wordsCutWithoutHyphen } from './wordBreaks';

const newWriter = (): ReportWriter => new ReportWriter();

describe('wrapping a word wider than its column', () => {
  it('cuts it with a hyphen, each piece within the width, the pieces making the word again', () => {
    const writer = newWriter();
    const width = writer.textWidth('Merchan', text.cell);
    const lines = writer.wrap('Merchandising', width, text.cell);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    for (const line of lines) expect(writer.textWidth(line, text.cell)).toBeLessThanOrEqual(width + 0.01);
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe('Merchandising');
  });

  it('cuts a compound after its own hyphen rather than adding one', () => {
    const writer = newWriter();
    const lines = writer.wrap('Experts-comptables', writer.textWidth('Experts-compt', text.cell), text.cell);
    expect(lines).toEqual(['Experts-', 'comptables']);
  });

  it('leaves words that fit to break at spaces only', () => {
    const writer = newWriter();
    const lines = writer.wrap('Site web et référencement', writer.textWidth('référencement', text.cell) + 0.5, text.cell);
    expect(lines).toEqual(['Site web et', 'référencement']);
  });
});

const plans: [string, Language, () => ReturnType<typeof oneActionPlan>][] = [
  ...sampleIds.flatMap((id) => (['fr', 'en'] as const).map((language): [string, Language, () => ReturnType<typeof oneActionPlan>] => [id, language, () => buildSample(id, language)])),
  ['one new action', 'fr', oneActionPlan],
];

describe.skipIf(!hasPoppler)(`words in the PDF (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it.each(plans)('are never cut without a hyphen: %s (%s)', async (_name, language, build) => {
    const plan = build();
    const bytes = await exportPdf(plan, language === 'fr' ? frenchOptions : englishOptions);
    const raw = runPoppler('pdftotext', ['-raw'], bytes);
    expect(wordsCutWithoutHyphen(raw, knownWords(plan, language))).toEqual([]);
  });

  it('prints the long words of a new action whole or as "prefix-" and the rest', async () => {
    const plan = oneActionPlan();
    const raw = runPoppler('pdftotext', ['-raw'], await exportPdf(plan, frenchOptions)).replace(/-\s+/g, '-');
    // Joined back at each cut, the title's words all appear.
    const joined = raw.replace(/([a-zé])-(?=[a-zé])/g, '$1');
    for (const word of ['Merchandisingetcommunicationdigitaleetréférencementnaturellocalpourlesartisans', 'Merchandisingetcommunication']) expect(joined).toContain(word);
  });
});

import { describe, expect, it } from 'vitest';
import { reportFonts } from '../../../../electron/core/export/pdf/fonts';

/** The characters each weight maps to a glyph, as the PDF writer reads the embedded font's cmap. */
const mapped = (style: 'normal' | 'bold'): Set<number> => new Set(reportFonts()[style].codePoints());

// The fonts are trimmed of the tables the report never reads (scripts/trim-fonts.sh); every character stays.
describe.each(['normal', 'bold'] as const)('the %s font the PDF embeds', (style) => {
  const characters = mapped(style);

  it('draws French text, its punctuation and the marks of its amounts', () => {
    const french = 'àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’«»…—–•€%→≤≥×÷°\u202f\u00a0';
    for (const character of french) expect(characters.has(character.codePointAt(0) ?? 0), character).toBe(true);
  });

  it('still covers the names a client may bring: the Latin, Greek and Cyrillic alphabets', () => {
    for (const name of ['Łódź', 'Ştefan', 'Ðặng Văn', 'Ελένη', 'Дмитрий', 'Øresund']) {
      for (const character of name.replace(/\s/g, '')) expect(characters.has(character.codePointAt(0) ?? 0), `${name}: ${character}`).toBe(true);
    }
    expect(characters.size).toBeGreaterThanOrEqual(2_800);
  });
});

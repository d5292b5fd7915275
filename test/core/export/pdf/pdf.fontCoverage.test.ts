import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, registerFonts } from '../../../../electron/core/export/pdf/fonts';

/** The characters each weight maps to a glyph, as jsPDF reads the embedded font's cmap. */
function mapped(style: 'normal' | 'bold'): Set<number> {
  const doc = new jsPDF();
  registerFonts(doc);
  doc.setFont(FONT_FAMILY, style);
  const font = doc.getFont() as unknown as { metadata: { cmap: { unicode: { codeMap: Record<number, number> } } } };
  return new Set(Object.keys(font.metadata.cmap.unicode.codeMap).map(Number));
}

// The fonts are trimmed of what jsPDF never reads (scripts/trim-fonts.sh); every character stays.
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

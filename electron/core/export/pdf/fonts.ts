import fs from 'node:fs';
import type { jsPDF } from 'jspdf';

/**
 * Inter (SIL Open Font License, see fonts/OFL.txt) is embedded because jsPDF's built-in PDF fonts
 * only know WinAnsi: they cannot draw œ/Œ reliably, nor the narrow no-break space (U+202F) that
 * French amounts carry in "1 250,00 €". The .ttf files ship inside the app because users' machines
 * may not have them, trimmed of what jsPDF never reads (scripts/trim-fonts.sh: every character kept);
 * jsPDF embeds only the glyphs a document uses (Identity-H subset), about 30 kB per weight once
 * compressed.
 */
export const FONT_FAMILY = 'Inter';

const fontFiles = { normal: 'Inter-Regular.ttf', bold: 'Inter-Bold.ttf' } as const;

let cache: Record<keyof typeof fontFiles, string> | null = null;

/**
 * Read once per process, as one character per byte: jsPDF takes a TrueType file in that form as it
 * is, where base64 would be decoded again for every export. jsPDF still parses the font for each
 * document (a few milliseconds): the parsed font holds that document's glyph bookkeeping.
 */
function loadFonts(): Record<keyof typeof fontFiles, string> {
  // The build copies fonts/ next to the bundled main process, so this URL resolves there too.
  cache ??= {
    normal: fs.readFileSync(new URL('./fonts/Inter-Regular.ttf', import.meta.url)).toString('latin1'),
    bold: fs.readFileSync(new URL('./fonts/Inter-Bold.ttf', import.meta.url)).toString('latin1'),
  };
  return cache;
}

export function registerFonts(doc: jsPDF): void {
  const fonts = loadFonts();
  for (const style of ['normal', 'bold'] as const) {
    doc.addFileToVFS(fontFiles[style], fonts[style]);
    doc.addFont(fontFiles[style], FONT_FAMILY, style, 'Identity-H');
  }
  doc.setFont(FONT_FAMILY, 'normal');
}

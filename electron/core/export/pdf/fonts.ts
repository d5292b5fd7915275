import fs from 'node:fs';
import { TrueTypeFont } from './document/trueType';
import type { Weight } from './document/pdfDocument';

/**
 * Inter (SIL Open Font License, see fonts/OFL.txt) is embedded because PDF's standard fonts only
 * know WinAnsi: they cannot draw œ/Œ reliably, nor the narrow no-break space (U+202F) that French
 * amounts carry in "1 250,00 €". The .ttf files ship inside the app because users' machines may not
 * have them, trimmed of the tables the report never reads (scripts/trim-fonts.sh: every character
 * kept); each PDF embeds only the glyphs it uses, about 30 kB per weight once compressed.
 */
const fontFiles = { normal: 'Inter-Regular.ttf', bold: 'Inter-Bold.ttf' } as const;
const postScriptNames = { normal: 'Inter-Regular', bold: 'Inter-Bold' } as const;

let cache: Record<Weight, TrueTypeFont> | null = null;

/** Read and parsed once per process: every export after the first starts with its fonts ready. */
export function reportFonts(): Record<Weight, TrueTypeFont> {
  // The build copies fonts/ next to the bundled main process, so this URL resolves there too.
  const read = (weight: Weight) => new TrueTypeFont(postScriptNames[weight], fs.readFileSync(new URL(`./fonts/${fontFiles[weight]}`, import.meta.url)));
  cache ??= { normal: read('normal'), bold: read('bold') };
  return cache;
}

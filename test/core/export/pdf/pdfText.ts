import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** pdftotext and friends come from poppler-utils (apt-get install -y poppler-utils); CI installs it. */
export const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
export const popplerMissing = 'needs pdftotext from poppler-utils (apt-get install -y poppler-utils)';

// Elsewhere the PDF read-back tests are skipped; in CI a missing package fails the run instead of
// letting it pass green without them.
if (!hasPoppler) {
  if (isCi()) throw new Error('CI is set but pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils); the PDF tests must not be skipped in CI.');
  console.warn(`pdftotext not found: the PDF read-back tests are skipped (${popplerMissing}).`);
}

/** CI=true (or any value but "false" and "0"), as CI services and .ci/run set it. */
function isCi(): boolean {
  const value = process.env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

function withPdfFile<T>(bytes: Buffer, use: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-pdf-'));
  const file = path.join(dir, 'plan.pdf');
  try {
    fs.writeFileSync(file, bytes);
    return use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function runPoppler(tool: string, args: string[], bytes: Buffer): string {
  return withPdfFile(bytes, (file) => {
    const result = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
    return result.stdout;
  });
}

/** The text of each page (index 0 is page 1), as `pdftotext -layout` lays it out. */
export function pdfPages(bytes: Buffer): string[] {
  const pages = runPoppler('pdftotext', ['-layout'], bytes).split('\f');
  return pages.slice(0, -1);
}

/**
 * pdftotext writes the no-break spaces of French amounts (U+00A0, U+202F) as plain spaces, even
 * though the PDF maps them (see pdf.frenchCharacters): compare amounts after the same change.
 */
export const plainSpaces = (value: string): string => value.replace(/[\u00a0\u202f]/g, ' ');

/** Page numbers (1-based) of the pages whose text matches. */
export const pagesMatching = (pages: string[], pattern: RegExp | string): number[] =>
  pages.flatMap((page, index) => ((typeof pattern === 'string' ? page.includes(pattern) : pattern.test(page)) ? [index + 1] : []));

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { authorOptions } from '../xlsx/fixtures';
import { englishOptions, frenchOptions } from './options';

/** qpdf reads a PDF's structure strictly: objects, cross-references, streams (apt-get install -y qpdf). */
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
const ci = !['', '0', 'false'].includes(process.env.CI?.trim().toLowerCase() ?? '');
if (!hasQpdf && ci) throw new Error('CI is set but qpdf is missing: install it (apt-get install -y qpdf); the PDF structure test must not be skipped in CI.');

function qpdfCheck(bytes: Buffer): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-qpdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'plan.pdf'), bytes);
    const result = spawnSync('qpdf', ['--check', path.join(dir, 'plan.pdf')], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasQpdf)(`the PDF's structure (${hasQpdf ? 'qpdf --check' : 'needs qpdf: apt-get install -y qpdf'})`, () => {
  it.each(sampleIds)('is sound for the %s sample, in French with a logo and in English', async (id) => {
    for (const options of [{ ...frenchOptions, author: authorOptions.author }, englishOptions]) {
      const { status, output } = qpdfCheck(await exportPdf(buildSample(id, options.language), options));
      expect(output).toContain('No syntax or stream encoding errors found');
      expect(output).not.toMatch(/WARNING|error:/i);
      expect(status).toBe(0);
    }
  });
});

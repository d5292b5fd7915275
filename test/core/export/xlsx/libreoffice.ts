import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** LibreOffice's command, if installed: CI installs it, a developer's machine may not have it. */
function findLibreOffice(): string | null {
  for (const command of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim() !== '') return found.stdout.trim();
  }
  return null;
}

export const libreOffice = findLibreOffice();
export const libreOfficeMissing = 'LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui): skipped';

// Elsewhere the LibreOffice tests are skipped; in CI a missing package fails the run instead of
// letting it pass green without them.
if (!libreOffice) {
  if (isCi()) throw new Error('CI is set but soffice is missing: install libreoffice-calc-nogui (apt-get install -y libreoffice-calc-nogui); the LibreOffice tests must not be skipped in CI.');
  console.warn(`soffice not found: the LibreOffice tests are skipped (${libreOfficeMissing}).`);
}

/** CI=true (or any value but "false" and "0"), as CI services and .ci/run set it. */
function isCi(): boolean {
  const value = process.env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * A fresh profile for each run, so no setting of a previous run (or of the developer's own
 * LibreOffice) leaks in: French locale, and formulas recalculated every time an .xlsx is loaded
 * (OOXMLRecalcMode 0 = always). With its default settings LibreOffice 7.4 trusts the cached
 * results: a Q2 changed in the file by another program leaves the totals as they were cached.
 * The tests also strip those results, so what they read back can only come from a recalculation.
 */
function freshProfile(directory: string): string {
  const user = path.join(directory, 'profile', 'user');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>fr-FR</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${path.join(directory, 'profile')}`;
}

/** Converts a workbook with headless LibreOffice ("pdf", "xlsx"…) and returns the converted file. */
export function convertWithLibreOffice(workbook: Buffer, target: string, timeoutMs = 25_000): Buffer {
  if (!libreOffice) throw new Error(libreOfficeMissing);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-xlsx-lo-'));
  try {
    const input = path.join(directory, 'in', 'plan.xlsx');
    const output = path.join(directory, 'out');
    fs.mkdirSync(path.dirname(input));
    fs.mkdirSync(output);
    fs.writeFileSync(input, workbook);
    const run = spawnSync(
      libreOffice,
      [`-env:UserInstallation=${freshProfile(directory)}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', target, '--outdir', output, input],
      { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
    const produced = path.join(output, `plan.${target.split(':')[0]}`);
    if (run.status !== 0 || !fs.existsSync(produced)) {
      throw new Error(`LibreOffice failed (status ${run.status}, ${run.error?.message ?? ''}): ${run.stderr}${run.stdout}`);
    }
    return fs.readFileSync(produced);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

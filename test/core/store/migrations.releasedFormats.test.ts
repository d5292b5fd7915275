import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import { planSchema } from '../../../shared/plan';
import { expectOk, sha256, tempDir, withRawDb } from './helpers';

/** One file per released format, made by test/fixtures/makePlanFormatFixture.ts and never regenerated. */
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const appVersion = bundledMigrations().length;
const versions = Array.from({ length: appVersion }, (_, index) => index + 1);

function copyOfFixture(version: number): { filePath: string; expected: unknown } {
  const filePath = path.join(tempDir(), 'received.capm');
  fs.copyFileSync(path.join(fixtures, `plan-format-${version}.capm`), filePath);
  // The plan the fixture was made from, read as today's app reads it (new fields take their defaults).
  // When a document migration changes stored JSON, say here what the migrated plan must be.
  const expected = planSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtures, `plan-format-${version}.json`), 'utf8')));
  return { filePath, expected };
}

describe('every released format of the plan file opens in this version', () => {
  it('has a small fixture for each format from 1 to the current one', () => {
    for (const version of versions) {
      const size = fs.statSync(path.join(fixtures, `plan-format-${version}.capm`)).size;
      expect(size, `plan-format-${version}.capm`).toBeLessThan(200_000);
    }
  });

  it.each(versions)('opens format %i to edit, migrated to the current format with the same plan', (version) => {
    const { filePath, expected } = copyOfFixture(version);
    const file = expectOk(PlanFile.open(filePath));
    try {
      expect(file.read()).toEqual(expected);
    } finally {
      file.close();
    }
    expect(withRawDb(filePath, (db) => db.pragma('user_version', { simple: true }), { readonly: true })).toBe(appVersion);
    const backups = fs.readdirSync(path.dirname(filePath)).filter((name) => name !== 'received.capm');
    expect(backups).toHaveLength(version < appVersion ? 1 : 0);
  });

  it.each(versions)('opens format %i read-only with the same plan, leaving the file as it was', (version) => {
    const { filePath, expected } = copyOfFixture(version);
    const hash = sha256(filePath);
    const file = expectOk(PlanFile.open(filePath, { readOnly: true }));
    expect(file.read()).toEqual(expected);
    file.close();
    expect(sha256(filePath)).toBe(hash);
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(['received.capm']);
  });
});

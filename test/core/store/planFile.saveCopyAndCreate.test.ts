import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/core/store/format';
import { bundledMigrations } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import { emptyPlan } from '../../../shared/plan';
import { createClosedPlan, expectOk, samplePlan, sha256, tempDir, withRawDb } from './helpers';

describe('PlanFile.saveCopy', () => {
  it('writes a self-contained plan that opens while the original is still open, with the same content', () => {
    const folder = tempDir();
    const original = expectOk(PlanFile.create(path.join(folder, 'plan.capm'), samplePlan()));
    try {
      expectOk(original.updateSection('offer', { ...original.read().offer, description: 'Modifié avant la copie' }));
      const copyPath = path.join(folder, 'copie.capm');

      expect(original.saveCopy(copyPath)).toEqual({ ok: true, value: { path: copyPath } });

      expect(fs.readdirSync(folder).filter((name) => name.startsWith('copie'))).toEqual(['copie.capm']);
      const copy = expectOk(PlanFile.open(copyPath));
      expect(copy.read()).toEqual(original.read());
      expect(copy.read().offer.description).toBe('Modifié avant la copie');
      copy.close();
      expect(withRawDb(copyPath, (db) => db.pragma('application_id', { simple: true }), { readonly: true })).toBe(APPLICATION_ID);
    } finally {
      original.close();
    }
  });

  it("refuses the plan's own path, however it is written, and leaves the plan as it was", () => {
    const filePath = createClosedPlan(tempDir());
    const file = expectOk(PlanFile.open(filePath));
    try {
      const sameFile = path.join(path.dirname(filePath), '.', path.basename(filePath));
      expect(file.saveCopy(filePath)).toEqual({ ok: false, error: { code: 'fileExists', params: { path: filePath } } });
      expect(file.saveCopy(sameFile)).toMatchObject({ ok: false, error: { code: 'fileExists' } });
      expect(file.read()).toEqual(samplePlan());
    } finally {
      file.close();
    }
  });
});

describe('PlanFile.create', () => {
  it('creates only the plan file, of our format and version', () => {
    const folder = tempDir();
    const file = expectOk(PlanFile.create(path.join(folder, 'nouveau.capm'), samplePlan()));
    file.close();
    expect(fs.readdirSync(folder)).toEqual(['nouveau.capm']);
    const pragmas = withRawDb(
      path.join(folder, 'nouveau.capm'),
      (db) => [db.pragma('application_id', { simple: true }), db.pragma('user_version', { simple: true })],
      { readonly: true },
    );
    expect(pragmas).toEqual([APPLICATION_ID, bundledMigrations().length]);
  });

  it('refuses an existing path with fileExists, leaving that file and the folder untouched', () => {
    const folder = tempDir();
    const filePath = path.join(folder, 'existant.capm');
    fs.writeFileSync(filePath, 'un document important');
    const hash = sha256(filePath);

    const result = PlanFile.create(filePath, emptyPlan(2026, 'Nouveau', '2025-01-01T00:00:00.000Z'));

    expect(result).toEqual({ ok: false, error: { code: 'fileExists', params: { path: filePath } } });
    expect(sha256(filePath)).toBe(hash);
    expect(fs.readdirSync(folder)).toEqual(['existant.capm']);
  });

  it('leaves no file at all, temporary or final, when the plan cannot be written', () => {
    const folder = tempDir();
    const invalid = samplePlan();
    invalid.swot.push({ ...invalid.swot[0] }); // two items with the same id

    expect(PlanFile.create(path.join(folder, 'nouveau.capm'), invalid).ok).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

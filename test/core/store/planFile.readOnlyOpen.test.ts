import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, type Migration } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import { createClosedPlan, expectOk, fixture, openFromAnotherProcess, repoRoot, samplePlan, sha256, tempDir } from './helpers';

const real = loadMigrations();
const addTags: Migration = { version: 2, name: '002-tags.sql', sql: 'CREATE TABLE plan_tag (name TEXT PRIMARY KEY) STRICT;' };

/** What info, check and export need: the plan, and the file exactly as it was. */
describe('PlanFile.open(path, { readOnly: true })', () => {
  it('reads the plan, leaves the file and its folder as they were, and refuses edits', () => {
    const folder = tempDir();
    const filePath = createClosedPlan(folder);
    const hash = sha256(filePath);

    const file = expectOk(PlanFile.open(filePath, { readOnly: true }));
    expect(file.readOnly).toBe(true);
    expect(file.read()).toEqual(samplePlan());
    expect(() => file.updateSection('offer', { ...file.read().offer, description: 'non' })).toThrow(/read-only/);
    file.close();

    expect(sha256(filePath)).toBe(hash);
    expect(fs.readdirSync(folder)).toEqual(['plan.capm']);
  });

  it('can still save a copy, which opens as a plan of the current format', () => {
    const folder = tempDir();
    const filePath = path.join(folder, 'plan.capm');
    expectOk(PlanFile.create(filePath, samplePlan(), { migrations: [real[0]] })).close();
    const migrations = [real[0], addTags];
    const file = expectOk(PlanFile.open(filePath, { migrations, readOnly: true }));
    const copyPath = path.join(folder, 'copie.capm');
    expectOk(file.saveCopy(copyPath));
    file.close();

    const copy = expectOk(PlanFile.open(copyPath, { migrations }));
    expect(copy.read()).toEqual(samplePlan());
    copy.close();
    expect(fs.readdirSync(folder).sort()).toEqual(['copie.capm', 'plan.capm']);
  });

  it('migrates an older plan in memory only: no backup, the file stays at its format', () => {
    const folder = tempDir();
    const filePath = path.join(folder, 'plan.capm');
    expectOk(PlanFile.create(filePath, samplePlan(), { migrations: [real[0]] })).close();
    const hash = sha256(filePath);

    for (let run = 0; run < 3; run += 1) {
      const file = expectOk(PlanFile.open(filePath, { migrations: [real[0], addTags], readOnly: true }));
      expect(file.read()).toEqual(samplePlan());
      file.close();
    }

    expect(sha256(filePath)).toBe(hash);
    expect(fs.readdirSync(folder)).toEqual(['plan.capm']);
  });

  it('holds no lock once open: the plan can be opened to edit meanwhile', async () => {
    const filePath = createClosedPlan(tempDir());
    const reader = expectOk(PlanFile.open(filePath, { readOnly: true }));
    try {
      expect(await openFromAnotherProcess(filePath)).toEqual({ ok: true });
      const editor = expectOk(PlanFile.open(filePath));
      editor.close();
    } finally {
      reader.close();
    }
  });

  it('is told alreadyOpen while the plan is open to edit, here or in another process', async () => {
    const filePath = createClosedPlan(tempDir());
    const editor = expectOk(PlanFile.open(filePath));
    try {
      expect(PlanFile.open(filePath, { readOnly: true })).toEqual({ ok: false, error: { code: 'alreadyOpen' } });
      expect(await openFromAnotherProcess(filePath, 'readOnly')).toEqual({ ok: false, code: 'alreadyOpen' });
    } finally {
      editor.close();
    }
  });

  it('refuses a plan whose last save was interrupted, leaving the file and its journal for the app to recover', async () => {
    const filePath = createClosedPlan(tempDir());
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture('dieInsideTransaction.ts'), filePath], { cwd: repoRoot });
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('inside')) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('close', (_, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error('the child was not killed'))));
    });
    const before = { file: sha256(filePath), journal: sha256(`${filePath}-journal`) };

    expect(PlanFile.open(filePath, { readOnly: true })).toEqual({
      ok: false,
      error: { code: 'interruptedSave', params: { path: filePath } },
    });
    expect({ file: sha256(filePath), journal: sha256(`${filePath}-journal`) }).toEqual(before);

    // Opening it to edit rolls the unfinished transaction back, as the message says.
    const recovered = expectOk(PlanFile.open(filePath));
    expect(recovered.read()).toEqual(samplePlan());
    recovered.close();
    expect(fs.existsSync(`${filePath}-journal`)).toBe(false);
  });
});

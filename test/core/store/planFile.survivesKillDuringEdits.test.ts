import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { createClosedPlan, expectOk, fixture, repoRoot, samplePlan, sha256, tempDir, withRawDb } from './helpers';

const ROUNDS = 5;

/** What the child reported as committed before it was killed (see fixtures/editLoop.ts). */
interface Reported {
  section: number;
  item: number;
}

/** Starts the edit loop, lets it run for a random moment after its first edits, then kills it with SIGKILL. */
function editThenKill(filePath: string): Promise<Reported> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture('editLoop.ts'), filePath], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!killTimer && /^item \d+$/m.test(stdout)) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * 150);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`edit loop ended by itself (code ${code}): ${stdout.slice(-200)} ${stderr}`));
        return;
      }
      const last = (kind: string) =>
        Math.max(0, ...[...stdout.matchAll(new RegExp(`^${kind} (\\d+)$`, 'gm'))].map((match) => Number(match[1])));
      resolve({ section: last('section'), item: last('item') });
    });
  });
}

describe('PlanFile survives its process being killed in the middle of edits', () => {
  it(`reopens a sound plan holding every committed edit, ${ROUNDS} kills in a row`, async () => {
    const filePath = createClosedPlan(tempDir());
    let previousCounter = 0;

    for (let round = 1; round <= ROUNDS; round += 1) {
      const reported = await editThenKill(filePath);
      expect(reported.section, `round ${round}: the child made no edit before the kill`).toBeGreaterThan(previousCounter);

      const file = expectOk(PlanFile.open(filePath));
      const plan = file.read();
      file.close();
      expect(withRawDb(filePath, (db) => db.pragma('quick_check', { simple: true }))).toBe('ok');

      // Nothing the child saw committed is lost, and the two kinds of edits are consistent.
      const counter = Number(plan.company.notes);
      expect(counter).toBeGreaterThanOrEqual(reported.section);
      const edits = plan.swot.filter((item) => item.id.startsWith('edit-')).map((item) => item.id);
      expect(edits.length).toBeGreaterThanOrEqual(reported.item);
      expect([counter - 1, counter]).toContain(edits.length);
      expect(edits).toEqual(Array.from({ length: edits.length }, (_, index) => `edit-${index + 1}`));
      previousCounter = counter;
    }
  }, 30_000);

  it('rolls back a transaction killed half-way through, though it had already spilled into the file', async () => {
    const filePath = createClosedPlan(tempDir());
    const committed = sha256(filePath);

    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture('dieInsideTransaction.ts'), filePath], { cwd: repoRoot });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('inside')) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('close', (_, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(stderr))));
    });
    // The worst case really happened: uncommitted pages in the file, and a hot journal beside it.
    expect(sha256(filePath)).not.toBe(committed);
    expect(fs.readFileSync(`${filePath}-journal`).subarray(0, 8).some((byte) => byte !== 0)).toBe(true);

    const file = expectOk(PlanFile.open(filePath));
    expect(file.read()).toEqual(samplePlan());
    file.close();
    expect(sha256(filePath)).toBe(committed);
    expect(fs.existsSync(`${filePath}-journal`)).toBe(false);
  });
});

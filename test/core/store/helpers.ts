import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { emptyPlan, type Action, type Plan } from '../../../shared/plan';
import type { Result } from '../../../shared/result';

/** Shared by the store tests: real files in a fresh temporary folder, removed after each test. */

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

export function tempDir(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capm-store-'));
  folders.push(folder);
  return folder;
}

export const sha256 = (filePath: string): string => createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');

/** Unwraps a Result in a test, failing with the error code when it is not ok. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function sampleAction(id: string, title: string): Action {
  return {
    id,
    category: 'emailingCrm',
    title,
    description: 'Une lettre par mois aux clients fidèles.',
    objectiveIds: ['obj-1'],
    segmentIds: [],
    owner: { kind: 'person', name: 'Claire' },
    activeMonths: [3, 4, 5],
    costLines: [
      { id: 'c1', kind: 'fixed', label: 'Routeur', amountCents: 85_000, period: { kind: 'quarter', quarter: 1 } },
      { id: 'c2', kind: 'internalHours', label: 'Rédaction', minutes: 90, per: 'week', period: { kind: 'year' } },
    ],
    kpis: [],
    detail: { resources: '', successFactors: '', limits: '', review: '' },
    actualSpendCents: Array.from({ length: 12 }, (_, month) => (month === 0 ? 12_345 : null)),
  };
}

export function samplePlan(): Plan {
  const plan = emptyPlan(2026, 'Boulangerie Martin', '2025-11-02T10:00:00.000Z');
  plan.company.activity = 'Boulangerie artisanale';
  plan.company.revenueForecastCents = Array.from({ length: 12 }, (_, month) => 1_000_000 + month * 50_000);
  plan.swot = [
    { id: 'sw-1', quadrant: 'strength', text: 'Pain au levain reconnu' },
    { id: 'sw-2', quadrant: 'weakness', text: 'Pas de site web' },
    { id: 'sw-3', quadrant: 'opportunity', text: 'Nouveau quartier en construction' },
  ];
  plan.actions = [sampleAction('act-1', 'Lettre mensuelle')];
  return plan;
}

/** A plan big enough to span many database pages (each SWOT item is about 1 KB of text). */
export function bulkyPlan(items = 60): Plan {
  const plan = samplePlan();
  plan.swot = Array.from({ length: items }, (_, index) => ({
    id: `bulk-${index}`,
    quadrant: 'strength' as const,
    text: `Force numéro ${index}. `.repeat(50),
  }));
  return plan;
}

/** Creates a plan file, closes it and returns its path. */
export function createClosedPlan(folder: string, plan: Plan = samplePlan(), name = 'plan.capm'): string {
  const filePath = path.join(folder, name);
  expectOk(PlanFile.create(filePath, plan)).close();
  return filePath;
}

/** A plain better-sqlite3 connection, for looking at (or tampering with) a file while no PlanFile holds it. */
export function withRawDb<T>(filePath: string, use: (db: Database.Database) => T, options: Database.Options = {}): T {
  const db = new Database(filePath, { fileMustExist: true, ...options });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript fixture in another Node process (the project's Node 22, through tsx). */
export function runFixture(script: string, args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture(script), ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What another process gets when it tries to open the plan (see fixtures/openAndReport.ts). */
export async function openFromAnotherProcess(
  filePath: string,
  mode: 'edit' | 'readOnly' = 'edit',
): Promise<{ ok: true } | { ok: false; code: string }> {
  const run = await runFixture('openAndReport.ts', [filePath, mode]);
  if (run.code !== 0) throw new Error(`child failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
}

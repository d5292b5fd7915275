// `npm run bench`: how long the plan file takes to create, open, read, autosave one edit and copy,
// for a small plan and for large ones; then how long the PDF and the workbook take to export. Printed as a table; targets are read here, not in unit tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PlanFile } from '../electron/core/store/planFile';
import { exportPlan } from '../electron/core/export';
import type { ExportFormat } from '../shared/contract';
import { emptyPlan, type Action, type Plan } from '../shared/plan';
import { buildSample, sampleIds } from '../shared/samples';

function sampleAction(index: number): Action {
  return {
    id: `action-${index}`,
    category: 'onlineAdvertising',
    title: `Campagne de publicité locale n° ${index}`,
    description: 'Annonces ciblées autour de la boutique, le week-end, avec une offre de bienvenue.',
    objectiveIds: [],
    segmentIds: [],
    owner: { kind: 'person', name: 'Marie' },
    activeMonths: [3, 4, 5],
    costLines: [
      { id: `c${index}a`, kind: 'fixed', label: 'Création', amountCents: 85_000, period: { kind: 'quarter', quarter: 1 } },
      { id: `c${index}b`, kind: 'percentOfRevenue', label: 'Diffusion', rateBasisPoints: 350, period: { kind: 'months', from: 7, to: 12 } },
      { id: `c${index}c`, kind: 'internalHours', label: 'Suivi', minutes: 360, per: 'week', period: { kind: 'year' } },
    ],
    kpis: [],
    detail: { resources: '', successFactors: '', limits: '', review: '' },
    actualSpendCents: Array.from({ length: 12 }, () => null),
  };
}

function planWith(actions: number): Plan {
  const plan = emptyPlan(2027, 'Banc d’essai', new Date().toISOString());
  plan.actions = Array.from({ length: actions }, (_, index) => sampleAction(index));
  return plan;
}

const time = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-bench-'));
const rows: string[][] = [];
for (const size of [10, 300, 1000]) {
  const file = path.join(dir, `plan-${size}.capm`);
  const plan = planWith(size);
  const create = time(() => ok(PlanFile.create(file, plan)).close());
  let opened!: PlanFile;
  const open = time(() => (opened = ok(PlanFile.open(file))));
  const read = time(() => opened.read());
  const edits = Array.from({ length: 50 }, (_, n) =>
    time(() => ok(opened.saveItem('actions', { ...sampleAction(n % size), title: `Titre modifié ${n}` }))),
  );
  const copy = time(() => ok(opened.saveCopy(path.join(dir, `copy-${size}.capm`))));
  opened.close();
  const kib = Math.round(fs.statSync(file).size / 1024);
  rows.push([String(size), create, open, read, median(edits), copy].map((v) => (typeof v === 'number' ? v.toFixed(1) : v)).concat(String(kib)));
}
fs.rmSync(dir, { recursive: true, force: true });

const header = ['actions', 'create ms', 'open ms', 'read ms', 'autosave edit ms (median)', 'save copy ms', 'file KiB'];
console.log(header.join(' | '));
console.log(header.map(() => '---').join(' | '));
for (const row of rows) console.log(row.join(' | '));

// Exports: a realistic plan (each sample) and plans of 300 and 1000 actions, PDF and workbook.
const exportOptions = { language: 'fr' as const, author: null, generatedAt: new Date('2027-01-15T10:00:00Z') };
async function timeExport(format: ExportFormat, plan: Plan): Promise<[number, number]> {
  const start = performance.now();
  const bytes = ok(await exportPlan(plan, format, exportOptions));
  return [performance.now() - start, bytes.length];
}
const bigPlan = (actions: number): Plan => {
  const bakery = buildSample('bakery', 'fr');
  return { ...bakery, actions: Array.from({ length: actions }, (_, index) => ({ ...bakery.actions[index % bakery.actions.length], id: `bench-${index}` })) };
};
const exportCases: [string, Plan][] = [
  ...sampleIds.map((id): [string, Plan] => [`sample ${id}`, buildSample(id, 'fr')]),
  ['bakery × 300 actions', bigPlan(300)],
  ['bakery × 1000 actions', bigPlan(1000)],
];
const exportRows: string[][] = [];
for (const [name, plan] of exportCases) {
  const [pdfMs, pdfBytes] = await timeExport('pdf', plan);
  const [xlsxMs, xlsxBytes] = await timeExport('xlsx', plan);
  exportRows.push([name, String(plan.actions.length), pdfMs.toFixed(0), String(Math.round(pdfBytes / 1024)), xlsxMs.toFixed(0), String(Math.round(xlsxBytes / 1024))]);
}
const exportHeader = ['plan', 'actions', 'PDF ms', 'PDF KiB', 'workbook ms', 'workbook KiB'];
console.log('');
console.log(exportHeader.join(' | '));
console.log(exportHeader.map(() => '---').join(' | '));
for (const row of exportRows) console.log(row.join(' | '));

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appServicesIn, cliIn, readPlanFile } from './cliFixture';

import { frenchTillExport, personalData } from '../fixtures/salesExport';

let dir: string;
let salesFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-customers-'));
  salesFile = path.join(dir, 'ventes.csv');
  fs.writeFileSync(salesFile, frenchTillExport());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function newPlan(name: string): Promise<string> {
  const plan = path.join(dir, `${name}.capm`);
  expect((await cliIn(dir, 'new', plan, '--sample', 'bakery')).code).toBe(0);
  return plan;
}

describe('cap-marketing customers', { timeout: 30_000 }, () => {
  it('reads a French till export into the figures the rules give, and check --json says the same', async () => {
    const plan = await newPlan('figures');
    const run = await cliIn(dir, 'customers', plan, '--import', salesFile, '--json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const expected = {
      customers: 4,
      purchases: 6,
      revenueCents: 30_000,
      averageBasketCents: 5_000,
      purchasesPerYearHundredths: 150,
      retentionBasisPoints: 6_667,
      top20ShareBasisPoints: 5_333,
      segments: { new: 1, loyal: 0, lost: 1, toReactivate: 2, occasional: 1 },
      probableDuplicates: 1,
    };
    expect(JSON.parse(run.out)).toMatchObject({ ...expected, mergedDuplicates: 0, asOf: '2026-11-30', amounts: 'ttc', badRows: 3, creditNotes: 1 });
    const check = await cliIn(dir, 'check', plan, '--json');
    expect(JSON.parse(check.out).customers).toMatchObject(expected);
  });

  it('merges the probable duplicates only when asked', async () => {
    const plan = await newPlan('merged');
    const run = await cliIn(dir, 'customers', plan, '--import', salesFile, '--merge-probable', '--json');
    expect(JSON.parse(run.out)).toMatchObject({
      customers: 3,
      purchasesPerYearHundredths: 200,
      segments: { new: 1, loyal: 1, lost: 1, toReactivate: 1, occasional: 0 },
      probableDuplicates: 1,
      mergedDuplicates: 1,
    });
  });

  it('takes an earlier as-of date and the HT/TTC the owner says', async () => {
    const plan = await newPlan('as-of');
    // At 31/12/2025: window 01/01/2025–31/12/2025 holds F050 25 €, F030 80 €, F070 45 €, F020 30 €.
    const run = await cliIn(dir, 'customers', plan, '--import', salesFile, '--as-of', '2025-12-31', '--amounts', 'ht', '--json');
    expect(JSON.parse(run.out)).toMatchObject({ asOf: '2025-12-31', amounts: 'ht', customers: 3, purchases: 4, revenueCents: 18_000, retentionBasisPoints: null });
  });

  it('never writes a name, an e-mail or a customer number into the plan file', async () => {
    const plan = await newPlan('privacy');
    await cliIn(dir, 'customers', plan, '--import', salesFile, '--merge-probable');
    const bytes = fs.readFileSync(plan);
    const text = `${bytes.toString('utf8')}${bytes.toString('latin1')}`;
    for (const value of personalData) expect(text.includes(value), value).toBe(false);
    const stored = readPlanFile(plan).customerFile;
    expect(stored.source?.fileName).toBe('ventes.csv');
    expect(stored.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.mapping).toMatchObject({ date: 'Date', amount: 'Montant TTC', customerNumber: 'N° client', name: 'Nom' });
  });

  it('prints a summary in French, and says what is missing when the columns are not there', async () => {
    const plan = await newPlan('summary');
    const run = await cliIn(dir, 'customers', plan, '--import', salesFile);
    expect(run.out).toContain('4 clients actifs, 6 achats, 300,00\u00a0€ (montants TTC)');
    const noDate = path.join(dir, 'sans-date.csv');
    fs.writeFileSync(noDate, 'Client;Montant\r\nMarie;12,00\r\n');
    const refused = await cliIn(dir, 'customers', plan, '--import', noDate);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('la date');
  });
});

describe('a segment’s contacts', { timeout: 30_000 }, () => {
  it('are exported from the same file only, people who opted out left out, formulas defused', async () => {
    const { handlers } = appServicesIn(dir);
    const plan = await newPlan('contacts');
    const csv = ['Date;Client;E-mail;Opt-out;Montant HT', '01/11/2026;=HYPERLINK("x");a@exemple.fr;non;10,00', '02/11/2026;Bob;b@exemple.fr;oui;10,00', '30/11/2026;Carla;c@exemple.fr;;5,00'].join('\r\n');
    const base64 = Buffer.from(csv, 'utf8').toString('base64');
    expect((await handlers['plan.open']({ path: plan })).ok).toBe(true);
    const preview = await handlers['customers.preview']({ fileName: 'clients.csv', base64 });
    if (!preview.ok) throw new Error(preview.error.code);
    const choices = { mapping: preview.value.mapping, amounts: preview.value.amounts, asOf: null, thresholds: { newWithinDays: 90, loyalPurchases: 3, reactivateFromDays: 180, lostAfterDays: 365 }, merge: [] };
    expect((await handlers['customers.apply']({ choices })).ok).toBe(true);
    const out = path.join(dir, 'nouveaux.csv');
    const exported = await handlers['customers.exportSegment']({ segment: 'new', path: out });
    expect(exported).toMatchObject({ ok: true, value: { contacts: 2, optedOut: 1 } });
    const written = fs.readFileSync(out, 'utf8');
    expect(written.startsWith('\ufeffNom;E-mail')).toBe(true);
    expect(written).toContain(`"'=HYPERLINK(""x"")";a@exemple.fr`);
    expect(written).not.toContain('Bob');
    // The app started again: the plan has no customers, so the file must be given again, the same one.
    await handlers['plan.close']({});
    const restarted = appServicesIn(dir).handlers;
    expect((await restarted['plan.open']({ path: plan })).ok).toBe(true);
    expect(await restarted['customers.exportSegment']({ segment: 'new', path: out, overwrite: true })).toMatchObject({ ok: false, error: { code: 'salesFileNeeded' } });
    const other = Buffer.from(`${csv}\r\n`, 'utf8').toString('base64');
    expect(await restarted['customers.exportSegment']({ segment: 'new', source: { fileName: 'x.csv', base64: other }, path: out, overwrite: true })).toMatchObject({
      ok: false,
      error: { code: 'salesFileMismatch' },
    });
    expect(await restarted['customers.exportSegment']({ segment: 'new', source: { fileName: 'clients.csv', base64 }, path: out, overwrite: true })).toMatchObject({
      ok: true,
      value: { contacts: 2 },
    });
  });
});

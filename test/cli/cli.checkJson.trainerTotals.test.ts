import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliFixture';
import { spreadQuarterIntoMonths } from '../../shared/compute/revenue';
import { fr } from '../../shared/i18n/fr';
import { toInterchange } from '../../shared/interchange';
import { formatEuros, formatPercent } from '../../shared/money';
import { emptyPlan, type Action, type Plan } from '../../shared/plan';
import { hasPoppler, pdfPages, plainSpaces } from '../core/export/pdf/pdfText';
import { convertWithLibreOffice, libreOffice } from '../core/export/xlsx/libreoffice';
import { onlyRow, readWorkbook, sheet, shown } from '../core/export/xlsx/workbook';

/*
 * A young e-shop's plan, with the figures a trainer checks by hand.
 * Forecast typed by quarter: Q1 30 000 €, Q2 45 000 €, Q3 36 000 €, Q4 90 000 € (201 000 € a year).
 * - Instagram ads, 5 % of revenue all year:       1 500 | 2 250 | 1 800 | 4 500
 * - Newsletter, 600 € over the year:                150 |   150 |   150 |   150
 * - Gift fair, 1 200 € in Q4:                          0 |     0 |     0 | 1 200
 * - Black Friday, 10 % of Q4 revenue:                  0 |     0 |     0 | 9 000
 * - Black Friday goodies, 333,33 € in its month (Nov): 0 |     0 |     0 |   333,33
 * - Marketplace: 20 % of sales at 15 % commission:   900 | 1 350 | 1 080 | 2 700
 * Quarters: 2 550,00 | 3 750,00 | 3 030,00 | 17 883,33; year 27 213,33 € = 13,54 % of revenue.
 */
const expectedQuarters = [255_000, 375_000, 303_000, 1_788_333];
const expectedYear = 2_721_333;

const months = (...values: (string | null)[]) => Array.from({ length: 12 }, (_, index) => values[index] ?? null);
const action = (id: string, patch: Partial<Action>): Action => ({
  id: id.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-'), category: 'onlineAdvertising', title: id, description: '', objectiveIds: [], segmentIds: [], owner: { kind: 'person', name: 'Léa' },
  activeMonths: [], costLines: [], kpis: [], detail: { resources: '', successFactors: '', limits: '', review: '' }, actualSpendCents: Array(12).fill(null),
  ...patch,
});

function eshopPlan(): Plan {
  const plan = emptyPlan(2027, 'Maison Brume 2027', '2026-11-02T09:00:00.000Z');
  let forecast = plan.company.revenueForecastCents;
  ([3_000_000, 4_500_000, 3_600_000, 9_000_000] as const).forEach((cents, index) => (forecast = spreadQuarterIntoMonths(forecast, (index + 1) as 1 | 2 | 3 | 4, cents)));
  plan.company = { ...plan.company, name: 'Maison Brume', customerKind: 'b2c', revenueForecastCents: forecast, forecastEntry: 'quarter' };
  // Break-even: 30 000 € of fixed costs at a 60 % variable-margin rate (price 50 €, cost 20 €) = 50 000 €.
  plan.offer = { ...plan.offer, fixedCostsCents: 3_000_000 };
  plan.products = [{ id: 'box', name: 'Coffret', unitCostCents: 2_000, priceExclVatCents: 5_000, vatRateBasisPoints: 2_000, competitorPrices: [], notes: '' }];
  plan.channels = [{ id: 'mkp', kind: 'marketplace', name: 'Place de marché', role: 'Ventes en ligne', revenueShareBasisPoints: 2_000, commissionBasisPoints: 1_500, commissionInBudget: true }];
  plan.actions = [
    action('Publicités Instagram', {
      activeMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      costLines: [{ id: 'ads', kind: 'percentOfRevenue', label: 'Budget publicitaire', rateBasisPoints: 500, period: { kind: 'year' } }],
      kpis: [
        { id: 'cac', name: 'Coût d’acquisition d’un client', unit: '€', direction: null, baseline: '40', target: '25', actualByMonth: months(null, null, '31'), catalogueKey: 'costPerAcquisition' },
        { id: 'rank', name: 'Position dans les recherches', unit: 'rang', direction: 'lowerIsBetter', baseline: '3', target: '1', actualByMonth: months('2'), catalogueKey: null },
      ],
    }),
    action('Newsletter', { category: 'emailingCrm', activeMonths: [1, 4, 7, 10], costLines: [{ id: 'nl', kind: 'fixed', label: 'Outil d’envoi', amountCents: 60_000, period: { kind: 'year' } }] }),
    action('Salon du cadeau', { category: 'events', activeMonths: [10, 11, 12], costLines: [{ id: 'fair', kind: 'fixed', label: 'Stand', amountCents: 120_000, period: { kind: 'quarter', quarter: 4 } }] }),
    action('Black Friday', {
      activeMonths: [11],
      costLines: [
        { id: 'bf', kind: 'percentOfRevenue', label: 'Remises', rateBasisPoints: 1_000, period: { kind: 'quarter', quarter: 4 } },
        { id: 'goodies', kind: 'fixed', label: 'Goodies', amountCents: 33_333, period: { kind: 'activeMonths' } },
      ],
    }),
  ];
  return plan;
}

let dir: string;
let capm: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-trainer-'));
  const json = path.join(dir, 'plan.json');
  fs.writeFileSync(json, JSON.stringify(toInterchange(eshopPlan(), '2026-11-02T09:00:00.000Z')));
  capm = path.join(dir, 'maison-brume.capm');
  const imported = await cli('import', json, capm);
  expect(imported.err).toBe('');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the quarterly totals a trainer computes by hand, everywhere the plan is read', () => {
  it('are in check --json, to the cent, with the share of revenue and honest indicators', async () => {
    const { code, out } = await cli('check', capm, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.budget).toMatchObject({ quarterCents: expectedQuarters, yearCents: expectedYear, shareOfRevenueBasisPoints: 1354 });
    expect(report.kpis).toEqual([
      expect.objectContaining({ kpiId: 'cac', direction: 'lowerIsBetter', progressBasisPoints: 6000, status: 'late' }),
      expect.objectContaining({ kpiId: 'rank', direction: 'lowerIsBetter', progressBasisPoints: 5000 }),
    ]);
    expect(report.steps.map((step: { id: string }) => step.id)).toEqual(Object.keys(fr.steps.names));
    for (const step of report.steps) expect(['todo', 'inProgress', 'done']).toContain(step.state);
    expect(report.breakEven.revenueCents).toBe(5_000_000);
    // 45 000 € by the end of April; the 5 000 € left come a third of the way into May.
    expect(report.breakEven.date).toMatch(/^2027-05-1[01]$/);
  });

  it('reads the figures at a given date with --as-of, and refuses a date that is not one', async () => {
    const early = JSON.parse((await cli('check', capm, '--json', '--as-of', '2027-03-31')).out);
    expect(early.asOf).toBe('2027-03-31');
    expect(early.kpis[0]).toMatchObject({ progressBasisPoints: 6000, status: 'ahead' });
    const refused = await cli('check', capm, '--as-of', '31/03/2027');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('2027-03-31');
  });

  it('are in the text of check', async () => {
    const { out } = await cli('check', capm);
    for (const cents of [...expectedQuarters, expectedYear]) expect(out).toContain(formatEuros(cents));
    expect(out).toContain(`${formatPercent(6000)}, ${fr.indicators.statuses.late}`);
  });

  it.skipIf(!hasPoppler)('are in the PDF', async () => {
    const pdf = path.join(dir, 'plan.pdf');
    expect((await cli('export', capm, '--pdf', pdf)).code).toBe(0);
    const text = plainSpaces(pdfPages(fs.readFileSync(pdf)).join('\n'));
    for (const cents of [...expectedQuarters, expectedYear]) expect(text).toContain(plainSpaces(formatEuros(cents)));
  });

  it.skipIf(!libreOffice)('are in the workbook once LibreOffice has recalculated it', async () => {
    const xlsx = path.join(dir, 'plan.xlsx');
    expect((await cli('export', capm, '--xlsx', xlsx)).code).toBe(0);
    const recalculated = await readWorkbook(convertWithLibreOffice(fs.readFileSync(xlsx), 'xlsx'));
    const total = onlyRow(sheet(recalculated, fr.steps.names.budget), fr.budget.total);
    const cents = (letter: string) => Math.round(Number(shown(total.getCell(letter))) * 100);
    expect(['Q', 'R', 'S', 'T'].map(cents)).toEqual(expectedQuarters);
    expect(cents('U')).toBe(expectedYear);
  }, 60_000);
});

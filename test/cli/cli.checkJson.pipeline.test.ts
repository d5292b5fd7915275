import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliFixture';
import { toInterchange } from '../../shared/interchange';
import { emptyPlan, pipelineStages, type KeyAccount, type Plan } from '../../shared/plan';
import { buildSample } from '../../shared/samples';

/*
 * A cybersecurity firm's pipeline, weighted by hand (amount HT × probability, each deal to the cent):
 * - Clinique du Lac, audit, 12 000 € in February, proposal (20 %):                  2 400,00 €  Q1
 * - Clinique du Lac, training, 1 234,57 € in March, qualified (15 %): 185,1855 →       185,19 €  Q1
 * - Transports Morin, managed firewall, 30 000 € in May, negotiation typed at 60 %:  18 000,00 €  Q2
 * - Transports Morin, backup, 8 000 € in August, lost (0 %):                               0,00 €  Q3
 * - Mairie de Trélazé, 45 000 € in November, won (100 %):                            45 000,00 €  Q4
 * - Mairie de Trélazé, 9 999,99 € in December, identified (10 %): 999,999 →             1 000,00 €  Q4
 * Quarters 2 585,19 | 18 000,00 | 0 | 46 000,00; year 66 585,19 €.
 */
const expectedQuarters = [258_519, 1_800_000, 0, 4_600_000];
const expectedTotal = 6_658_519;

const member = (id: string, role: KeyAccount['committee'][number]['role']) => ({ id, name: id, position: '', role, attitude: 'neutral' as const, channel: 'linkedin' as const, lastContact: '' });
const account = (id: string, company: string, patch: Partial<KeyAccount>): KeyAccount => ({
  id, company, sector: '', size: 'pme', why: 'Signal vu', currentRevenueCents: null, potentialCents: null, nextStep: '', nextStepDate: '', actions: [], committee: [], opportunities: [], ...patch,
});

function firmPlan(): Plan {
  const plan = emptyPlan(2027, 'Axone 2027', '2026-11-20T08:45:00.000Z');
  plan.company = { ...plan.company, name: 'Axone', customerKind: 'b2b' };
  plan.accounts = [
    account('lac', 'Clinique du Lac', {
      currentRevenueCents: 299_900, // 29,99 % of 10 000 €: conquest
      potentialCents: 1_000_000,
      committee: [member('dir', 'decisionMaker'), member('dsi', 'prescriber')],
      opportunities: [
        { id: 'audit', title: 'Audit', amountCents: 1_200_000, closingMonth: 2, stage: 'proposal', probabilityBasisPoints: null },
        { id: 'training', title: 'Formation', amountCents: 123_457, closingMonth: 3, stage: 'qualified', probabilityBasisPoints: null },
      ],
    }),
    account('morin', 'Transports Morin', {
      currentRevenueCents: 300_000, // 30 %: development
      potentialCents: 1_000_000,
      committee: [member('buyer', 'buyer')],
      opportunities: [
        { id: 'firewall', title: 'Pare-feu', amountCents: 3_000_000, closingMonth: 5, stage: 'negotiation', probabilityBasisPoints: 6_000 },
        { id: 'backup', title: 'Sauvegarde', amountCents: 800_000, closingMonth: 8, stage: 'lost', probabilityBasisPoints: null },
      ],
    }),
    account('mairie', 'Mairie de Trélazé', {
      currentRevenueCents: 600_100, // 60,01 %: loyalty
      potentialCents: 1_000_000,
      committee: [member('mayor', 'decisionMaker'), member('dgs', 'influencer'), member('it', 'user')],
      opportunities: [
        { id: 'won', title: 'Parc', amountCents: 4_500_000, closingMonth: 11, stage: 'won', probabilityBasisPoints: null },
        { id: 'new', title: 'Wi-Fi', amountCents: 999_999, closingMonth: 12, stage: 'identified', probabilityBasisPoints: null },
      ],
    }),
    account('garnier', 'Étude Garnier', { currentRevenueCents: 600_000, potentialCents: 1_000_000, committee: [member('notary', 'decisionMaker'), member('clerk', 'user')] }),
  ];
  plan.pipelineTargets = { quarterCents: [200_000, 2_000_000, null, 4_600_000] };
  return plan;
}

let dir: string;
let capm: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-pipeline-'));
  const json = path.join(dir, 'plan.json');
  fs.writeFileSync(json, JSON.stringify(toInterchange(firmPlan(), '2026-11-20T08:45:00.000Z')));
  capm = path.join(dir, 'axone.capm');
  expect((await cli('import', json, capm)).err).toBe('');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check --json on a plan built from JSON with key accounts', () => {
  it('gives the weighted pipeline to the cent, by quarter and by stage', async () => {
    const { code, out } = await cli('check', capm, '--json');
    expect(code).toBe(0);
    const { pipeline } = JSON.parse(out);
    expect(pipeline.weightedCents).toBe(expectedTotal);
    expect(pipeline.weightedQuarterCents).toEqual(expectedQuarters);
    expect(pipeline.byStage).toEqual([
      { stage: 'identified', count: 1, amountCents: 999_999, weightedCents: 100_000 },
      { stage: 'qualified', count: 1, amountCents: 123_457, weightedCents: 18_519 },
      { stage: 'proposal', count: 1, amountCents: 1_200_000, weightedCents: 240_000 },
      { stage: 'negotiation', count: 1, amountCents: 3_000_000, weightedCents: 1_800_000 },
      { stage: 'won', count: 1, amountCents: 4_500_000, weightedCents: 4_500_000 },
      { stage: 'lost', count: 1, amountCents: 800_000, weightedCents: 0 },
    ]);
    expect(pipeline.targetQuarterCents).toEqual([200_000, 2_000_000, null, 4_600_000]);
    expect(pipeline.shortfallQuarterCents).toEqual([0, 200_000, null, 0]);
  });

  it('gives each account’s share of wallet and band at the edges, its contacts and whether someone decides', async () => {
    const { accounts } = JSON.parse((await cli('check', capm, '--json')).out);
    expect(accounts).toEqual([
      { id: 'lac', name: 'Clinique du Lac', shareOfWalletBasisPoints: 2_999, band: 'conquest', contacts: 2, hasDecisionMaker: true, weightedCents: 258_519 },
      { id: 'morin', name: 'Transports Morin', shareOfWalletBasisPoints: 3_000, band: 'development', contacts: 1, hasDecisionMaker: false, weightedCents: 1_800_000 },
      { id: 'mairie', name: 'Mairie de Trélazé', shareOfWalletBasisPoints: 6_001, band: 'loyalty', contacts: 3, hasDecisionMaker: true, weightedCents: 4_600_000 },
      { id: 'garnier', name: 'Étude Garnier', shareOfWalletBasisPoints: 6_000, band: 'development', contacts: 2, hasDecisionMaker: true, weightedCents: 0 },
    ]);
  });

  it('warns about the account without a decision maker and the quarter the pipeline falls short in', async () => {
    const { warnings } = JSON.parse((await cli('check', capm, '--json')).out);
    const ofAccounts = warnings.filter((warning: { step: string }) => warning.step === 'accounts');
    expect(ofAccounts.map((warning: { code: string; itemId: string | null }) => [warning.code, warning.itemId])).toEqual([
      ['accountWithoutDecisionMaker', 'morin'],
      ['accountSingleContact', 'morin'],
      ['pipelineShortfall', null],
    ]);
    expect(ofAccounts[0].message).toContain('Transports Morin');
    expect(ofAccounts[2].message).toBe('Il vous manque 2\u202f000,00\u00a0€ d’affaires pondérées au T2 pour atteindre 20\u202f000,00\u00a0€ de chiffre d’affaires nouveau.');
  });
});

describe('the key accounts step in check', () => {
  it('is listed for a firm selling to companies, not for a shop without accounts, whose check does not ask for it', async () => {
    const listed = (json: string) => JSON.parse(json).steps.find((step: { id: string }) => step.id === 'accounts');
    expect(listed((await cli('check', capm, '--json')).out)).toMatchObject({ listed: true, state: 'done' });
    const shop = path.join(dir, 'bakery.capm');
    expect((await cli('new', shop, '--sample', 'bakery')).code).toBe(0);
    expect(listed((await cli('check', shop, '--json')).out)).toMatchObject({ listed: false, state: 'todo' });
    const text = (await cli('check', shop)).out;
    expect(text).not.toContain('Comptes clés');
    expect(text).toContain('Cibles');
  });
});

describe('check --json on the B2B sample', () => {
  it('weights every deal of the sample as the sum of amount × probability, by quarter', async () => {
    const file = path.join(dir, 'b2b.capm');
    expect((await cli('new', file, '--sample', 'b2b')).code).toBe(0);
    const { pipeline } = JSON.parse((await cli('check', file, '--json')).out);
    const deals = buildSample('b2b', 'fr').accounts.flatMap((a) => a.opportunities);
    expect(deals.length).toBeGreaterThanOrEqual(12);
    const byDefault: Record<string, number> = { identified: 1_000, qualified: 1_500, proposal: 2_000, negotiation: 4_500, won: 10_000, lost: 0 };
    const weighted = deals.map((deal) => ({
      quarter: Math.floor((deal.closingMonth - 1) / 3),
      cents: Math.round((deal.amountCents * (deal.probabilityBasisPoints ?? byDefault[deal.stage])) / 10_000),
    }));
    expect(pipeline.weightedQuarterCents).toEqual([0, 1, 2, 3].map((q) => weighted.filter((w) => w.quarter === q).reduce((sum, w) => sum + w.cents, 0)));
    expect(pipeline.weightedCents).toBe(weighted.reduce((sum, w) => sum + w.cents, 0));
    expect(pipeline.byStage.map((row: { stage: string }) => row.stage)).toEqual([...pipelineStages]);
  });
});

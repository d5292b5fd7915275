import { describe, expect, it } from 'vitest';
import { accountSummary, accountTotals, pipelineReport, shareOfWallet, STAGE_PROBABILITY_BASIS_POINTS, weightedCents } from '../../shared/compute/pipeline';
import { emptyPlan, pipelineStages, type KeyAccount, type Opportunity, type PipelineStage, type Plan } from '../../shared/plan';

const deal = (patch: Partial<Opportunity> = {}): Opportunity => ({
  id: 'o', title: 'Audit', amountCents: 1_000_000, closingMonth: 1, stage: 'proposal', probabilityBasisPoints: null, ...patch,
});

const account = (patch: Partial<KeyAccount> = {}): KeyAccount => ({
  id: 'a', company: 'Cabinet Roy', sector: '', size: null, why: '', currentRevenueCents: null, potentialCents: null,
  nextStep: '', nextStepDate: '', actions: [], committee: [], opportunities: [], ...patch,
});

const planWith = (accounts: KeyAccount[], targets: (number | null)[] = [null, null, null, null]): Plan => ({
  ...emptyPlan(2027, 'Axone', '2026-11-20T00:00:00.000Z'),
  accounts,
  pipelineTargets: { quarterCents: targets },
});

describe('share of wallet', () => {
  // current ÷ potential on a potential of 1 000 000,00 € (the band edges of the method, §5c).
  const at = (currentCents: number) => shareOfWallet({ currentRevenueCents: currentCents, potentialCents: 100_000_000 });

  it('is conquest under 30 %, development from 30 % to 60 %, loyalty above 60 %', () => {
    expect(at(29_990_000)).toEqual({ basisPoints: 2_999, band: 'conquest' });
    expect(at(30_000_000)).toEqual({ basisPoints: 3_000, band: 'development' });
    expect(at(60_000_000)).toEqual({ basisPoints: 6_000, band: 'development' });
    expect(at(60_010_000)).toEqual({ basisPoints: 6_001, band: 'loyalty' });
  });

  it('decides the band on the exact ratio, not on the rounded percentage', () => {
    // 29,995 % prints as 30,00 % (rounded to the basis point) and is still under 30 %.
    expect(at(29_995_000)).toEqual({ basisPoints: 3_000, band: 'conquest' });
    // 60,004 % prints as 60,00 % and is above 60 %.
    expect(at(60_004_000)).toEqual({ basisPoints: 6_000, band: 'loyalty' });
    expect(shareOfWallet({ currentRevenueCents: 1, potentialCents: 3 })).toEqual({ basisPoints: 3_333, band: 'development' });
  });

  it('has no figure without both amounts or with a potential of 0', () => {
    expect(shareOfWallet({ currentRevenueCents: null, potentialCents: 100 })).toEqual({ basisPoints: null, band: null });
    expect(shareOfWallet({ currentRevenueCents: 100, potentialCents: null })).toEqual({ basisPoints: null, band: null });
    expect(shareOfWallet({ currentRevenueCents: 0, potentialCents: 0 })).toEqual({ basisPoints: null, band: null });
    expect(shareOfWallet({ currentRevenueCents: 0, potentialCents: 500 })).toEqual({ basisPoints: 0, band: 'conquest' });
  });

  it('stays exact on the largest amounts a plan holds, and above 100 % when revenue passes the potential', () => {
    expect(shareOfWallet({ currentRevenueCents: 3e12, potentialCents: 1e13 })).toEqual({ basisPoints: 3_000, band: 'development' });
    expect(shareOfWallet({ currentRevenueCents: 3e12 - 1, potentialCents: 1e13 }).band).toBe('conquest');
    expect(shareOfWallet({ currentRevenueCents: 15_000, potentialCents: 10_000 })).toEqual({ basisPoints: 15_000, band: 'loyalty' });
  });
});

describe('weighted amounts', () => {
  it('takes the stage’s probability unless one is typed', () => {
    expect(weightedCents(deal({ stage: 'proposal' }))).toBe(200_000);
    expect(weightedCents(deal({ stage: 'negotiation' }))).toBe(450_000);
    expect(weightedCents(deal({ stage: 'won' }))).toBe(1_000_000);
    expect(weightedCents(deal({ stage: 'lost', probabilityBasisPoints: null }))).toBe(0);
    expect(weightedCents(deal({ stage: 'proposal', probabilityBasisPoints: 3_500 }))).toBe(350_000);
    expect(weightedCents(deal({ stage: 'qualified', probabilityBasisPoints: 0 }))).toBe(0);
  });

  it('rounds each deal to the cent, half away from zero', () => {
    // 1 234,57 € × 15 % = 185,1855 € → 185,19 €; 0,05 € × 10 % = 0,005 € → 0,01 €.
    expect(weightedCents(deal({ amountCents: 123_457, stage: 'qualified' }))).toBe(18_519);
    expect(weightedCents(deal({ amountCents: 5, stage: 'identified' }))).toBe(1);
    expect(weightedCents(deal({ amountCents: 4, stage: 'identified' }))).toBe(0);
  });

  it('has a probability for every stage, between 0 and 100 %, rising towards the signature', () => {
    const open = pipelineStages.filter((stage) => stage !== 'lost').map((stage) => STAGE_PROBABILITY_BASIS_POINTS[stage]);
    expect(open).toEqual([...open].sort((a, b) => a - b));
    expect(STAGE_PROBABILITY_BASIS_POINTS.won).toBe(10_000);
    expect(STAGE_PROBABILITY_BASIS_POINTS.lost).toBe(0);
  });
});

describe('the weighted pipeline', () => {
  it('is empty but complete without accounts: four zero quarters, every stage listed', () => {
    const report = pipelineReport(planWith([]));
    expect(report.weightedCents).toBe(0);
    expect(report.weightedQuarterCents).toEqual([0, 0, 0, 0]);
    expect(report.byStage.map((row) => row.stage)).toEqual([...pipelineStages]);
    expect(report.byStage.every((row) => row.count === 0 && row.amountCents === 0 && row.weightedCents === 0)).toBe(true);
    expect(report.quarters.map((quarter) => quarter.shortfallCents)).toEqual([null, null, null, null]);
    expect(report.year).toEqual({ targetCents: null, shortfallCents: null, forecastCents: null });
    expect(accountTotals([])).toEqual({ currentRevenueCents: 0, potentialCents: 0, contacts: 0 });
  });

  it('puts each deal in the quarter of its closing month and compares it with the target', () => {
    const plan = planWith(
      [
        account({ opportunities: [deal({ id: 'm', closingMonth: 3, amountCents: 1_000_000 }), deal({ id: 'n', closingMonth: 4, amountCents: 123_457, stage: 'qualified' })] }),
        account({ id: 'b', opportunities: [deal({ id: 'p', closingMonth: 12, stage: 'won', amountCents: 99_999 }), deal({ id: 'q', closingMonth: 9, stage: 'lost' })] }),
      ],
      [150_000, 2_018_519, null, 0],
    );
    plan.company.revenueForecastCents = [100, 200, 300, null, null, null, null, null, null, 5, null, null];
    const report = pipelineReport(plan);
    expect(report.weightedQuarterCents).toEqual([200_000, 18_519, 0, 99_999]);
    expect(report.weightedCents).toBe(318_518);
    expect(report.amountCents).toBe(1_000_000 + 123_457 + 99_999 + 1_000_000);
    expect(report.quarters.map((quarter) => quarter.shortfallCents)).toEqual([0, 2_000_000, null, 0]);
    expect(report.quarters.map((quarter) => quarter.forecastCents)).toEqual([600, null, null, 5]);
    expect(report.byStage.find((row) => row.stage === 'lost')).toEqual({ stage: 'lost', count: 1, amountCents: 1_000_000, weightedCents: 0 });
    // The year: the quarters that have a figure, added.
    expect(report.year).toEqual({ targetCents: 2_168_519, shortfallCents: 2_000_000, forecastCents: 605 });
  });

  it('adds up: the quarters, the stages and the accounts each sum to the total of the rounded deals', () => {
    let seed = 17;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    for (let round = 0; round < 200; round += 1) {
      const accounts = Array.from({ length: 1 + random(6) }, (_, index) =>
        account({
          id: `a${index}`,
          opportunities: Array.from({ length: random(8) }, (_, deal) => ({
            id: `o${deal}`,
            title: '',
            amountCents: random(100_000_000),
            closingMonth: 1 + random(12),
            stage: pipelineStages[random(pipelineStages.length)] as PipelineStage,
            probabilityBasisPoints: random(3) === 0 ? random(10_001) : null,
          })),
        }),
      );
      const plan = planWith(accounts);
      const report = pipelineReport(plan);
      // The reference: amount × probability ÷ 10 000 per deal, rounded half up (amounts are positive).
      const expected = accounts.flatMap((a) => a.opportunities).map((o) => {
        const probability = o.probabilityBasisPoints ?? STAGE_PROBABILITY_BASIS_POINTS[o.stage];
        return { quarter: Math.floor((o.closingMonth - 1) / 3), stage: o.stage, cents: Math.floor((o.amountCents * probability + 5_000) / 10_000) };
      });
      const total = expected.reduce((sum, line) => sum + line.cents, 0);
      expect(report.weightedCents).toBe(total);
      expect(report.weightedQuarterCents).toEqual([0, 1, 2, 3].map((q) => expected.filter((line) => line.quarter === q).reduce((sum, line) => sum + line.cents, 0)));
      expect(report.byStage.reduce((sum, row) => sum + row.weightedCents, 0)).toBe(total);
      expect(accounts.map(accountSummary).reduce((sum, summary) => sum + summary.weightedCents, 0)).toBe(total);
    }
  });
});

describe('an account’s summary', () => {
  it('counts the committee and says whether someone decides', () => {
    const member = { id: 'm', name: 'Claire', position: '', role: 'buyer' as const, attitude: 'neutral' as const, channel: 'phone' as const, lastContact: '' };
    expect(accountSummary(account({ committee: [member] }))).toMatchObject({ contacts: 1, hasDecisionMaker: false });
    expect(accountSummary(account({ committee: [member, { ...member, id: 'n', role: 'decisionMaker' }] }))).toMatchObject({ contacts: 2, hasDecisionMaker: true });
  });
});

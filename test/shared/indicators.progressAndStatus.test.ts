import { describe, expect, it } from 'vitest';
import {
  defaultAsOf,
  directionOf,
  expectedShare,
  indicatorProgress,
  kpiIndicator,
  lastCountedMonth,
  objectiveDirection,
  objectiveIndicator,
  readDecimal,
  statusOf,
} from '../../shared/compute/indicators';
import type { Kpi, Objective } from '../../shared/plan';

const months = (...values: (string | null)[]) => Array.from({ length: 12 }, (_, index) => values[index] ?? null);
const kpi = (patch: Partial<Kpi>): Kpi => ({
  id: 'k',
  name: 'Indicateur',
  unit: '',
  direction: null,
  baseline: '',
  target: '',
  actualByMonth: months(),
  catalogueKey: null,
  ...patch,
});

describe('progress runs from the baseline to the target, whichever way the indicator goes', () => {
  it('scores a falling acquisition cost 40 → 25 measured at 31 as 60 %, behind at the end of the year', () => {
    const cost = kpi({ catalogueKey: 'costPerAcquisition', baseline: '40', target: '25', actualByMonth: months(null, null, '31') });
    const progress = kpiIndicator(cost, 2027, '2027-12-31');
    expect(progress).toMatchObject({ direction: 'lowerIsBetter', progressBasisPoints: 6000, latest: '31', latestMonth: 3, status: 'late' });
  });

  it('scores a search rank 3 → 1 measured at 2 as 50 %', () => {
    const rank = kpi({ catalogueKey: 'searchRanking', baseline: '3', target: '1', actualByMonth: months('2') });
    expect(kpiIndicator(rank, 2027, '2027-12-31').progressBasisPoints).toBe(5000);
  });

  it('counts reviews from where they started, not from zero', () => {
    const reviews = kpi({ baseline: '168', target: '250', actualByMonth: months('168') });
    expect(indicatorProgress(reviews, 0).progressBasisPoints).toBe(0);
    expect(indicatorProgress({ ...reviews, actualByMonth: months('168', '209') }, 0).progressBasisPoints).toBe(5000);
  });

  it('reads French decimals exactly and rounds half away from zero', () => {
    // (2,345 − 2) ÷ (3 − 2) = 34,5 %; (1 − 0) ÷ 3 = 33,33 %; (2 − 0) ÷ 3 = 66,67 %
    expect(indicatorProgress(kpi({ baseline: '2', target: '3', actualByMonth: months('2,345') }), 0).progressBasisPoints).toBe(3450);
    expect(indicatorProgress(kpi({ baseline: '0', target: '3', actualByMonth: months('1') }), 0).progressBasisPoints).toBe(3333);
    expect(indicatorProgress(kpi({ baseline: '0', target: '3', actualByMonth: months('2') }), 0).progressBasisPoints).toBe(6667);
    expect(indicatorProgress(kpi({ baseline: '1 200', target: '1 800 €', actualByMonth: months('1 500,5') }), 0).progressBasisPoints).toBe(5008);
  });

  it('goes below zero when the indicator moved the wrong way, and past 100 % beyond the target', () => {
    expect(indicatorProgress(kpi({ direction: 'lowerIsBetter', baseline: '40', target: '25', actualByMonth: months('46') }), 0).progressBasisPoints).toBe(-4000);
    expect(indicatorProgress(kpi({ baseline: '100', target: '200', actualByMonth: months('250') }), 0).progressBasisPoints).toBe(15000);
  });

  it('keeps huge figures exact', () => {
    const big = kpi({ baseline: '999999999999999', target: '999999999999999,9', actualByMonth: months('999999999999999,45') });
    expect(indicatorProgress(big, 0).progressBasisPoints).toBe(5000);
  });

  it('says why progress cannot be computed', () => {
    expect(indicatorProgress(kpi({ target: 'beaucoup', actualByMonth: months('3') }), 0)).toMatchObject({ problem: 'noTarget', status: 'notMeasured', progressBasisPoints: null });
    expect(indicatorProgress(kpi({ target: '10' }), 0)).toMatchObject({ problem: 'noActual', status: 'notMeasured' });
    expect(indicatorProgress(kpi({ direction: 'lowerIsBetter', target: '10', actualByMonth: months('12') }), 0).problem).toBe('noBaseline');
    expect(indicatorProgress(kpi({ baseline: '5', target: '5', actualByMonth: months('5') }), 0).problem).toBe('targetEqualsBaseline');
    expect(indicatorProgress(kpi({ direction: 'higherIsBetter', baseline: '40', target: '25', actualByMonth: months('30') }), 0).problem).toBe('targetAgainstDirection');
  });

  it('ignores values typed for months after the date', () => {
    const visits = kpi({ baseline: '0', target: '100', actualByMonth: months('10', '20', '30', '90') });
    expect(indicatorProgress(visits, 0, 3)).toMatchObject({ latestMonth: 3, progressBasisPoints: 3000 });
    expect(indicatorProgress(visits, 0, 0)).toMatchObject({ latestMonth: null, status: 'notMeasured' });
  });
});

describe('direction: the user, the catalogue, the figures, the name', () => {
  it('follows the user first, then the catalogue', () => {
    expect(directionOf({ direction: 'higherIsBetter', catalogueKey: 'costPerAcquisition', name: '', baseline: '', target: '' })).toBe('higherIsBetter');
    expect(directionOf({ direction: null, catalogueKey: 'bounceRate', name: '', baseline: '', target: '' })).toBe('lowerIsBetter');
    expect(directionOf({ direction: null, catalogueKey: 'websiteVisits', name: '', baseline: '', target: '' })).toBe('higherIsBetter');
  });
  it('reads a target below the start as a fall, and a cost in the name as something to reduce', () => {
    expect(directionOf({ name: 'Délai de réponse', baseline: '48', target: '24' })).toBe('lowerIsBetter');
    expect(directionOf({ name: 'Coût par contact', baseline: '', target: '12' })).toBe('lowerIsBetter');
    expect(directionOf({ name: 'Visites', baseline: '', target: '12' })).toBe('higherIsBetter');
  });
  it('gives an objective the direction its progress is read in, from its title and indicator words', () => {
    const objective = (patch: Partial<Objective>): Objective => ({
      id: 'o1',
      title: '',
      family: 'awareness',
      indicator: '',
      direction: null,
      baseline: '',
      target: '100',
      unit: '',
      deadline: '2027-12-31',
      notes: '',
      ...patch,
    });
    const cases = [
      objective({ title: 'Réduire le coût d’acquisition', indicator: 'coût par client' }),
      objective({ title: 'Plus de clients', indicator: 'Nombre de clients', baseline: '120', target: '150' }),
      objective({ title: 'Répondre plus vite', indicator: 'Délai de réponse', baseline: '48', target: '24' }),
      objective({ title: 'Délai', indicator: 'heures', direction: 'higherIsBetter', baseline: '48', target: '24' }),
    ];
    expect(cases.map(objectiveDirection)).toEqual(['lowerIsBetter', 'higherIsBetter', 'lowerIsBetter', 'higherIsBetter']);
    for (const one of cases) expect(objectiveDirection(one)).toBe(objectiveIndicator(one, 2027, '2027-06-30').direction);
  });
});

describe('status against the expected path', () => {
  it('is on track only at or above the path, ahead ten points beyond or at the target early', () => {
    expect(statusOf(2500, 2500)).toBe('onTrack');
    expect(statusOf(2499, 2500)).toBe('late');
    expect(statusOf(3500, 2500)).toBe('ahead');
    expect(statusOf(3499, 2500)).toBe('onTrack');
    expect(statusOf(10_000, 9_500)).toBe('ahead');
    expect(statusOf(10_000, 10_000)).toBe('onTrack');
    expect(statusOf(9_999, 10_000)).toBe('late');
  });

  it('expects the share of days elapsed, to the deadline when there is one', () => {
    expect(expectedShare(2027, '2027-12-31')).toBe(10_000);
    expect(expectedShare(2027, '2026-12-01')).toBe(0);
    expect(expectedShare(2027, '2027-03-31')).toBe(Math.round((90 * 10_000) / 365));
    expect(expectedShare(2027, '2027-06-30', '2027-06-30')).toBe(10_000);
    expect(expectedShare(2028, '2028-12-31')).toBe(10_000); // leap year: 366 days
    expect(expectedShare(2027, '2027-01-31', 'pas une date')).toBe(Math.round((31 * 10_000) / 365));
  });

  it('reads the figures today during the plan year, else at its last day', () => {
    expect(defaultAsOf(2027, new Date('2027-05-10T12:00:00Z'))).toBe('2027-05-10');
    expect(defaultAsOf(2027, new Date('2026-12-01T12:00:00Z'))).toBe('2027-12-31');
    expect(defaultAsOf(2025, new Date('2026-12-01T12:00:00Z'))).toBe('2025-12-31');
    expect(lastCountedMonth(2027, '2027-05-10')).toBe(5);
    expect(lastCountedMonth(2027, '2026-12-01')).toBe(0);
  });

  it('rejects what is not a number', () => {
    for (const text of ['', '1,2,3', 'abc', '--1', '1e5', null]) expect(readDecimal(text)).toBeNull();
  });
});

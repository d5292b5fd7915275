import { describe, expect, it } from 'vitest';
import { costLine } from '../../shared/plan';

// Each trainer's phrasing, written as data the way the budget step will store it.
describe('a cost line expresses every way trainers phrase a cost', () => {
  it('"850 € in Q1" is a fixed amount over the first quarter', () => {
    const line = costLine.parse({
      id: 'c1',
      kind: 'fixed',
      label: 'Affichage',
      amountCents: 85_000,
      period: { kind: 'quarter', quarter: 1 },
    });
    expect(line).toEqual({ id: 'c1', kind: 'fixed', label: 'Affichage', amountCents: 85_000, period: { kind: 'quarter', quarter: 1 } });
  });

  it('"3.5 % of the quarter\'s revenue" is 350 basis points over a quarter', () => {
    const line = costLine.parse({
      id: 'c2',
      kind: 'percentOfRevenue',
      label: 'Commission',
      rateBasisPoints: 350,
      period: { kind: 'quarter', quarter: 3 },
    });
    expect(line.kind).toBe('percentOfRevenue');
    if (line.kind !== 'percentOfRevenue') return;
    expect(line.rateBasisPoints / 100).toBe(3.5);
    expect(line.period).toEqual({ kind: 'quarter', quarter: 3 });
  });

  it('"10 % of revenue from July to December" is 1000 basis points over months 7 to 12', () => {
    const line = costLine.parse({
      id: 'c3',
      kind: 'percentOfRevenue',
      label: 'Reversement',
      rateBasisPoints: 1000,
      period: { kind: 'months', from: 7, to: 12 },
    });
    expect(line).toMatchObject({ rateBasisPoints: 1000, period: { kind: 'months', from: 7, to: 12 } });
  });

  it('"6 hours per week" is 360 minutes per week', () => {
    const line = costLine.parse({
      id: 'c4',
      kind: 'internalHours',
      label: 'Réseaux sociaux',
      minutes: 6 * 60,
      per: 'week',
      period: { kind: 'year' },
    });
    expect(line).toMatchObject({ kind: 'internalHours', minutes: 360, per: 'week', period: { kind: 'year' } });
  });

  it('"16 hours per month" is 960 minutes per month', () => {
    const line = costLine.parse({
      id: 'c5',
      kind: 'internalHours',
      label: 'Newsletter',
      minutes: 16 * 60,
      per: 'month',
      period: { kind: 'year' },
    });
    expect(line).toMatchObject({ minutes: 960, per: 'month' });
  });

  it('"500 € spread over April–June" is a fixed amount over months 4 to 6', () => {
    const line = costLine.parse({
      id: 'c6',
      kind: 'fixed',
      label: 'Salon',
      amountCents: 50_000,
      period: { kind: 'months', from: 4, to: 6 },
    });
    expect(line).toMatchObject({ kind: 'fixed', amountCents: 50_000, period: { kind: 'months', from: 4, to: 6 } });
  });

  it('keeps hours exact to the minute ("1 h 30")', () => {
    const line = costLine.parse({ id: 'c7', kind: 'internalHours', label: '', minutes: 90, per: 'week', period: { kind: 'year' } });
    expect(line).toMatchObject({ minutes: 90 });
  });

  it('refuses a field that belongs to another kind (a rate on hours)', () => {
    const result = costLine.safeParse({ id: 'c8', kind: 'internalHours', label: '', rateBasisPoints: 350, per: 'week', period: { kind: 'year' } });
    expect(result.success).toBe(false);
  });

  it('refuses an unknown kind and an unknown rhythm', () => {
    expect(costLine.safeParse({ id: 'c9', kind: 'perUnit', label: '', amountCents: 1, period: { kind: 'year' } }).success).toBe(false);
    expect(
      costLine.safeParse({ id: 'c9', kind: 'internalHours', label: '', minutes: 60, per: 'day', period: { kind: 'year' } }).success,
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, formatEuros, formatNumber, formatPercent } from '../../shared/money';

// The texts are written from integers (decision 013); Intl's fr-FR is the reference they must match
// character for character wherever Intl itself is right.
const intl = {
  euros: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  wholeEuros: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  percent: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 }),
  count: new Intl.NumberFormat('fr-FR'),
  twoDecimals: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }),
};

/** Intl writes -0,07 € rounded to whole euros as « -0 € »; the app writes « 0 € » (see below). */
const withoutNegativeZero = (text: string) => text.replace(/^-(0\D*)$/, '$1');

/** A spread of integers: every size from 0 to 10^15, both signs, round and ragged. */
function integers(): number[] {
  const values = [0, 1, 5, 9, 10, 49, 50, 51, 99, 100, 101, 999, 1_000, 1_001, 99_999, 100_000, 125_050];
  let seed = 7;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647);
  for (let power = 1; power <= 15; power += 1) for (let draw = 0; draw < 20; draw += 1) values.push(Math.floor((next() / 2_147_483_647) * 10 ** power));
  return values.flatMap((value) => (value === 0 ? [0] : [value, -value]));
}

describe('amounts, rates and counts written as Intl fr-FR writes them', () => {
  it.each(integers())('%i cents, in euros with and without decimals', (cents) => {
    expect(formatEuros(cents)).toBe(intl.euros.format(cents / 100));
    expect(formatEuros(cents, { decimals: false })).toBe(withoutNegativeZero(intl.wholeEuros.format(cents / 100)));
  });

  it.each(integers())('%i basis points as a rate, and as a count', (value) => {
    expect(formatPercent(value)).toBe(intl.percent.format(value / 10_000));
    expect(formatCount(value)).toBe(intl.count.format(value));
  });

  it.each([0.5, 2.75, 1_234.56, 3.14159, -12.3, 0.001, 99.999, 1e-7])('%d with decimals', (value) => {
    expect(formatCount(value)).toBe(intl.count.format(value));
    expect(formatNumber(value, 2)).toBe(intl.twoDecimals.format(value));
  });
});

describe('where the integers do better than Intl', () => {
  it('never writes a negative zero', () => {
    expect(formatEuros(-0)).toBe('0,00\u00a0€');
    expect(formatEuros(-40, { decimals: false })).toBe('0\u00a0€');
    expect(formatNumber(-0.0001, 2)).toBe('0');
  });

  it('rounds a fraction of a cent half away from zero, both signs alike', () => {
    expect(formatEuros(12.5)).toBe('0,13\u00a0€');
    expect(formatEuros(-12.5)).toBe('-0,13\u00a0€');
    expect(formatEuros(150, { decimals: false })).toBe('2\u00a0€');
    expect(formatEuros(-250, { decimals: false })).toBe('-3\u00a0€');
  });

  it('writes the cents of the largest exact amount exactly, where dividing by 100 first loses them', () => {
    expect(formatEuros(Number.MAX_SAFE_INTEGER)).toBe('90\u202f071\u202f992\u202f547\u202f409,91\u00a0€');
  });

  it('writes every digit of an amount beyond 2^53 cents, and a dash for what is not a number', () => {
    // 1e23 is 99 999 999 999 999 991 611 392 as a double: those digits.
    expect(formatEuros(1e23)).toMatch(/^999\u202f999\u202f999\u202f999\u202f999\u202f916\u202f113,92\u00a0€$/);
    expect(formatEuros(Number.NaN)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

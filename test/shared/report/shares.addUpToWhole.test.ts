import { describe, expect, it } from 'vitest';
import { sharesOfTotal } from '../../../shared/report/shares';

describe('shares of a breakdown add up to 100 %', () => {
  it('gives the leftover basis points to the largest remainders, ties to the first', () => {
    expect(sharesOfTotal([1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(sharesOfTotal([2, 1])).toEqual([6667, 3333]);
    expect(sharesOfTotal([100, 0])).toEqual([10_000, 0]);
  });

  it('always sums to exactly 10 000 for many awkward parts', () => {
    const parts = [71_029, 33_333, 1, 99_999_999_999, 7, 250_000_025];
    const shares = sharesOfTotal(parts) as number[];
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('has no share when there is nothing to share', () => {
    expect(sharesOfTotal([0, 0])).toEqual([null, null]);
    expect(sharesOfTotal([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { basisPointsToInputText, formatCount, formatPercent, parsePercentToBasisPoints } from '../../shared/money';

describe('percentages as a French user types and reads them', () => {
  it.each([
    ['3,5', 350],
    ['3.5 %', 350],
    ['20', 2000],
    ['5,5 %', 550],
    ['2,1', 210],
    ['0,05', 5],
    ['100', 10_000],
  ])('reads %j as %i basis points', (text, basisPoints) => {
    expect(parsePercentToBasisPoints(text)).toBe(basisPoints);
  });

  it.each(['', 'abc', '3,555', '-2', '1,2,3'])('refuses %j', (text) => {
    expect(parsePercentToBasisPoints(text)).toBeNull();
  });

  it('writes basis points back as typed text and as French formatting', () => {
    expect(basisPointsToInputText(350)).toBe('3,5');
    expect(basisPointsToInputText(2000)).toBe('20');
    expect(basisPointsToInputText(5)).toBe('0,05');
    expect(basisPointsToInputText(null)).toBe('');
    expect(basisPointsToInputText(350, 'en')).toBe('3.5');
    expect(formatPercent(350)).toBe('3,5\u00a0%');
    expect(formatPercent(2000)).toBe('20\u00a0%');
    expect(formatCount(50_000)).toBe('50\u202f000');
  });
});

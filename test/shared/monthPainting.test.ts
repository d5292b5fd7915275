import { describe, expect, it } from 'vitest';
import { paintMonths } from '../../renderer/steps/calendar/monthPainting';

describe('painting months in the calendar', () => {
  it('switches a month on once, keeping months in order', () => {
    expect(paintMonths([3, 9], 6, true)).toEqual([3, 6, 9]);
    expect(paintMonths([3, 6], 6, true)).toEqual([3, 6]);
  });

  it('switches a month off, and leaves the row alone when it already was', () => {
    expect(paintMonths([3, 6, 9], 6, false)).toEqual([3, 9]);
    expect(paintMonths([3, 9], 6, false)).toEqual([3, 9]);
  });
});

import { describe, expect, it } from 'vitest';
import { pastedRows, readPastedBlock } from '../../shared/compute/pastedBlock';

describe('a block pasted from a spreadsheet', () => {
  it('reads a 3 × 4 block of French amounts from where it is pasted', () => {
    const text = '120,50\t80\t1 250,00\t0\r\n\t45,5\t12\t\r\n300\t300\t300\t300\r\n';
    const cells = readPastedBlock(text, 1, 2, 10, 12);
    expect(cells).toHaveLength(12);
    expect(cells[0]).toEqual({ row: 1, column: 2, cents: 12_050, text: '120,50', valid: true });
    expect(cells[2]).toMatchObject({ row: 1, column: 4, cents: 125_000 });
    // An empty cell changes nothing.
    expect(cells[4]).toEqual({ row: 2, column: 2, cents: null, text: '', valid: true });
    expect(cells[5]).toMatchObject({ row: 2, column: 3, cents: 4_550 });
    expect(cells[11]).toMatchObject({ row: 3, column: 5, cents: 30_000 });
  });

  it('keeps what falls outside the grid out, and flags what is no amount', () => {
    const cells = readPastedBlock('10\t20\t30\nabc\t-5\t7', 0, 10, 1, 12);
    expect(cells.map(({ column, valid }) => [column, valid])).toEqual([
      [10, true],
      [11, true],
    ]);
    expect(readPastedBlock('abc\t-5', 0, 0, 5, 12).map((cell) => cell.valid)).toEqual([false, false]);
  });

  it('reads lines ended the Windows, old Mac or Unix way', () => {
    expect(pastedRows('1\t2\r\n3\t4')).toEqual([['1', '2'], ['3', '4']]);
    expect(pastedRows('1\r2\n')).toEqual([['1'], ['2']]);
  });
});

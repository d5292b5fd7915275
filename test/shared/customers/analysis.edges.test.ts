import { describe, expect, it } from 'vitest';
import { analyse, type Sale } from './salesTableBuilder';

const twelveEmptyMonths = (last: string) => {
  const [year, month] = last.split('-').map(Number);
  return Array.from({ length: 12 }, (_, index) => {
    const at = year * 12 + month - 1 - 11 + index;
    return { month: `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`, cents: 0 };
  });
};

describe('files with nothing to count', () => {
  it('refuses an empty table, having no date to state figures at', () => {
    expect(() => analyse([])).toThrow('noValidLine');
  });

  it('refuses a table of bad lines only, even with an as-of date', () => {
    const bad: Sale[] = [
      { date: 'hier', amount: '10', number: 'A' },
      { date: '2026-06-01', amount: '', number: 'A' },
      { date: '2026-06-01', amount: '10' },
    ];
    expect(() => analyse(bad)).toThrow('noValidLine');
    expect(() => analyse(bad, { asOf: '2026-06-30' })).toThrow('noValidLine');
  });

  it('refuses an as-of date that is no calendar day', () => {
    expect(() => analyse([{ date: '2026-06-01', amount: '10', number: 'A' }], { asOf: '2026-02-30' })).toThrow('badAsOf');
  });

  it('gives zeros and no ratio when the as-of date comes before every line', () => {
    const { figures, customers, probableDuplicates } = analyse([{ date: '2026-06-01', amount: '10', number: 'A' }], { asOf: '2026-01-15' });
    expect(figures).toEqual({
      asOf: '2026-01-15',
      customers: 0,
      purchases: 0,
      revenueCents: 0,
      averageBasketCents: null,
      purchasesPerYearHundredths: null,
      retentionBasisPoints: null,
      top20ShareBasisPoints: null,
      previousCustomers: 0,
      segments: { new: 0, loyal: 0, lost: 0, toReactivate: 0, occasional: 0 },
      probableDuplicates: 0,
      mergedDuplicates: 0,
      monthlyRevenue: twelveEmptyMonths('2026-01'),
      lines: 1,
      badRows: 0,
      creditNotes: 0,
    });
    expect(customers).toEqual([]);
    expect(probableDuplicates).toEqual([]);
  });

  it('counts a file of credit notes only: revenue below zero, no customer, no segment', () => {
    const { figures, customers } = analyse([
      { date: '2026-06-01', amount: '-10,00', number: 'A' },
      { date: '2026-06-02', amount: '(5,50)', number: 'B' },
    ]);
    expect(figures).toMatchObject({
      asOf: '2026-06-02',
      customers: 0,
      purchases: 0,
      revenueCents: -1_550,
      creditNotes: 2,
      averageBasketCents: null,
      purchasesPerYearHundredths: null,
      top20ShareBasisPoints: null,
      retentionBasisPoints: null,
      segments: { new: 0, loyal: 0, lost: 0, toReactivate: 0, occasional: 0 },
    });
    expect(figures.monthlyRevenue.at(-1)).toEqual({ month: '2026-06', cents: -1_550 });
    expect(customers).toEqual([]);
  });
});

describe('one line', () => {
  it('is one new customer, one purchase, everything of the top 20 %', () => {
    const { figures, customers } = analyse([{ date: '14/02/2026 10:05', amount: '42,50 €', email: 'Solo@Example.fr' }]);
    expect(figures).toMatchObject({
      asOf: '2026-02-14',
      customers: 1,
      purchases: 1,
      revenueCents: 4_250,
      averageBasketCents: 4_250,
      purchasesPerYearHundredths: 100,
      retentionBasisPoints: null,
      previousCustomers: 0,
      top20ShareBasisPoints: 10_000,
      segments: { new: 1, loyal: 0, lost: 0, toReactivate: 0, occasional: 0 },
      lines: 1,
      badRows: 0,
      creditNotes: 0,
    });
    expect(figures.monthlyRevenue.map((month) => month.month)).toEqual(twelveEmptyMonths('2026-02').map((month) => month.month));
    expect(customers).toEqual([
      {
        contact: { customerNumber: '', name: '', email: 'Solo@Example.fr', phone: '', postcode: '', optedOut: false },
        segment: 'new',
        firstPurchase: '2026-02-14',
        lastPurchase: '2026-02-14',
      },
    ]);
  });
});

describe('bad lines', () => {
  it('checks the date, then the amount, then the customer', () => {
    const { badRows } = analyse([
      { date: '2026-06-01', amount: '1', number: 'ok' },
      { date: '31/02/2026', amount: 'x' }, // date and amount bad, nobody named: the date is said
      { date: '2026-06-01', amount: '0,005' }, // three decimals, nobody named: the amount is said
      { date: '2026-06-01', amount: '1', name: '?!' },
    ]);
    expect(badRows).toEqual([
      { row: 3, reason: 'badDate' },
      { row: 4, reason: 'badAmount' },
      { row: 5, reason: 'noCustomer' },
    ]);
  });

  it('counts them all and lists the first 200', () => {
    const sales: Sale[] = [{ date: '2026-06-01', amount: '1', number: 'ok' }, ...Array.from({ length: 250 }, () => ({ date: '2026-06-01', amount: 'n/a', number: 'A' }))];
    const { figures, badRows } = analyse(sales);
    expect(figures.badRows).toBe(250);
    expect(figures.lines).toBe(251);
    expect(badRows).toHaveLength(200);
    // The first bad line is row 3 (rows from 2, the good line first); the 200th is row 202.
    expect(badRows[0].row).toBe(3);
    expect(badRows[199].row).toBe(202);
  });

  it('sets a bad line aside whatever its date, so the count does not move with the as-of date', () => {
    const sales: Sale[] = [
      { date: '2026-06-01', amount: '1', number: 'A' },
      { date: '2026-07-01', amount: 'n/a', number: 'A' },
    ];
    expect(analyse(sales, { asOf: '2026-06-15' }).figures.badRows).toBe(1);
  });
});

describe('lines after the as-of date', () => {
  it('count among the lines read and nowhere else', () => {
    const sales: Sale[] = [
      { date: '2026-06-01', amount: '10', number: 'A', name: 'Jean Petit', postcode: '1000' },
      { date: '2026-07-01', amount: '99', number: 'B', name: 'Jean Petot', postcode: '1000' },
      { date: '2026-07-01', amount: '-5', number: 'A' },
    ];
    const { figures, customers, probableDuplicates } = analyse(sales, { asOf: '2026-06-30' });
    expect(figures).toMatchObject({ lines: 3, customers: 1, purchases: 1, revenueCents: 1_000, creditNotes: 0, probableDuplicates: 0 });
    expect(figures.monthlyRevenue.at(-1)).toEqual({ month: '2026-06', cents: 1_000 });
    expect(customers).toHaveLength(1);
    expect(probableDuplicates).toEqual([]);
  });
});

describe('huge amounts', () => {
  it('adds and divides them to the cent', () => {
    const { figures } = analyse([
      { date: '2026-06-01', amount: '999 999 999 999,99', number: 'A' },
      { date: '2026-06-01', amount: '0,01', number: 'B' },
      { date: '2026-06-02', amount: '1 000 000 000 000,01', number: 'C' },
    ]);
    // 99 999 999 999 999 + 1 + 100 000 000 000 001 = 200 000 000 000 001 cents.
    expect(figures.revenueCents).toBe(200_000_000_000_001);
    // ÷ 3 = 66 666 666 666 667 exactly, past what a float holds once multiplied by 10 000 below.
    expect(figures.averageBasketCents).toBe(66_666_666_666_667);
    // Top ceil(0,6) = 1 customer, C: 100 000 000 000 001 × 10 000 ÷ 200 000 000 000 001 = 4 999,99997…
    expect(figures.top20ShareBasisPoints).toBe(5_000);
  });

  it('refuses an amount too large to hold in cents exactly', () => {
    const { figures, badRows } = analyse([
      { date: '2026-06-01', amount: '1', number: 'A' },
      { date: '2026-06-01', amount: '100 000 000 000 000,00', number: 'A' },
    ]);
    // 10^16 cents is past 2^53: parseEurosToCents refuses it.
    expect(badRows).toEqual([{ row: 3, reason: 'badAmount' }]);
    expect(figures.revenueCents).toBe(100);
  });
});

import { describe, expect, it } from 'vitest';
import { roundedRatio } from '../../../shared/customers/analysis';
import { analyse, daysBefore, type Sale } from './salesTableBuilder';

/**
 * A shop's year at the as-of date 2026-06-30. Last 12 months: 2025-07-01 … 2026-06-30 (after
 * 2025-06-30, 365 days before); previous 12 months: 2024-07-01 … 2025-06-30.
 */
const shop: Sale[] = [
  // Alice: invoice F1 on two lines (one purchase of 120 €), F2, F3 in the last year; F0 the year before.
  { date: '01/06/2026', amount: '100,00', number: 'C1', email: 'alice@example.fr', invoice: 'F1' },
  { date: '01/06/2026', amount: '20,00', number: 'C1', invoice: 'F1' },
  { date: '15/03/2026', amount: '50,00', number: 'C1', invoice: 'F2' },
  { date: '10/09/2025', amount: '30,00', email: 'ALICE@example.fr ', invoice: 'F3' },
  { date: '10/01/2025', amount: '40,00', number: 'C1', invoice: 'F0' },
  // Bruno: a purchase and a credit note in May, known by his e-mail only.
  { date: '20/05/2026', amount: '80,00', email: 'bruno@example.fr' },
  { date: '25/05/2026', amount: '-20,00', email: 'bruno@example.fr' },
  // Chloé: known by her name and postcode; once last year (333 days ago), once the year before.
  { date: '01/08/2025', amount: '200,00', name: 'Chloé Martin', postcode: '75011' },
  { date: '01/12/2024', amount: '10,00', name: 'CHLOE MARTIN', postcode: '75 011' },
  // Denis: only in the previous year (486 days ago).
  { date: '01/03/2025', amount: '70,00', number: 'C4' },
  // Emma: once, 149 days ago.
  { date: '01/02/2026', amount: '40,00', number: 'C5' },
  // Fanny: a credit note only, so no purchase.
  { date: '01/04/2026', amount: '-15,00', email: 'fanny@example.fr' },
  // Set aside: an impossible date, an amount that is none, a line naming nobody.
  { date: '31/02/2026', amount: '10,00', number: 'C1' },
  { date: '02/06/2026', amount: 'dix euros', number: 'C1' },
  { date: '03/06/2026', amount: '10,00' },
  // After the as-of date: read, then left out.
  { date: '05/07/2026', amount: '999,00', number: 'C1' },
];

describe('the figures of a small shop, computed by hand', () => {
  const analysis = analyse(shop, { asOf: '2026-06-30' });

  it('counts the customers and purchases of the last 12 months', () => {
    const { figures } = analysis;
    // Alice (F1, F2, F3), Bruno, Chloé, Emma: 4 customers, 3 + 1 + 1 + 1 = 6 purchases.
    expect(figures.customers).toBe(4);
    expect(figures.purchases).toBe(6);
    // 100 + 20 + 50 + 30 + 80 − 20 + 200 + 40 − 15 = 485 €.
    expect(figures.revenueCents).toBe(48_500);
    expect(figures.creditNotes).toBe(2);
  });

  it('divides them, rounded half away from zero', () => {
    const { figures } = analysis;
    expect(figures.averageBasketCents).toBe(8_083); // 48 500 ÷ 6 = 8 083,33
    expect(figures.purchasesPerYearHundredths).toBe(150); // 6 × 100 ÷ 4
    // Previous year: Alice, Chloé, Denis; 2 of them bought again: 2 × 10 000 ÷ 3 = 6 666,67.
    expect(figures.previousCustomers).toBe(3);
    expect(figures.retentionBasisPoints).toBe(6_667);
    // Top 20 % of 4 customers, rounded up: 1, Alice or Chloé with 200 €: 20 000 × 10 000 ÷ 48 500 = 4 123,7.
    expect(figures.top20ShareBasisPoints).toBe(4_124);
  });

  it('puts each customer in the first segment that fits', () => {
    // Bruno first bought 41 days ago (new); Alice 3 purchases (loyal); Denis 486 days (lost);
    // Chloé 333 days (to reactivate, 180 … 365); Emma 149 days (occasional). Fanny has no purchase.
    expect(analysis.figures.segments).toEqual({ new: 1, loyal: 1, lost: 1, toReactivate: 1, occasional: 1 });
    const byName = Object.fromEntries(analysis.customers.map((customer) => [customer.contact.customerNumber || customer.contact.email || customer.contact.name, customer]));
    expect(byName.C1).toMatchObject({ segment: 'loyal', firstPurchase: '2025-01-10', lastPurchase: '2026-06-01' });
    expect(byName['bruno@example.fr']).toMatchObject({ segment: 'new', firstPurchase: '2026-05-20', lastPurchase: '2026-05-20' });
    expect(byName['Chloé Martin']).toMatchObject({ segment: 'toReactivate', firstPurchase: '2024-12-01', lastPurchase: '2025-08-01' });
    expect(byName.C4.segment).toBe('lost');
    expect(byName.C5.segment).toBe('occasional');
    expect(analysis.customers).toHaveLength(5);
  });

  it('gives the revenue of the 12 calendar months up to June 2026, credit notes included', () => {
    const months = analysis.figures.monthlyRevenue;
    expect(months.map((month) => month.month)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    // Aug: Chloé 200; Sep: Alice 30; Feb: Emma 40; Mar: Alice 50; Apr: Fanny −15; May: Bruno 80 − 20; Jun: Alice 120.
    expect(months.map((month) => month.cents)).toEqual([0, 20_000, 3_000, 0, 0, 0, 0, 4_000, 5_000, -1_500, 6_000, 12_000]);
  });

  it('counts every line read, and sets the bad ones aside in order', () => {
    expect(analysis.figures.lines).toBe(16);
    expect(analysis.figures.badRows).toBe(3);
    // Rows are numbered from 2 under the header: lines 13, 14 and 15 are rows 14, 15 and 16.
    expect(analysis.badRows).toEqual([
      { row: 14, reason: 'badDate' },
      { row: 15, reason: 'badAmount' },
      { row: 16, reason: 'noCustomer' },
    ]);
  });

  it('takes the latest valid date as the as-of date when none is given', () => {
    // The latest valid line is the one of 05/07/2026 (999 €), so it now counts.
    const { figures } = analyse(shop);
    expect(figures.asOf).toBe('2026-07-05');
    expect(figures.revenueCents).toBe(48_500 + 99_900);
    expect(analyse(shop, { asOf: null }).figures.asOf).toBe('2026-07-05');
  });
});

describe('the windows are plain day arithmetic', () => {
  const at = (date: string) => analyse([{ date, amount: '10,00', number: 'X' }], { asOf: '2026-06-30' }).figures;

  it('keeps in the last 12 months a day 364 days before, not one 365 days before', () => {
    // 2026-06-30 − 365 days = 2025-06-30.
    expect(at('2025-07-01')).toMatchObject({ customers: 1, previousCustomers: 0 });
    expect(at('2025-06-30')).toMatchObject({ customers: 0, previousCustomers: 1, revenueCents: 0 });
    // − 730 days = 2024-06-30: the previous window is (2024-06-30, 2025-06-30].
    expect(at('2024-07-01').previousCustomers).toBe(1);
    expect(at('2024-06-30').previousCustomers).toBe(0);
  });

  it('counts across a 29 February: 366 days before 2025-03-01 is 2024-02-29', () => {
    const figures = (date: string) => analyse([{ date, amount: '10,00', number: 'X' }], { asOf: '2025-03-01' }).figures;
    expect(figures('2024-03-02').customers).toBe(1); // 364 days
    expect(figures('2024-03-01').customers).toBe(0); // 365 days
    expect(figures('2024-02-29')).toMatchObject({ customers: 0, previousCustomers: 1 }); // 366 days
  });

  it('reads a sale on 29 February 2024 and segments from it', () => {
    const { customers } = analyse([{ date: '29/02/2024', amount: '10,00', number: 'X' }], { asOf: '2024-05-28' });
    // 29 Feb → 28 May is 89 days: still new (under 90).
    expect(customers[0]).toMatchObject({ segment: 'new', firstPurchase: '2024-02-29' });
    expect(analyse([{ date: '29/02/2024', amount: '10,00', number: 'X' }], { asOf: '2024-05-29' }).customers[0].segment).toBe('occasional');
  });

  it('places the segments\' edges on the thresholds (90, 180, 365 days)', () => {
    const one = (daysAgo: number) => ({ date: daysBefore('2026-06-30', daysAgo), amount: '10,00', number: 'X' });
    // A first purchase 400 days before, so that only the last one moves.
    const byLast = (daysAgo: number) => analyse([one(400), one(daysAgo)], { asOf: '2026-06-30' }).customers[0].segment;
    expect(byLast(179)).toBe('occasional');
    expect(byLast(180)).toBe('toReactivate');
    expect(byLast(365)).toBe('toReactivate');
    expect(byLast(366)).toBe('lost');
    const byFirst = (daysAgo: number) => analyse([one(daysAgo)], { asOf: '2026-06-30' }).customers[0].segment;
    expect(byFirst(89)).toBe('new');
    expect(byFirst(90)).toBe('occasional');
  });

  it('follows the owner\'s thresholds, in the segments\' order', () => {
    const sales: Sale[] = [
      { date: '2026-06-01', amount: '10', number: 'X' },
      { date: '2026-06-10', amount: '10', number: 'X' },
    ];
    const thresholds = { newWithinDays: 10, loyalPurchases: 2, reactivateFromDays: 5, lostAfterDays: 15 };
    // First purchase 29 days ago (not new under 10); 2 purchases ≥ 2: loyal comes before lost/reactivate.
    expect(analyse(sales, { asOf: '2026-06-30', thresholds }).customers[0].segment).toBe('loyal');
    // With 3 needed for loyal: last purchase 20 days ago > 15: lost.
    expect(analyse(sales, { asOf: '2026-06-30', thresholds: { ...thresholds, loyalPurchases: 3 } }).customers[0].segment).toBe('lost');
  });
});

describe('purchases and credit notes', () => {
  it('makes one purchase of the lines of one invoice, dated by its earliest line, owned by its first line\'s customer', () => {
    const { figures, customers } = analyse(
      [
        { date: '2026-06-10', amount: '10', number: 'A', invoice: 'T-1' },
        { date: '2026-06-08', amount: '5', number: 'B', invoice: ' T-1 ' },
        { date: '2026-06-09', amount: '7', number: 'A' },
        { date: '2026-06-09', amount: '3', number: 'A' },
      ],
      { asOf: '2026-06-30' },
    );
    // T-1 is one purchase (A's, dated 06-08); the two lines without an invoice are two more.
    expect(figures.purchases).toBe(3);
    // B's line is not a purchase of B's: B has no purchase of their own.
    expect(figures.customers).toBe(1);
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ firstPurchase: '2026-06-08', lastPurchase: '2026-06-09' });
    // Revenue counts every line: 10 + 5 + 7 + 3 = 25 €; basket 2 500 ÷ 3 = 833,33.
    expect(figures.revenueCents).toBe(2_500);
    expect(figures.averageBasketCents).toBe(833);
  });

  it('never counts a credit note as a purchase, even with an invoice number', () => {
    const { figures } = analyse(
      [
        { date: '2026-06-10', amount: '-10', number: 'A', invoice: 'F1' },
        { date: '2026-06-11', amount: '30', number: 'A', invoice: 'F1' },
        { date: '2026-06-12', amount: '0', number: 'A' },
      ],
      { asOf: '2026-06-30' },
    );
    // F1's purchase line (30 €) and the free line: 2 purchases; revenue 30 − 10 + 0 = 20 €.
    expect(figures).toMatchObject({ purchases: 2, creditNotes: 1, revenueCents: 2_000, averageBasketCents: 1_000 });
  });

  it('rounds a negative average basket away from zero', () => {
    // Two free purchases and a credit note of 0,05 €: −5 ÷ 2 = −2,5 → −3.
    const { figures } = analyse(
      [
        { date: '2026-06-10', amount: '0', number: 'A' },
        { date: '2026-06-11', amount: '0,00', number: 'A' },
        { date: '2026-06-12', amount: '-0,05', number: 'A' },
      ],
      { asOf: '2026-06-30' },
    );
    expect(figures.averageBasketCents).toBe(-3);
    expect(figures.top20ShareBasisPoints).toBeNull(); // revenue below zero
  });

  it('takes the top 20 % rounded up, and may pass 100 % when credit notes of others lower the revenue', () => {
    const sales: Sale[] = [
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((number, index) => ({ date: '2026-06-01', amount: String((index + 1) * 10), number })),
      { date: '2026-06-02', amount: '-100', number: 'Z' },
    ];
    // Revenue 10 + 20 + … + 60 − 100 = 110 €; 6 customers → top ceil(1,2) = 2: F 60 + E 50 = 110 → 100 %.
    const { figures } = analyse(sales, { asOf: '2026-06-30' });
    expect(figures.top20ShareBasisPoints).toBe(10_000);
    const withoutRefund = analyse(sales.slice(0, 6), { asOf: '2026-06-30' }).figures;
    // 110 ÷ 210 = 52,38 %.
    expect(withoutRefund.top20ShareBasisPoints).toBe(5_238);
  });

  it('counts a customer\'s own credit notes in their top-20 revenue', () => {
    const { figures } = analyse(
      [
        { date: '2026-06-01', amount: '100', number: 'A' },
        { date: '2026-06-02', amount: '-90', number: 'A' },
        { date: '2026-06-01', amount: '50', number: 'B' },
      ],
      { asOf: '2026-06-30' },
    );
    // A nets 10 €, B 50 €: top ceil(0,4) = 1 is B, 50 ÷ 60 = 83,33 %.
    expect(figures.top20ShareBasisPoints).toBe(8_333);
  });
});

describe('roundedRatio divides exactly, half away from zero', () => {
  it.each([
    [1, 8, 100, 13], // 12,5
    [-1, 8, 100, -13],
    [1, -8, 100, -13],
    [5, 2, 1, 3],
    [7, 3, 1, 2],
    [2, 3, 10_000, 6_667],
    [0, 5, 100, 0],
  ])('%i × %i … %i ÷ %i', (numerator, denominator, scale, expected) => {
    expect(roundedRatio(numerator, denominator, scale)).toBe(expected);
  });

  it('stays exact past 2^53, where a float division would not', () => {
    // 3 002 399 751 580 331 × 3 = 2^53 + 1, which a double rounds to 2^53: half of it, 4 503 599 627 370 496,5, rounds up.
    expect(roundedRatio(3_002_399_751_580_331, 2, 3)).toBe(4_503_599_627_370_497);
    expect(Math.round((3_002_399_751_580_331 * 3) / 2)).toBe(4_503_599_627_370_496);
  });

  it('refuses a division by zero', () => {
    expect(() => roundedRatio(1, 0, 1)).toThrow(RangeError);
  });
});

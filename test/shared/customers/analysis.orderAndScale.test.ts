import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../../shared/customers/analysis';
import type { SalesTable } from '../../../shared/customers/types';
import { defaultSegmentThresholds } from '../../../shared/plan/customerFile';
import { daysBefore, salesMapping, salesTable, seededRandom, shuffled, type Sale } from './salesTableBuilder';

const options = (merge: readonly string[] | 'all' = []) => ({ mapping: salesMapping, thresholds: defaultSegmentThresholds(), merge });

/**
 * A messy three-year file: customers written with and without their number or e-mail, names with
 * accents or typos, invoices on several lines, credit notes, bad lines.
 */
function messyFile(seed: number): Sale[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const names = ['Martin', 'Martine', 'Dupont', 'Dupond', 'Lefèvre', 'Lefevre', 'Moreau', 'Morel', 'Bernard', 'Bertrand'];
  const sales: Sale[] = [];
  for (let customer = 0; customer < 120; customer++) {
    const name = `${pick(names)} ${pick(names)}`;
    const postcode = pick(['75011', '69001', '13001', '']);
    const phone = random() < 0.3 ? `06 00 00 ${String(customer % 40).padStart(2, '0')} 00` : '';
    const lines = 1 + Math.floor(random() * 5);
    for (let line = 0; line < lines; line++) {
      const invoice = random() < 0.3 ? `F${customer}-${Math.floor(line / 2)}` : '';
      sales.push({
        date: daysBefore('2026-06-30', Math.floor(random() * 1100)),
        amount: random() < 0.1 ? `-${Math.floor(random() * 50)},${Math.floor(random() * 90 + 10)}` : `${Math.floor(random() * 300)},${Math.floor(random() * 90 + 10)}`,
        number: random() < 0.6 ? `C${customer}` : '',
        email: random() < 0.5 ? `client${customer}@example.fr` : '',
        name: random() < 0.8 ? (random() < 0.5 ? name.toUpperCase() : name) : '',
        postcode,
        phone,
        invoice,
        optOut: random() < 0.1 ? 'oui' : '',
      });
    }
  }
  sales.push({ date: '31/02/2026', amount: '1', number: 'C1' }, { date: '2026-01-01', amount: 'x', number: 'C1' }, { date: '2026-01-01', amount: '1' });
  return sales;
}

/** The same rows in another order, each keeping its row number. */
const reordered = (table: SalesTable, seed: number): SalesTable => ({ headers: table.headers, rows: shuffled(table.rows, seededRandom(seed)) });

describe('the figures do not depend on the order of the lines', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives the same figures for a shuffled file (seed ${seed})`, () => {
      const table = salesTable(messyFile(seed));
      for (const merge of [[], 'all'] as const) {
        const reference = analyzeSales(table, options(merge));
        // Figures that count something: a file where they all stay 0 would prove nothing.
        expect(reference.figures.customers).toBeGreaterThan(20);
        expect(reference.figures.probableDuplicates).toBeGreaterThan(0);
        expect(reference.figures.previousCustomers).toBeGreaterThan(0);
        const segmentsOf = (analysis: typeof reference) => analysis.customers.map((customer) => `${customer.segment} ${customer.firstPurchase} ${customer.lastPurchase}`).sort();
        for (const shuffleSeed of [10, 20]) {
          const other = analyzeSales(reordered(table, shuffleSeed), options(merge));
          expect(other.figures).toEqual(reference.figures);
          expect(segmentsOf(other)).toEqual(segmentsOf(reference));
          expect(other.badRows.map((bad) => bad.row).sort()).toEqual(reference.badRows.map((bad) => bad.row).sort());
        }
      }
    });
  }
});

/** A random 12-letter name: two of them are practically never within two edits of each other. */
const randomName = (random: () => number) => Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');

describe('a year of a busy shop: 200 000 lines', () => {
  it('analyses them, blocks by postcode to find the few duplicates, and counts right', () => {
    const random = seededRandom(42);
    const customers = 20_000;
    const names = Array.from({ length: customers }, () => randomName(random));
    // The last ten customers are the first ten written with one letter changed, in the same postcode.
    for (let copy = 0; copy < 10; copy++) names[customers - 10 + copy] = `${names[copy].slice(0, 5)}${names[copy][5] === 'z' ? 'y' : 'z'}${names[copy].slice(6)}`;
    const postcodeOf = (customer: number) => String(10_000 + ((customer >= customers - 10 ? customer - (customers - 10) : customer) % 20) * 1000);
    const rows: SalesTable['rows'] = [];
    for (let customer = 0; customer < customers; customer++) {
      for (let line = 0; line < 10; line++) {
        // Every line within the last year: (7 × customer + 31 × line) mod 365 days before the as-of date.
        const date = daysBefore('2026-06-30', (customer * 7 + line * 31) % 365);
        const amount = `${(customer % 100) + 1},00`;
        rows.push({ row: rows.length + 2, cells: [date, amount, `C${customer}`, '', names[customer], postcodeOf(customer), '', '', ''] });
      }
    }
    const table: SalesTable = { headers: salesTable([]).headers, rows };
    const analysis = analyzeSales(table, { ...options('all'), asOf: '2026-06-30' });
    const { figures } = analysis;
    expect(figures.lines).toBe(200_000);
    expect(figures.badRows).toBe(0);
    expect(figures.probableDuplicates).toBe(10);
    expect(figures.mergedDuplicates).toBe(10);
    expect(figures.customers).toBe(19_990);
    expect(figures.purchases).toBe(200_000);
    // Each customer's 10 lines of (customer mod 100) + 1 euros: 10 × 200 × (1 + … + 100) = 10 100 000 €.
    expect(figures.revenueCents).toBe(1_010_000_000);
    expect(figures.purchasesPerYearHundredths).toBe(1_001); // 200 000 × 100 ÷ 19 990 = 1 000,5 → 1 001
    expect(Object.values(figures.segments).reduce((sum, count) => sum + count, 0)).toBe(19_990);
    expect(analysis.probableDuplicates[0]).toMatchObject({ id: 'dup-0', shared: 'postcode', a: { customerNumber: 'C0' }, b: { customerNumber: `C${customers - 10}` } });
  }, 60_000);
});

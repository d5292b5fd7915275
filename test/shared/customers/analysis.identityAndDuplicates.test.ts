import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../../shared/customers/analysis';
import { defaultSegmentThresholds } from '../../../shared/plan/customerFile';
import { analyse, salesTable, type Sale } from './salesTableBuilder';

const asOf = '2026-06-30';
const customersOf = (sales: Sale[]) => analyse(sales, { asOf }).figures.customers;
const sale = (fields: Partial<Sale>): Sale => ({ date: '2026-06-01', amount: '10,00', ...fields });

describe('who is the same customer', () => {
  it('links lines by customer number, e-mail, or name with postcode, spelled alike', () => {
    expect(customersOf([sale({ number: 'C1' }), sale({ number: ' C1 ' })])).toBe(1);
    expect(customersOf([sale({ email: 'Marie@Shop.fr' }), sale({ email: ' marie@shop.fr' })])).toBe(1);
    expect(customersOf([sale({ name: 'Hélène Dupont-Léger', postcode: '75011' }), sale({ name: 'helene  DUPONTLEGER', postcode: '75 011' })])).toBe(1);
  });

  it('needs the same postcode with the name, an empty one counting as one', () => {
    expect(customersOf([sale({ name: 'Martin' }), sale({ name: 'MARTIN' })])).toBe(1);
    expect(customersOf([sale({ name: 'Martin', postcode: '75011' }), sale({ name: 'Martin', postcode: '69001' })])).toBe(2);
    expect(customersOf([sale({ name: 'Martin', postcode: '75011' }), sale({ name: 'Martin' })])).toBe(2);
  });

  it('never links by an empty value', () => {
    // No number, no e-mail in common, no name: three customers, not one.
    expect(customersOf([sale({ number: 'A', email: '' }), sale({ number: 'B', email: '' }), sale({ email: 'c@x.fr', number: '' })])).toBe(3);
    // A name of punctuation only is no name: two lines with « - » and different numbers stay apart.
    expect(customersOf([sale({ number: 'A', name: '-' }), sale({ number: 'B', name: '-' })])).toBe(2);
  });

  it('links transitively: number to e-mail to name and postcode', () => {
    const sales = [
      sale({ number: 'N1', email: 'a@x.fr' }),
      sale({ name: 'Zoé Roux', postcode: '13001', number: 'N2' }),
      sale({ email: 'a@x.fr', name: 'Zoe Roux', postcode: '13001' }),
      sale({ number: 'N2', email: 'z@x.fr' }),
      sale({ email: 'z@x.fr' }),
      sale({ number: 'N3' }),
    ];
    // Lines 1–5 meet through N1/a@x.fr, « zoe roux 13001 », N2, z@x.fr; line 6 is someone else.
    const { figures, customers } = analyse(sales, { asOf });
    expect(figures.customers).toBe(2);
    expect(figures.purchases).toBe(6);
    expect(customers[0].contact).toEqual({ customerNumber: 'N1', name: 'Zoé Roux', email: 'a@x.fr', phone: '', postcode: '13001', optedOut: false });
  });

  it('links a chain of 500 lines, each to the next, into one customer', () => {
    const chain = Array.from({ length: 500 }, (_, index) => (index % 2 === 0 ? sale({ number: `N${index}`, email: `e${index + 1}@x.fr` }) : sale({ email: `e${index}@x.fr`, number: `N${index + 1}` })));
    expect(customersOf(chain)).toBe(1);
    expect(customersOf(chain.reverse())).toBe(1);
  });

  it('reads the name as « first name + name » when a first-name column is mapped', () => {
    const table = {
      headers: ['Date', 'Montant', 'Prénom', 'Nom', 'CP'],
      rows: [
        { row: 2, cells: ['2026-06-01', '10', 'Jean', 'Dupont', ''] },
        { row: 3, cells: ['2026-06-02', '10', ' jean ', 'DUPONT', ''] },
        { row: 4, cells: ['2026-06-03', '10', 'Marie', 'Dupont', ''] },
        { row: 5, cells: ['2026-06-04', '10', '', 'Dupont', ''] },
      ],
    };
    const analysis = analyzeSales(table, { mapping: { date: 0, amount: 1, firstName: 2, name: 3, postcode: 4 }, asOf, thresholds: defaultSegmentThresholds(), merge: [] });
    // « jean dupont » twice, « marie dupont », « dupont »: 3 customers.
    expect(analysis.figures.customers).toBe(3);
    expect(analysis.customers.map((customer) => customer.contact.name)).toEqual(['Jean Dupont', 'Marie Dupont', 'Dupont']);
  });

  it('takes each contact field from the first line that has it, and an opt-out from any line', () => {
    const { customers } = analyse(
      [
        sale({ number: 'C1', name: '', email: '' }),
        sale({ number: 'C1', name: 'Marie Curie', phone: '06 12 34 56 78' }),
        sale({ number: 'C1', name: 'M. Curie', email: ' marie@x.fr ', postcode: '75005', optOut: 'oui' }),
        sale({ number: 'C1', optOut: 'non' }),
      ],
      { asOf },
    );
    expect(customers[0].contact).toEqual({ customerNumber: 'C1', name: 'Marie Curie', email: 'marie@x.fr', phone: '06 12 34 56 78', postcode: '75005', optedOut: true });
  });

  it('reads the opt-out column with its polarity: a « non » in a consent column refuses', () => {
    const table = salesTable([sale({ number: 'A', optOut: 'non' }), sale({ number: 'B', optOut: 'oui' }), sale({ number: 'C' })]);
    table.headers[8] = 'Newsletter';
    const analysis = analyzeSales(table, { mapping: { date: 0, amount: 1, customerNumber: 2, optOut: 8 }, asOf, thresholds: defaultSegmentThresholds(), merge: [] });
    expect(analysis.customers.map((customer) => [customer.contact.customerNumber, customer.contact.optedOut])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
  });
});

describe('probable duplicates are listed, and merged only when asked', () => {
  const sales: Sale[] = [
    // 0: Martin Dupont, 75011. 1: Martin Dupond, 75011 — one edit, same postcode.
    sale({ number: 'A', name: 'Martin Dupont', postcode: '75011', phone: '01 11 11 11 11' }),
    sale({ number: 'B', name: 'Martin Dupond', postcode: '75011' }),
    // 2: Sophie Durand and 3: Sophie Durant — other postcodes, the same phone written two ways.
    sale({ number: 'C', name: 'Sophie Durand', postcode: '69001', phone: '06 12 34 56 78' }),
    sale({ number: 'D', name: 'Sophie Durant', postcode: '69002', phone: '+33 6 12 34 56 78' }),
    // 4: close to 0 but another postcode and phone: not listed. 5: same postcode as 0, 3 edits away.
    sale({ number: 'E', name: 'Martin Dupond', postcode: '13001' }),
    sale({ number: 'F', name: 'Marin Dupuis', postcode: '75011' }),
    // 6: same postcode and phone as 0, one edit: shares the postcode (said before the phone).
    sale({ number: 'G', name: 'Martin Dupon', postcode: '75011', phone: '0111111111' }),
    sale({ number: 'A', amount: '-5', date: '2026-06-20' }),
  ];

  it('lists close names sharing a postcode or a phone, in the order of their first rows', () => {
    const { probableDuplicates, figures } = analyse(sales, { asOf });
    // Pairs (0,1) dupont/dupond, (0,6) dupont/dupon, (1,6) dupond/dupon (2 edits), (2,3) by phone.
    expect(probableDuplicates.map(({ id, a, b, shared }) => [id, a.customerNumber, b.customerNumber, shared])).toEqual([
      ['dup-0', 'A', 'B', 'postcode'],
      ['dup-1', 'A', 'G', 'postcode'],
      ['dup-2', 'B', 'G', 'postcode'],
      ['dup-3', 'C', 'D', 'phone'],
    ]);
    expect(figures.probableDuplicates).toBe(4);
    expect(figures.mergedDuplicates).toBe(0);
    expect(figures.customers).toBe(7);
  });

  it('merges the confirmed pairs only, ignoring unknown ids', () => {
    const { figures, probableDuplicates, customers } = analyse(sales, { asOf, merge: ['dup-3', 'dup-9', 'dup-3'] });
    expect(figures.mergedDuplicates).toBe(1);
    expect(figures.customers).toBe(6);
    // The list stays the one found before merging, so its ids keep their meaning.
    expect(probableDuplicates).toHaveLength(4);
    expect(figures.probableDuplicates).toBe(4);
    const merged = customers.find((customer) => customer.contact.customerNumber === 'C');
    expect(merged?.contact).toMatchObject({ name: 'Sophie Durand', phone: '06 12 34 56 78', postcode: '69001' });
  });

  it('merges transitively: A–B and B–G make one customer of three', () => {
    const { figures } = analyse(sales, { asOf, merge: ['dup-0', 'dup-2'] });
    expect(figures.mergedDuplicates).toBe(2);
    expect(figures.customers).toBe(5);
    // Merging moves purchases between customers, it does not change them: 7 lines of 10 €.
    expect(figures.purchases).toBe(7);
  });

  it("merges every pair with 'all'", () => {
    const { figures } = analyse(sales, { asOf, merge: 'all' });
    expect(figures.mergedDuplicates).toBe(4);
    // {A, B, G}, {C, D}, E, F.
    expect(figures.customers).toBe(4);
  });

  it('compares every name a customer was written with', () => {
    // X is written « P. Leroy » first (4 edits from « Paul Leroi »), then « Paul Leroy » (1 edit):
    // the second spelling makes the pair, whichever line comes first in the file.
    const { probableDuplicates } = analyse(
      [
        sale({ number: 'X', name: 'P. Leroy', postcode: '44000' }),
        sale({ number: 'X', name: 'Paul Leroy', postcode: '' }),
        sale({ number: 'Y', name: 'Paul Leroi', postcode: '44000' }),
      ],
      { asOf },
    );
    expect(probableDuplicates.map(({ a, b, shared }) => [a.customerNumber, b.customerNumber, shared])).toEqual([['X', 'Y', 'postcode']]);
  });

  it('lists no pair without a name, nor one with the same name but nothing shared', () => {
    const { probableDuplicates } = analyse(
      [sale({ number: 'A', postcode: '75011' }), sale({ number: 'B', postcode: '75011' }), sale({ number: 'C', name: 'Luc', postcode: '1' }), sale({ number: 'D', name: 'Luc', postcode: '2' })],
      { asOf },
    );
    expect(probableDuplicates).toEqual([]);
  });
});

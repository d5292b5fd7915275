import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../../shared/customers';
import type { SalesOptions, SalesTable } from '../../../shared/customers/types';
import { defaultSegmentThresholds, type CustomerFigures, type SegmentThresholds } from '../../../shared/plan/customerFile';
import { modelDayOfIso, modelIsoOfDay, modelName, modelPostcode, modelRound, referenceAnalysis } from './referenceModel';
import { daysBefore, salesHeaders, salesMapping, salesTable, seededRandom, shuffled, type Sale } from './salesTableBuilder';

/**
 * analyzeSales against a second, naive implementation written from the rules alone
 * (./referenceModel.ts), on hundreds of random sales exports. Each table comes from one seed:
 * `generateCase(seed)` gives the same table and options on every run, so a failing seed can be
 * replayed alone (put it in `replaySeeds` below).
 */

const TABLES = 400;
const replaySeeds: number[] = [];

// ——— The generator ———

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const integer = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const chance = (random: Random, p: number): boolean => random() < p;

const firstNames = ['Chloé', 'Jean-Pierre', 'Éloïse', 'François', 'Hélène', 'Anne-Sophie', 'Noël', 'Zoé', 'Léa', 'Gaëlle', 'Jérôme', 'Benoît', 'Agnès', 'Maël', 'Inès', 'Aurélien', 'Cécile', 'Thérèse', 'Raphaël', 'Marie', 'Paul', 'Jean', 'Anne'];
const lastNames = ['Martin', 'Durand', 'Lefèvre', 'Dupont', 'Girard', "O'Neil", 'Bérenger', 'Mercier', 'Rousseau', 'Fontaine', 'Lambert', 'Faure', 'Roux', 'Chevalier', 'Blanc', 'Morel', "D'Arc", 'Garnier', 'Boyer', 'André', 'Perrin', 'Saint-Just'];
const postcodes = ['75011', '69003', '13001', '2A004', '33000', '59800', '06000', ''];
const letters = 'abcdefghijklmnopqrstuvwxyz';

interface PoolCustomer {
  number: string;
  email: string;
  /** As displayed; every line spells it in a way that normalises to the same text. */
  name: string;
  postcode: string;
  phone: string;
}

const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');
const capitalise = (text: string): string => text.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());

/** A name one to three edits away (on the normalised name), so that some fall within two edits and some just outside. */
function nearName(random: Random, name: string): string {
  let chars = [...modelName(name)];
  const edits = pick(random, [1, 1, 2, 2, 3]);
  for (let e = 0; e < edits; e++) {
    const positions = chars.map((c, i) => (c === ' ' ? -1 : i)).filter((i) => i >= 0);
    const at = pick(random, positions);
    const kind = random();
    if (kind < 0.5) {
      let letter = pick(random, [...letters]);
      while (letter === chars[at]) letter = pick(random, [...letters]);
      chars[at] = letter;
    } else if (kind < 0.8) chars.splice(at, 0, pick(random, [...letters]));
    else if (positions.length > 2) chars.splice(at, 1);
    chars = chars.join('').replace(/ +/g, ' ').trim().split('');
  }
  return capitalise(chars.join(''));
}

const randomPhone = (random: Random): string => `0${integer(random, 1, 7)}${String(integer(random, 0, 99_999_999)).padStart(8, '0')}`;

function makePool(random: Random, size: number, tableSeed: number): PoolCustomer[] {
  const pool: PoolCustomer[] = [];
  const clashes = (name: string, postcode: string): boolean =>
    modelName(name) !== '' && pool.some((other) => modelName(other.name) === modelName(name) && modelPostcode(other.postcode) === modelPostcode(postcode));
  for (let i = 0; i < size; i++) {
    const named = pool.filter((c) => c.name !== '');
    let name: string;
    let postcode = pick(random, postcodes);
    let phone = chance(random, 0.7) ? randomPhone(random) : '';
    const kind = random();
    if (named.length > 0 && kind < 0.3) {
      // A near-duplicate of someone already in the pool, often sharing a postcode or a phone.
      const base = pick(random, named);
      const punctuation = /[-']/.test(base.name) && chance(random, 0.4);
      name = punctuation ? base.name.replace(/[-']/g, ' ') : nearName(random, base.name);
      if (chance(random, 0.6)) postcode = base.postcode;
      if (chance(random, 0.5)) phone = base.phone;
    } else if (named.length > 0 && kind < 0.36) {
      // A namesake: the same name, another postcode (never the same one, which would be the same customer).
      name = pick(random, named).name;
    } else name = chance(random, 0.8) ? `${pick(random, firstNames)} ${pick(random, lastNames)}` : '';
    if (clashes(name, postcode)) name = '';
    const number = chance(random, 0.7) ? `C${tableSeed}-${1000 + i}` : '';
    let email = chance(random, 0.7) ? `client${i}.${stripAccents(name).replace(/[^A-Za-z]/g, '').toLowerCase() || 'x'}@exemple.fr` : '';
    if (number === '' && email === '' && name === '') email = `client${i}@exemple.fr`;
    pool.push({ number, email, name, postcode, phone });
  }
  return pool;
}

function spellName(random: Random, name: string): string {
  let s = name;
  if (chance(random, 0.2)) s = stripAccents(s);
  const casing = random();
  if (casing < 0.15) s = s.toUpperCase();
  else if (casing < 0.3) s = s.toLowerCase();
  if (chance(random, 0.25)) s = s.replace(/[-']/g, () => pick(random, ['-', "'", '.', '', '’']));
  if (chance(random, 0.05)) s = `${s}.`;
  if (chance(random, 0.1)) s = s.replace(/ /g, '   ');
  if (chance(random, 0.15)) s = `  ${s} `;
  return s;
}
const spellNumber = (random: Random, n: string): string => (chance(random, 0.2) ? ` ${n}  ` : n);
function spellEmail(random: Random, email: string): string {
  if (chance(random, 0.2)) return email.toUpperCase();
  if (chance(random, 0.15)) return ` ${email.charAt(0).toUpperCase()}${email.slice(1)} `;
  return email;
}
function spellPostcode(random: Random, postcode: string): string {
  if (postcode === '') return chance(random, 0.1) ? '  ' : '';
  if (chance(random, 0.2)) return `${postcode.slice(0, 2)} ${postcode.slice(2)}`;
  if (chance(random, 0.1)) return ` ${postcode.toLowerCase()} `;
  return postcode;
}
function spellPhone(random: Random, phone: string): string {
  if (phone === '') return '';
  const separator = pick(random, ['', ' ', '.', '-']);
  return phone.match(/../g)?.join(separator) ?? phone;
}

const frenchDate = (day: number): string => {
  const iso = modelIsoOfDay(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};
const frenchCents = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

interface GeneratedCase {
  table: SalesTable;
  options: SalesOptions;
}

const anchors = ['2026-06-30', '2025-02-28', '2025-03-01', '2026-02-28', '2026-03-01', '2024-02-29', '2026-12-31', '2026-01-31', '2025-12-31', '2027-02-28'];

function generateCase(seed: number): GeneratedCase {
  const random = seededRandom(seed * 7919 + 17);
  const rowCount = seed % 10 === 0 ? integer(random, 1, 5) : integer(random, 1, 300);
  const anchor = chance(random, 0.5) ? modelDayOfIso(pick(random, anchors)) : modelDayOfIso('2025-01-01') + integer(random, 0, 729);
  const explicitAsOf = chance(random, 0.4);
  const thresholds: SegmentThresholds = chance(random, 0.5)
    ? defaultSegmentThresholds()
    : { newWithinDays: integer(random, 1, 400), loyalPurchases: integer(random, 1, 6), reactivateFromDays: integer(random, 1, 500), lostAfterDays: integer(random, 1, 800) };
  const specialOffsets = [0, 1, 89, 90, 91, 179, 180, 181, 364, 365, 366, 367, 729, 730, 731, thresholds.newWithinDays - 1, thresholds.newWithinDays, thresholds.reactivateFromDays - 1, thresholds.reactivateFromDays, thresholds.lostAfterDays, thresholds.lostAfterDays + 1];
  const leapDay = modelDayOfIso('2024-02-29');
  const randomDay = (): number => {
    const r = random();
    if (r < 0.35) return anchor - pick(random, specialOffsets);
    if (r < 0.4 && leapDay <= anchor) return leapDay;
    if (explicitAsOf && r < 0.47) return anchor + integer(random, 1, 120);
    return anchor - integer(random, 0, 1100);
  };

  const pool = makePool(random, integer(random, 1, Math.min(60, Math.floor(rowCount / 2) + 3)), seed);
  const sales: Sale[] = [];
  let invoiceCounter = 0;
  const identityOf = (customer: PoolCustomer): Pick<Sale, 'number' | 'email' | 'name' | 'postcode' | 'phone'> => {
    const present = (['number', 'email', 'name'] as const).filter((key) => customer[key] !== '');
    let chosen: (typeof present)[number][] = present;
    if (!chance(random, 0.55)) {
      do chosen = present.filter(() => chance(random, 0.5));
      while (chosen.length === 0);
    }
    return {
      number: chosen.includes('number') ? spellNumber(random, customer.number) : '',
      email: chosen.includes('email') ? spellEmail(random, customer.email) : '',
      name: chosen.includes('name') ? spellName(random, customer.name) : '',
      postcode: spellPostcode(random, customer.postcode),
      phone: spellPhone(random, customer.phone),
    };
  };
  const respell = (identity: Pick<Sale, 'number' | 'email' | 'name' | 'postcode' | 'phone'>, customer: PoolCustomer): Pick<Sale, 'number' | 'email' | 'name' | 'postcode' | 'phone'> => ({
    number: identity.number ? spellNumber(random, customer.number) : '',
    email: identity.email ? spellEmail(random, customer.email) : '',
    name: identity.name ? spellName(random, customer.name) : '',
    postcode: spellPostcode(random, customer.postcode),
    phone: spellPhone(random, customer.phone),
  });
  const positiveCents = (): number => (chance(random, 0.05) ? 0 : chance(random, 0.1) ? integer(random, 100_000, 900_000) : integer(random, 1, 30_000));

  while (sales.length < rowCount) {
    const customer = pick(random, pool);
    const r = random();
    if (r < 0.03) sales.push({ date: pick(random, ['31/02/2026', '30/02/2025', '29/02/2025', '32/01/2026', '00/05/2026', '15/13/2025']), amount: frenchCents(positiveCents()), ...identityOf(customer) });
    else if (r < 0.06) sales.push({ date: frenchDate(randomDay() + (chance(random, 0.3) ? 30 : 0)), amount: pick(random, ['abc', 'dix euros', '12,3,4']), ...identityOf(customer) });
    else if (r < 0.09) sales.push({ date: frenchDate(randomDay() + (chance(random, 0.3) ? 30 : 0)), amount: frenchCents(positiveCents()), postcode: spellPostcode(random, customer.postcode), phone: spellPhone(random, customer.phone) });
    else if (explicitAsOf && r < 0.1) {
      // After the as-of date, a line naming two customers at once: ignored, so it must not make them one.
      const other = pick(random, pool);
      sales.push({ date: frenchDate(anchor + integer(random, 1, 60)), amount: frenchCents(positiveCents()), number: customer.number, email: other.email, name: customer.name, postcode: other.postcode });
    } else if (r < 0.22) {
      // A credit note, on its own or with an invoice number of its own.
      sales.push({ date: frenchDate(randomDay()), amount: frenchCents(-integer(random, 1, 20_000)), ...identityOf(customer), invoice: chance(random, 0.3) ? `AV${++invoiceCounter}` : '' });
    } else {
      const day = randomDay();
      const identity = identityOf(customer);
      if (chance(random, 0.45)) {
        sales.push({ date: frenchDate(day), amount: frenchCents(positiveCents()), ...identity });
      } else {
        const invoice = `F${++invoiceCounter}`;
        const lineCount = integer(random, 1, 3);
        for (let l = 0; l < lineCount; l++) {
          const lineDay = l === 0 || chance(random, 0.7) ? day : day + integer(random, -3, 3);
          const amount = l > 0 && chance(random, 0.15) ? -integer(random, 1, 5_000) : positiveCents();
          sales.push({ date: frenchDate(lineDay), amount: frenchCents(amount), ...respell(identity, customer), invoice });
        }
      }
    }
  }
  let rows = chance(random, 0.5) ? shuffled(sales, random) : sales;
  rows = rows.slice(0, explicitAsOf ? rowCount : rowCount - 1);
  if (!explicitAsOf) {
    // The latest valid date is the as-of date: make sure one valid line falls on the anchor.
    const anchorSale: Sale = { date: frenchDate(anchor), amount: frenchCents(positiveCents()), ...identityOf(pick(random, pool)) };
    rows.splice(integer(random, 0, rows.length), 0, anchorSale);
  }

  const mapping = { ...salesMapping };
  if (chance(random, 0.15)) delete mapping.invoice;
  if (chance(random, 0.1)) delete mapping.phone;
  let table = salesTable(rows);
  if (chance(random, 0.3)) {
    // The same columns in another order.
    const order = shuffled(salesHeaders.map((_, i) => i), random);
    table = { headers: order.map((i) => table.headers[i]), rows: table.rows.map(({ row, cells }) => ({ row, cells: order.map((i) => cells[i]) })) };
    for (const role of Object.keys(mapping) as (keyof typeof mapping)[]) mapping[role] = order.indexOf(mapping[role] as number);
  }
  return { table, options: { mapping, asOf: explicitAsOf ? modelIsoOfDay(anchor) : null, thresholds, merge: chance(random, 0.5) ? 'all' : [] } };
}

// ——— The comparison ———

function differences(seed: number, { table, options }: GeneratedCase): string[] {
  const engine = analyzeSales(table, options);
  const model = referenceAnalysis(table, options);
  const found: string[] = [];
  const keys = new Set([...Object.keys(model.figures), ...Object.keys(engine.figures)]) as Set<keyof CustomerFigures>;
  for (const key of keys) {
    const expected = JSON.stringify(model.figures[key]);
    const actual = JSON.stringify(engine.figures[key]);
    if (expected !== actual) found.push(`seed ${seed}: figures.${key}: engine ${actual}, model ${expected}`);
  }
  const expectedBadRows = JSON.stringify(model.badRows.slice(0, 200));
  const actualBadRows = JSON.stringify(engine.badRows);
  if (expectedBadRows !== actualBadRows) found.push(`seed ${seed}: badRows: engine ${actualBadRows}, model ${expectedBadRows}`);
  return found;
}

describe('analyzeSales agrees with a naive model of the rules', () => {
  it(`on ${TABLES} random sales exports`, () => {
    const seeds = replaySeeds.length > 0 ? replaySeeds : Array.from({ length: TABLES }, (_, i) => i + 1);
    const failures: string[] = [];
    for (const seed of seeds) {
      try {
        failures.push(...differences(seed, generateCase(seed)));
      } catch (error) {
        failures.push(`seed ${seed}: threw ${String(error)}`);
      }
    }
    expect(failures, `${failures.length} differences, first ones:\n${failures.slice(0, 12).join('\n')}`).toEqual([]);
  });

  it('the generator does reach the cases it is meant to cover', () => {
    let duplicates = 0;
    let merged = 0;
    let badRows = 0;
    let creditNotes = 0;
    let retention = 0;
    let explicit = 0;
    let multiLineInvoices = 0;
    const segments = { new: 0, loyal: 0, lost: 0, toReactivate: 0, occasional: 0 };
    for (let seed = 1; seed <= 100; seed++) {
      const generated = generateCase(seed);
      const { figures } = referenceAnalysis(generated.table, generated.options);
      duplicates += figures.probableDuplicates;
      merged += figures.mergedDuplicates;
      badRows += figures.badRows;
      creditNotes += figures.creditNotes;
      if (figures.retentionBasisPoints !== null) retention++;
      if (generated.options.asOf) explicit++;
      for (const id of Object.keys(segments) as (keyof typeof segments)[]) segments[id] += figures.segments[id];
      const invoiceColumn = generated.options.mapping.invoice;
      if (invoiceColumn !== undefined) {
        const invoices = generated.table.rows.map(({ cells }) => cells[invoiceColumn]).filter((cell) => cell !== '');
        if (new Set(invoices).size < invoices.length) multiLineInvoices++;
      }
    }
    expect(duplicates).toBeGreaterThan(20);
    expect(merged).toBeGreaterThan(5);
    expect(badRows).toBeGreaterThan(50);
    expect(creditNotes).toBeGreaterThan(50);
    expect(retention).toBeGreaterThan(30);
    expect(explicit).toBeGreaterThan(20);
    expect(multiLineInvoices).toBeGreaterThan(30);
    for (const count of Object.values(segments)) expect(count).toBeGreaterThan(10);
  });
});

// ——— Hand-written tables, the arithmetic in comments ———

const figuresOf = (sales: Sale[], options: Partial<SalesOptions> = {}): { engine: CustomerFigures; model: CustomerFigures } => {
  const full: SalesOptions = { mapping: salesMapping, asOf: null, thresholds: defaultSegmentThresholds(), merge: [], ...options };
  return { engine: analyzeSales(salesTable(sales), full).figures, model: referenceAnalysis(salesTable(sales), full).figures };
};

describe('hand-written tables', () => {
  it('rounds the average basket half away from zero: 1 € over 8 purchases is 12,5 → 13 cents, −1 € is −13', () => {
    // Eight purchases of one customer on 2026-06-30: 4 × 0,12 + 4 × 0,13 = 1,00 € = 100 cents; 100 ÷ 8 = 12,5 → 13.
    const eight: Sale[] = [12, 12, 12, 12, 13, 13, 13, 13].map((cents) => ({ date: '30/06/2026', amount: frenchCents(cents), number: 'C1' }));
    const { engine, model } = figuresOf(eight);
    expect(model.averageBasketCents).toBe(13);
    expect(engine.averageBasketCents).toBe(13);
    expect(engine.purchasesPerYearHundredths).toBe(800); // 8 × 100 ÷ 1
    expect(engine.top20ShareBasisPoints).toBe(10_000); // ceil(0,2 × 1) = 1 customer, all of it
    // Eight purchases of 0,00 and a credit note of −1,00: revenue −100 cents, −100 ÷ 8 = −12,5 → −13.
    const negative: Sale[] = [...Array.from({ length: 8 }, () => ({ date: '30/06/2026', amount: '0,00', number: 'C1' })), { date: '29/06/2026', amount: '-1,00', number: 'C1' }];
    const second = figuresOf(negative);
    expect(second.model.averageBasketCents).toBe(-13);
    expect(second.engine.averageBasketCents).toBe(-13);
    expect(second.engine.top20ShareBasisPoints).toBeNull(); // revenue ≤ 0
    expect(second.engine).toEqual(second.model);
  });

  it('rounds retention 1/3 → 3 333 and 2/3 → 6 667, and 9 purchases over 8 customers → 112,5 → 113', () => {
    // As of 2026-06-30; previous window 2024-07-01 … 2025-06-30. P1, P2, P3 bought in 2025-01; only P1 again in 2026.
    const oneOfThree: Sale[] = [
      { date: '15/01/2025', amount: '10,00', number: 'P1' },
      { date: '15/01/2025', amount: '10,00', number: 'P2' },
      { date: '15/01/2025', amount: '10,00', number: 'P3' },
      { date: '30/06/2026', amount: '10,00', number: 'P1' },
    ];
    const first = figuresOf(oneOfThree);
    expect(first.model.retentionBasisPoints).toBe(3_333); // 10 000 ÷ 3 = 3 333,33
    expect(first.engine.retentionBasisPoints).toBe(3_333);
    expect(first.engine.previousCustomers).toBe(3);
    // P2 comes back too: 20 000 ÷ 3 = 6 666,67 → 6 667.
    const twoOfThree = [...oneOfThree, { date: '01/03/2026', amount: '10,00', number: 'P2' }];
    const second = figuresOf(twoOfThree);
    expect(second.model.retentionBasisPoints).toBe(6_667);
    expect(second.engine.retentionBasisPoints).toBe(6_667);
    // 8 customers, 9 purchases: 900 ÷ 8 = 112,5 → 113.
    const nine: Sale[] = [...Array.from({ length: 8 }, (_, i) => ({ date: '30/06/2026', amount: '1,00', number: `K${i}` })), { date: '29/06/2026', amount: '1,00', number: 'K0' }];
    const third = figuresOf(nine);
    expect(third.model.purchasesPerYearHundredths).toBe(113);
    expect(third.engine.purchasesPerYearHundredths).toBe(113);
    expect(first.engine).toEqual(first.model);
    expect(second.engine).toEqual(second.model);
    expect(third.engine).toEqual(third.model);
  });

  it('takes ceil(0,2 × 15) = 3 customers for the top 20 % (not 4, as 0.2 × 15 = 3.0000000000000004 would)', () => {
    // Customers T1 … T15 spend 1 € … 15 €: revenue 120 €; top 3 = 15 + 14 + 13 = 42 € → 42 ÷ 120 = 3 500 basis points.
    const fifteen: Sale[] = Array.from({ length: 15 }, (_, i) => ({ date: '30/06/2026', amount: frenchCents((i + 1) * 100), number: `T${i + 1}` }));
    const { engine, model } = figuresOf(fifteen);
    expect(model.top20ShareBasisPoints).toBe(3_500);
    expect(engine.top20ShareBasisPoints).toBe(3_500);
    expect(engine).toEqual(model);
  });

  it('puts a line 365 days before the as-of date in the previous window, 364 in the last one, around 29 February 2024', () => {
    // As of 2025-02-28: 365 days before is 2024-02-29 (previous window, its last day), 364 days before is 2024-03-01.
    // 730 days before is 2023-03-01 (the year back from 2024-02-29 has no 29 February): outside both windows; 729 is 2023-03-02.
    expect(daysBefore('2025-02-28', 365)).toBe('2024-02-29');
    expect(daysBefore('2025-02-28', 730)).toBe('2023-03-01');
    const sales: Sale[] = [
      { date: '28/02/2025', amount: '10,00', number: 'A' }, // last window
      { date: '29/02/2024', amount: '20,00', number: 'B' }, // A − 365: previous window
      { date: '01/03/2024', amount: '40,00', number: 'C' }, // A − 364: last window
      { date: '01/03/2023', amount: '80,00', number: 'D' }, // A − 730: neither
      { date: '02/03/2023', amount: '160,00', number: 'E' }, // A − 729: previous window
      { date: '01/03/2024', amount: '5,00', number: 'E' }, // E again, A − 364: last window
    ];
    const { engine, model } = figuresOf(sales);
    expect(model.customers).toBe(3); // A, C, E
    expect(model.revenueCents).toBe(5_500); // 10 + 40 + 5
    expect(model.previousCustomers).toBe(2); // B, E
    expect(model.retentionBasisPoints).toBe(5_000); // E: 1 × 10 000 ÷ 2
    // Segments (defaults): A new (0 days); B to reactivate (365 days: not > 365, and 180 ≤ 365 ≤ 365); C, E to reactivate (364); D lost (730 > 365).
    expect(model.segments).toEqual({ new: 1, loyal: 0, lost: 1, toReactivate: 3, occasional: 0 });
    expect(engine).toEqual(model);
  });

  it('links lines transitively, and counts and merges a probable duplicate', () => {
    const sales: Sale[] = [
      { date: '01/06/2026', amount: '10,00', number: 'C1', email: 'jp@exemple.fr' },
      { date: '02/06/2026', amount: '10,00', email: ' JP@Exemple.fr ', name: 'Jean-Pierre Durand', postcode: '75011' },
      { date: '03/06/2026', amount: '10,00', name: '  jean-pierre   DURAND ', postcode: '75 011' }, // same by name + postcode → C1
      // "Jean Pierre Durand" normalises to "jean pierre durand", one edit from "jeanpierre durand"; same postcode.
      { date: '04/06/2026', amount: '10,00', number: 'C2', name: 'Jean Pierre Durand', postcode: '75011' },
      // Another namesake with no postcode: different postcode, so a different customer, and no shared postcode/phone.
      { date: '05/06/2026', amount: '10,00', number: 'C3', name: 'Jean-Pierre Durand' },
    ];
    const kept = figuresOf(sales, { asOf: '2026-06-30' });
    expect(kept.model.customers).toBe(3); // C1 (3 lines), C2, C3
    expect(kept.model.probableDuplicates).toBe(1); // C1 ~ C2 (postcode 75011)
    expect(kept.model.mergedDuplicates).toBe(0);
    expect(kept.engine).toEqual(kept.model);
    const merged = figuresOf(sales, { asOf: '2026-06-30', merge: 'all' });
    expect(merged.model.customers).toBe(2);
    expect(merged.model.mergedDuplicates).toBe(1);
    expect(merged.engine).toEqual(merged.model);
  });

  it('sets aside bad lines, ignores lines after the as-of date, and groups invoice lines', () => {
    const sales: Sale[] = [
      { date: '31/02/2026', amount: '10,00', number: 'C1' }, // bad date
      { date: '10/06/2026', amount: 'abc', number: 'C1' }, // bad amount
      { date: '10/06/2026', amount: '10,00', postcode: '75011' }, // nobody
      { date: '12/06/2026', amount: '30,00', number: 'C1', invoice: 'F1' },
      { date: '10/06/2026', amount: '20,00', number: 'C1', invoice: 'F1' }, // same purchase, dated 10/06
      { date: '11/06/2026', amount: '-5,00', number: 'C1', invoice: 'F1' }, // credit note
      { date: '01/07/2026', amount: '999,00', number: 'C1' }, // after the as-of date
    ];
    const { engine, model } = figuresOf(sales, { asOf: '2026-06-30' });
    expect(model.badRows).toBe(3);
    expect(model.purchases).toBe(1);
    expect(model.revenueCents).toBe(4_500); // 30 + 20 − 5
    expect(model.creditNotes).toBe(1);
    expect(model.averageBasketCents).toBe(4_500);
    expect(model.monthlyRevenue.at(-1)).toEqual({ month: '2026-06', cents: 4_500 });
    expect(model.monthlyRevenue[0].month).toBe('2025-07');
    expect(engine).toEqual(model);
  });

  it('ignores lines after the as-of date even for identity, and ranks only the customers who bought in the last 12 months', () => {
    const sales: Sale[] = [
      { date: '01/06/2026', amount: '10,00', number: 'C1' },
      { date: '02/06/2026', amount: '10,00', email: 'x@exemple.fr' },
      // After the as-of date: would link C1 and x@exemple.fr, but it is ignored, so they stay two customers.
      { date: '01/07/2026', amount: '10,00', number: 'C1', email: 'x@exemple.fr' },
      // Invoice F9: its earliest line (2025-06-29) dates the purchase in the previous window, but its 500 € line
      // is last-window revenue. Customer C9 has no purchase in the last 12 months, so is not ranked.
      { date: '29/06/2025', amount: '1,00', number: 'C9', invoice: 'F9' },
      { date: '02/07/2025', amount: '500,00', number: 'C9', invoice: 'F9' },
    ];
    const { engine, model } = figuresOf(sales, { asOf: '2026-06-30' });
    expect(model.customers).toBe(2); // C1, x@exemple.fr
    expect(model.revenueCents).toBe(52_000); // 10 + 10 + 500
    // Top ceil(0,2 × 2) = 1 of C1 and x: 10 € → 1 000 × 10 000 ÷ 52 000 = 192,3 → 192.
    expect(model.top20ShareBasisPoints).toBe(192);
    expect(model.previousCustomers).toBe(1); // C9
    expect(model.retentionBasisPoints).toBe(0);
    expect(engine).toEqual(model);
  });

  it('the model rounds like the rule says', () => {
    expect(modelRound(100, 8)).toBe(13);
    expect(modelRound(-100, 8)).toBe(-13);
    expect(modelRound(10_000, 3)).toBe(3_333);
    expect(modelRound(20_000, 3)).toBe(6_667);
    expect(modelRound(-7, 2)).toBe(-4);
    expect(modelRound(Number.MAX_SAFE_INTEGER, 2)).toBe(2 ** 52); // 4 503 599 627 370 495,5 → …496, exactly
  });
});

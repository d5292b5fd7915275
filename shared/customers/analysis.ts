import { customerSegmentIds, type CustomerFigures, type CustomerSegmentId, type SegmentThresholds } from '../plan/customerFile';
import { roundedRatio } from '../compute/ratio';
import { optOutKind } from './columns';
import { normalizeCustomerNumber, normalizeEmail, normalizeName, normalizePhone, normalizePostcode, pairsWithinEdits } from './normalize';
import type { AnalysedCustomer, BadRow, BadRowReason, CustomerContact, ProbableDuplicate, SalesAnalysis, SalesMapping, SalesOptions, SalesTable } from './types';
import { cellString, dayOfIso, isoOfDay, isoOfMonth, monthOfDay, readCents, readDay, readOptedOut, type OptOutKind } from './values';

/**
 * From a shop's sales export to its customer figures (issue 15, « Fichier clients »): who the
 * customers are, what they bought in the last twelve months, and which segment each one is in.
 * Each function below applies one of the rules; the figures must match them to the cent.
 */

const BAD_ROWS_LISTED = 200;
const YEAR_DAYS = 365;
const NAME_EDITS = 2;

/** A line kept for the analysis: its identities compared (`keys`) and as written (`contact`). */
interface SaleLine {
  day: number;
  cents: number;
  invoice: string;
  keys: { customerNumber: string; email: string; name: string; postcode: string; phone: string };
  contact: CustomerContact;
}

type Cells = SalesTable['rows'][number]['cells'];
const cellAt = (cells: Cells, index: number | undefined) => (index === undefined ? undefined : cells[index]);

/** A valid line, or why it is set aside: its date first, then its amount, then whether it names anyone. */
function readLine(cells: Cells, mapping: SalesMapping, kind: OptOutKind): SaleLine | BadRowReason {
  const day = readDay(cellAt(cells, mapping.date));
  if (day === null) return 'badDate';
  const cents = readCents(cellAt(cells, mapping.amount));
  if (cents === null) return 'badAmount';
  const text = (role: keyof SalesMapping) => cellString(cellAt(cells, mapping[role])).trim();
  const name = mapping.firstName === undefined ? text('name') : `${text('firstName')} ${text('name')}`.trim();
  const optedOut = mapping.optOut !== undefined && readOptedOut(cellAt(cells, mapping.optOut), kind);
  const contact = { customerNumber: text('customerNumber'), name, email: text('email'), phone: text('phone'), postcode: text('postcode'), optedOut };
  const keys = {
    customerNumber: normalizeCustomerNumber(contact.customerNumber),
    email: normalizeEmail(contact.email),
    name: normalizeName(name),
    postcode: normalizePostcode(contact.postcode),
    phone: normalizePhone(contact.phone),
  };
  // A name of punctuation only (« - », « ? ») names nobody.
  if (keys.customerNumber === '' && keys.email === '' && keys.name === '') return 'noCustomer';
  return { day, cents, invoice: text('invoice'), keys, contact };
}

function readLines(table: SalesTable, mapping: SalesMapping): { lines: SaleLine[]; badRows: BadRow[]; badCount: number } {
  const kind = mapping.optOut === undefined ? 'optOut' : optOutKind(table.headers[mapping.optOut] ?? '');
  const lines: SaleLine[] = [];
  const badRows: BadRow[] = [];
  let badCount = 0;
  for (const { row, cells } of table.rows) {
    const line = readLine(cells, mapping, kind);
    if (typeof line !== 'string') lines.push(line);
    else if (++badCount <= BAD_ROWS_LISTED) badRows.push({ row, reason: line });
  }
  return { lines, badRows, badCount };
}

/** Union–find over the lines: `parent[i]` leads to the line standing for i's customer. */
function rootOf(parent: Int32Array, line: number): number {
  let at = line;
  while (parent[at] !== at) {
    parent[at] = parent[parent[at]];
    at = parent[at];
  }
  return at;
}

function join(parent: Int32Array, a: number, b: number): void {
  const [rootA, rootB] = [rootOf(parent, a), rootOf(parent, b)];
  // The earlier line stands for the customer, whatever order the links come in.
  if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
}

/** Lines sharing a customer number, an e-mail, or a name with the same postcode (even none) are one customer. */
function linkIdentities(lines: readonly SaleLine[]): Int32Array {
  const parent = Int32Array.from(lines, (_, index) => index);
  const linkBy = () => {
    const firstWith = new Map<string, number>();
    return (key: string, line: number) => {
      if (key === '') return; // an empty value links nobody
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, line);
      else join(parent, first, line);
    };
  };
  const [byNumber, byEmail, byName] = [linkBy(), linkBy(), linkBy()];
  lines.forEach(({ keys }, line) => {
    byNumber(keys.customerNumber, line);
    byEmail(keys.email, line);
    if (keys.name !== '') byName(`${keys.postcode}\0${keys.name}`, line);
  });
  return parent;
}

/** The customers, numbered in the order of their first line; each one's lines in file order. */
interface Customers {
  customerOf: Int32Array;
  lines: number[][];
}

function groupCustomers(parent: Int32Array): Customers {
  const customerOf = new Int32Array(parent.length);
  const lines: number[][] = [];
  for (let line = 0; line < parent.length; line++) {
    const root = rootOf(parent, line);
    // Roots are each customer's first line, so a customer is numbered when its root is reached.
    if (root === line) lines.push([]);
    customerOf[line] = root === line ? lines.length - 1 : customerOf[root];
    lines[customerOf[line]].push(line);
  }
  return { customerOf, lines };
}

/** For each field, the first value written among the customer's lines; opted out if any line says so. */
function contactOf(lineNumbers: readonly number[], lines: readonly SaleLine[]): CustomerContact {
  const contact: CustomerContact = { customerNumber: '', name: '', email: '', phone: '', postcode: '', optedOut: false };
  for (const line of lineNumbers) {
    const written = lines[line].contact;
    for (const field of ['customerNumber', 'name', 'email', 'phone', 'postcode'] as const) if (contact[field] === '') contact[field] = written[field];
    contact.optedOut ||= written.optedOut;
  }
  return contact;
}

/** Each customer's distinct non-empty values of one key, over all their lines (so file order does not matter). */
function valuesOf(customers: Customers, lines: readonly SaleLine[], key: 'name' | 'postcode' | 'phone'): Set<string>[] {
  return customers.lines.map((lineNumbers) => new Set(lineNumbers.map((line) => lines[line].keys[key]).filter((value) => value !== '')));
}

/** Customers sharing a value (a postcode, a phone), each block listed once by value. */
function blocksOf(values: readonly Set<string>[]): number[][] {
  const byValue = new Map<string, number[]>();
  values.forEach((set, customer) => {
    for (const value of set) {
      const block = byValue.get(value);
      if (block) block.push(customer);
      else byValue.set(value, [customer]);
    }
  });
  return [...byValue.values()].filter((block) => block.length > 1);
}

/** The pairs of a block whose names are within two edits, as `low × count + high` to sort and dedupe them. */
function closeNamesIn(block: readonly number[], names: readonly Set<string>[]): number[] {
  const entries = block.flatMap((customer) => [...names[customer]].map((name) => ({ customer, name })));
  const keys: number[] = [];
  for (const [i, j] of pairsWithinEdits(entries.map((entry) => entry.name), NAME_EDITS)) {
    const [a, b] = [entries[i].customer, entries[j].customer];
    if (a !== b) keys.push(Math.min(a, b) * names.length + Math.max(a, b));
  }
  return keys;
}

interface DuplicatePair {
  a: number;
  b: number;
  shared: 'postcode' | 'phone';
}

/**
 * Pairs of customers with close names (within two edits) who share a postcode or a phone. Only the
 * customers of one postcode or one phone are compared, so a large file is not compared pair by pair.
 */
function findDuplicates(customers: Customers, lines: readonly SaleLine[]): DuplicatePair[] {
  const names = valuesOf(customers, lines, 'name');
  const found = new Map<number, DuplicatePair['shared']>();
  for (const shared of ['postcode', 'phone'] as const) {
    for (const block of blocksOf(valuesOf(customers, lines, shared))) {
      for (const key of closeNamesIn(block, names)) if (!found.has(key)) found.set(key, shared);
    }
  }
  const count = names.length;
  return [...found.keys()].sort((x, y) => x - y).map((key) => ({ a: Math.floor(key / count), b: key % count, shared: found.get(key) ?? 'postcode' }));
}

/** Joins the pairs the owner confirmed ('all': every one); returns how many listed pairs were confirmed. */
function mergeConfirmed(pairs: readonly DuplicatePair[], merge: SalesOptions['merge'], customers: Customers, parent: Int32Array): number {
  const confirmed = merge === 'all' ? null : new Set(merge);
  let merged = 0;
  pairs.forEach(({ a, b }, index) => {
    if (confirmed !== null && !confirmed.has(duplicateId(index))) return;
    join(parent, customers.lines[a][0], customers.lines[b][0]);
    merged++;
  });
  return merged;
}

const duplicateId = (index: number): string => `dup-${index}`;

/**
 * Purchases: a credit note (amount below zero) is none; lines with one invoice number are one
 * purchase, dated by its earliest line and owned by its first line's customer; any other line is one.
 */
function purchasesOf(lines: readonly SaleLine[], customerOf: Int32Array): { day: number; customer: number }[] {
  const purchases: { day: number; customer: number }[] = [];
  const byInvoice = new Map<string, { day: number; customer: number }>();
  lines.forEach(({ cents, day, invoice }, line) => {
    if (cents < 0) return;
    const same = invoice === '' ? undefined : byInvoice.get(invoice);
    if (same) {
      same.day = Math.min(same.day, day);
      return;
    }
    const purchase = { day, customer: customerOf[line] };
    purchases.push(purchase);
    if (invoice !== '') byInvoice.set(invoice, purchase);
  });
  return purchases;
}

/** What each customer did: purchase dates, purchases in each year, revenue in the last year. */
interface CustomerYear {
  first: number;
  last: number;
  purchasesLastYear: number;
  boughtPreviousYear: boolean;
  revenueLastYear: number;
}

/** The two twelve-month windows before the as-of date: (A − 365, A] and (A − 730, A − 365]. */
const inLastYear = (day: number, asOf: number) => day > asOf - YEAR_DAYS && day <= asOf;
const inPreviousYear = (day: number, asOf: number) => day > asOf - 2 * YEAR_DAYS && day <= asOf - YEAR_DAYS;

function customerYears(count: number, purchases: readonly { day: number; customer: number }[], lines: readonly SaleLine[], customerOf: Int32Array, asOf: number): CustomerYear[] {
  const years = Array.from({ length: count }, () => ({ first: Infinity, last: -Infinity, purchasesLastYear: 0, boughtPreviousYear: false, revenueLastYear: 0 }));
  for (const { day, customer } of purchases) {
    const year = years[customer];
    year.first = Math.min(year.first, day);
    year.last = Math.max(year.last, day);
    if (inLastYear(day, asOf)) year.purchasesLastYear++;
    if (inPreviousYear(day, asOf)) year.boughtPreviousYear = true;
  }
  lines.forEach(({ day, cents }, line) => {
    if (inLastYear(day, asOf)) years[customerOf[line]].revenueLastYear += cents;
  });
  return years;
}

/** The first segment that fits, in the order of `customerSegmentIds`. */
function segmentOf(year: CustomerYear, asOf: number, t: SegmentThresholds): CustomerSegmentId {
  if (asOf - year.first < t.newWithinDays) return 'new';
  if (year.purchasesLastYear >= t.loyalPurchases) return 'loyal';
  const since = asOf - year.last;
  if (since > t.lostAfterDays) return 'lost';
  return since >= t.reactivateFromDays ? 'toReactivate' : 'occasional';
}

/** Every customer with a purchase, in the order of their first line, with their segment; and the segments' counts. */
function segmentCustomers(customers: Customers, years: readonly CustomerYear[], lines: readonly SaleLine[], asOf: number, thresholds: SegmentThresholds) {
  const analysed: AnalysedCustomer[] = [];
  const segments = Object.fromEntries(customerSegmentIds.map((id) => [id, 0])) as Record<CustomerSegmentId, number>;
  years.forEach((year, customer) => {
    if (year.first === Infinity) return; // credit notes only: no purchase, no segment
    const segment = segmentOf(year, asOf, thresholds);
    segments[segment]++;
    analysed.push({ contact: contactOf(customers.lines[customer], lines), segment, firstPurchase: isoOfDay(year.first), lastPurchase: isoOfDay(year.last) });
  });
  return { analysed, segments };
}

/** Revenue of the twelve calendar months ending with the as-of date's month, oldest first. */
function monthlyRevenue(lines: readonly SaleLine[], asOf: number): CustomerFigures['monthlyRevenue'] {
  const lastMonth = monthOfDay(asOf);
  const months = Array.from({ length: 12 }, (_, index) => ({ month: isoOfMonth(lastMonth - 11 + index), cents: 0 }));
  for (const { day, cents } of lines) {
    const index = monthOfDay(day) - (lastMonth - 11);
    if (index >= 0) months[index].cents += cents;
  }
  return months;
}

/** The share of the last year's revenue made by its best 20 % of customers (rounded up), in basis points. */
function top20Share(years: readonly CustomerYear[], revenueCents: number): number | null {
  const revenues = years.filter((year) => year.purchasesLastYear > 0).map((year) => year.revenueLastYear);
  if (revenues.length === 0 || revenueCents <= 0) return null;
  revenues.sort((x, y) => y - x);
  const top = revenues.slice(0, Math.ceil(revenues.length / 5)).reduce((sum, cents) => sum + cents, 0);
  return roundedRatio(top, revenueCents, 10_000);
}

function figuresOf(lines: readonly SaleLine[], years: readonly CustomerYear[], asOf: number): Omit<CustomerFigures, 'lines' | 'badRows' | 'probableDuplicates' | 'mergedDuplicates' | 'segments'> {
  const lastYear = lines.filter((line) => inLastYear(line.day, asOf));
  const revenueCents = lastYear.reduce((sum, line) => sum + line.cents, 0);
  const buyers = years.filter((year) => year.purchasesLastYear > 0);
  const purchases = buyers.reduce((sum, year) => sum + year.purchasesLastYear, 0);
  const previousCustomers = years.filter((year) => year.boughtPreviousYear).length;
  const retained = buyers.filter((year) => year.boughtPreviousYear).length;
  return {
    asOf: isoOfDay(asOf),
    customers: buyers.length,
    purchases,
    revenueCents,
    averageBasketCents: purchases === 0 ? null : roundedRatio(revenueCents, purchases, 1),
    purchasesPerYearHundredths: buyers.length === 0 ? null : roundedRatio(purchases, buyers.length, 100),
    retentionBasisPoints: previousCustomers === 0 ? null : roundedRatio(retained, previousCustomers, 10_000),
    top20ShareBasisPoints: top20Share(years, revenueCents),
    previousCustomers,
    monthlyRevenue: monthlyRevenue(lines, asOf),
    creditNotes: lastYear.filter((line) => line.cents < 0).length,
  };
}

/** The as-of date: the one asked for, or the latest date of a valid line. */
function asOfDay(asked: string | null | undefined, lines: readonly SaleLine[]): number {
  if (asked === null || asked === undefined || asked === '') return lines.reduce((latest, line) => Math.max(latest, line.day), -Infinity);
  const day = dayOfIso(asked);
  if (day === null) throw new Error('badAsOf');
  return day;
}

/**
 * Analyses a sales export. Throws `Error('noValidLine')` when no line has a date, an amount and a
 * customer: there is then no as-of date to state the figures at (the schema wants a real
 * yyyy-mm-dd, and today's date would make the same file say different things on different days),
 * so the caller shows a message instead of figures. An as-of date that is no yyyy-mm-dd throws `badAsOf`.
 */
export function analyzeSales(table: SalesTable, options: SalesOptions): SalesAnalysis {
  const read = readLines(table, options.mapping);
  if (read.lines.length === 0) throw new Error('noValidLine');
  const asOf = asOfDay(options.asOf, read.lines);
  // Lines after the as-of date did not happen yet at that date: they count only among the lines read.
  const lines = read.lines.filter((line) => line.day <= asOf);
  const parent = linkIdentities(lines);
  const found = groupCustomers(parent);
  const pairs = findDuplicates(found, lines);
  const mergedDuplicates = mergeConfirmed(pairs, options.merge, found, parent);
  const customers = groupCustomers(parent);
  const years = customerYears(customers.lines.length, purchasesOf(lines, customers.customerOf), lines, customers.customerOf, asOf);
  const { analysed, segments } = segmentCustomers(customers, years, lines, asOf, options.thresholds);
  const probableDuplicates: ProbableDuplicate[] = pairs.map(({ a, b, shared }, index) => ({
    id: duplicateId(index),
    a: contactOf(found.lines[a], lines),
    b: contactOf(found.lines[b], lines),
    shared,
  }));
  const figures: CustomerFigures = {
    ...figuresOf(lines, years, asOf),
    segments,
    probableDuplicates: pairs.length,
    mergedDuplicates,
    lines: table.rows.length,
    badRows: read.badCount,
  };
  return { figures, badRows: read.badRows, probableDuplicates, customers: analysed };
}

export { roundedRatio } from '../compute/ratio';

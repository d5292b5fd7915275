import type { BadRow, BadRowReason, SalesOptions, SalesTable } from '../../../shared/customers/types';
import type { CustomerFigures, CustomerSegmentId, SalesColumnRole } from '../../../shared/plan/customerFile';

/**
 * A second, naive implementation of the « Fichier clients » figures, written from the rules
 * alone (not from shared/customers/analysis.ts): plain loops, quadratic where it is simpler, BigInt
 * for every division. It only reads the clean French cells the property test generates: dates
 * "dd/mm/yyyy", amounts "1234,56" / "-12,00"; anything else is not a date or not an amount.
 */

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of a "dd/mm/yyyy" text that is a real calendar day, else null. */
export function modelDay(text: string): number | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (match === null) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime() / DAY_MS;
}

export const modelDayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const modelIsoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Cents of "1234,56" or "-12,00", else null. */
export function modelCents(text: string): number | null {
  const match = /^(-?)(\d+),(\d{2})$/.exec(text.trim());
  if (match === null) return null;
  const cents = Number(match[2]) * 100 + Number(match[3]);
  return match[1] === '-' ? -cents : cents;
}

export const modelNumber = (text: string): string => text.trim();
export const modelEmail = (text: string): string => text.trim().toLowerCase();
/** Trimmed, lower case, accents removed, anything not a letter, digit or space removed, runs of spaces collapsed. */
export const modelName = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/ +/g, ' ')
    .trim();
export const modelPostcode = (text: string): string => text.replace(/\s/g, '').toUpperCase();
export const modelPhone = (text: string): string => text.replace(/\D/g, '');

/** Plain dynamic-programming Levenshtein distance. */
export function levenshtein(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0) rows[i].push(j);
      else if (j === 0) rows[i].push(i);
      else {
        const substitution = rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
        rows[i].push(Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, substitution));
      }
    }
  }
  return rows[a.length][b.length];
}

/** numerator ÷ denominator (denominator > 0), rounded half away from zero, exactly. */
export function modelRound(numerator: number, denominator: number): number {
  const num = BigInt(numerator);
  const den = BigInt(denominator);
  if (den <= 0n) throw new Error('denominator must be positive');
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  const rounded = (2n * magnitude + den) / (2n * den);
  return Number(negative ? -rounded : rounded);
}

interface ModelLine {
  row: number;
  day: number;
  cents: number;
  number: string;
  email: string;
  name: string;
  postcode: string;
  phone: string;
  invoice: string;
}

export interface ModelResult {
  figures: CustomerFigures;
  /** Every line set aside, in file order (the engine lists the first 200). */
  badRows: BadRow[];
}

export function referenceAnalysis(table: SalesTable, options: SalesOptions): ModelResult {
  const cellOf = (cells: (string | number)[], role: SalesColumnRole): string => {
    const index = options.mapping[role];
    if (index === undefined) return '';
    const value = cells[index];
    return value === undefined ? '' : String(value);
  };

  // 1. Read every line; set aside bad date, else bad amount, else no identity.
  const badRows: BadRow[] = [];
  const valid: ModelLine[] = [];
  for (const { row, cells } of table.rows) {
    const day = modelDay(cellOf(cells, 'date'));
    const cents = modelCents(cellOf(cells, 'amount'));
    const number = modelNumber(cellOf(cells, 'customerNumber'));
    const email = modelEmail(cellOf(cells, 'email'));
    const name = modelName(cellOf(cells, 'name'));
    const setAside = (reason: BadRowReason): void => {
      badRows.push({ row, reason });
    };
    if (day === null) {
      setAside('badDate');
      continue;
    }
    if (cents === null) {
      setAside('badAmount');
      continue;
    }
    if (number === '' && email === '' && name === '') {
      setAside('noCustomer');
      continue;
    }
    valid.push({
      row,
      day,
      cents,
      number,
      email,
      name,
      postcode: modelPostcode(cellOf(cells, 'postcode')),
      phone: modelPhone(cellOf(cells, 'phone')),
      invoice: cellOf(cells, 'invoice').trim(),
    });
  }

  // 2. The as-of date; lines after it are ignored altogether.
  let asOf: number;
  if (options.asOf) asOf = modelDayOfIso(options.asOf);
  else {
    if (valid.length === 0) throw new Error('the model needs at least one valid line when asOf is null');
    asOf = valid[0].day;
    for (const line of valid) if (line.day > asOf) asOf = line.day;
  }
  const lines: ModelLine[] = [];
  for (const line of valid) if (line.day <= asOf) lines.push(line);

  // 3. Identity, transitive: each line starts as its own customer; linked lines get one label.
  const label: number[] = [];
  for (let i = 0; i < lines.length; i++) label.push(i);
  const relabel = (from: number, to: number): void => {
    for (let k = 0; k < label.length; k++) if (label[k] === from) label[k] = to;
  };
  const sameCustomer = (a: ModelLine, b: ModelLine): boolean =>
    (a.number !== '' && a.number === b.number) || (a.email !== '' && a.email === b.email) || (a.name !== '' && a.name === b.name && a.postcode === b.postcode);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      if (label[i] !== label[j] && sameCustomer(lines[i], lines[j])) relabel(label[j], label[i]);
    }
  }

  // The customers after identity, with their (single) name, postcode and phone.
  interface ModelCustomer {
    firstLine: number;
    name: string;
    postcode: string;
    phone: string;
  }
  const customers: ModelCustomer[] = [];
  const seenLabels: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (seenLabels.includes(label[k])) continue;
    seenLabels.push(label[k]);
    const attribute = (field: 'name' | 'postcode' | 'phone'): string => {
      let value = '';
      for (let m = 0; m < lines.length; m++) {
        if (label[m] !== label[k] || lines[m][field] === '') continue;
        if (value !== '' && value !== lines[m][field]) {
          throw new Error(`model premise broken: a customer with two ${field}s (${value} / ${lines[m][field]}), row ${lines[m].row}`);
        }
        value = lines[m][field];
      }
      return value;
    };
    customers.push({ firstLine: k, name: attribute('name'), postcode: attribute('postcode'), phone: attribute('phone') });
  }

  // 4. Probable duplicates: close names (≤ 2 edits) and a shared non-empty postcode or phone.
  const pairs: [number, number][] = [];
  for (let p = 0; p < customers.length; p++) {
    for (let q = p + 1; q < customers.length; q++) {
      const a = customers[p];
      const b = customers[q];
      if (a.name === '' || b.name === '') continue;
      if (levenshtein(a.name, b.name) > 2) continue;
      const sharedPostcode = a.postcode !== '' && a.postcode === b.postcode;
      const sharedPhone = a.phone !== '' && a.phone === b.phone;
      if (sharedPostcode || sharedPhone) pairs.push([p, q]);
    }
  }
  let mergedDuplicates = 0;
  if (options.merge === 'all') {
    for (const [p, q] of pairs) {
      const from = label[customers[q].firstLine];
      const to = label[customers[p].firstLine];
      if (from !== to) relabel(from, to);
      mergedDuplicates++;
    }
  } else if (options.merge.length > 0) {
    throw new Error('the model only knows merge "all" or []');
  }

  // 5. Purchases: non-negative lines, one per non-empty invoice number, else one per line.
  interface ModelPurchase {
    day: number;
    customer: number;
  }
  const purchases: ModelPurchase[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.cents < 0) continue;
    if (line.invoice === '') {
      purchases.push({ day: line.day, customer: label[k] });
      continue;
    }
    let seenBefore = false;
    for (let j = 0; j < k; j++) if (lines[j].cents >= 0 && lines[j].invoice === line.invoice) seenBefore = true;
    if (seenBefore) continue;
    let day = line.day;
    for (let j = k + 1; j < lines.length; j++) if (lines[j].cents >= 0 && lines[j].invoice === line.invoice && lines[j].day < day) day = lines[j].day;
    purchases.push({ day, customer: label[k] });
  }

  // 6. The two windows.
  const inLast = (day: number): boolean => asOf - 365 < day && day <= asOf;
  const inPrevious = (day: number): boolean => asOf - 730 < day && day <= asOf - 365;

  const lastCustomers: number[] = [];
  const previousCustomers: number[] = [];
  let purchaseCount = 0;
  for (const purchase of purchases) {
    if (inLast(purchase.day)) {
      purchaseCount++;
      if (!lastCustomers.includes(purchase.customer)) lastCustomers.push(purchase.customer);
    }
    if (inPrevious(purchase.day) && !previousCustomers.includes(purchase.customer)) previousCustomers.push(purchase.customer);
  }
  let revenueCents = 0;
  let creditNotes = 0;
  for (const line of lines) {
    if (!inLast(line.day)) continue;
    revenueCents += line.cents;
    if (line.cents < 0) creditNotes++;
  }
  let retained = 0;
  for (const customer of previousCustomers) if (lastCustomers.includes(customer)) retained++;

  // 7. Top 20 %: the ceil(0.2 × customers) customers with the highest last-12-month revenue.
  let top20ShareBasisPoints: number | null = null;
  if (revenueCents > 0 && lastCustomers.length > 0) {
    const revenues: number[] = [];
    for (const customer of lastCustomers) {
      let sum = 0;
      for (let k = 0; k < lines.length; k++) if (label[k] === customer && inLast(lines[k].day)) sum += lines[k].cents;
      revenues.push(sum);
    }
    revenues.sort((x, y) => y - x);
    const topCount = Math.floor((lastCustomers.length + 4) / 5); // ceil(n / 5) in integers
    let topSum = 0;
    for (let i = 0; i < topCount; i++) topSum += revenues[i];
    top20ShareBasisPoints = modelRound(topSum * 10_000, revenueCents);
  }

  // 8. Segments, over every customer with a purchase up to the as-of date.
  const segments: Record<CustomerSegmentId, number> = { new: 0, loyal: 0, lost: 0, toReactivate: 0, occasional: 0 };
  const buyers: number[] = [];
  for (const purchase of purchases) if (!buyers.includes(purchase.customer)) buyers.push(purchase.customer);
  const { newWithinDays, loyalPurchases, reactivateFromDays, lostAfterDays } = options.thresholds;
  for (const buyer of buyers) {
    let first = Infinity;
    let last = -Infinity;
    let recent = 0;
    for (const purchase of purchases) {
      if (purchase.customer !== buyer) continue;
      if (purchase.day < first) first = purchase.day;
      if (purchase.day > last) last = purchase.day;
      if (inLast(purchase.day)) recent++;
    }
    const sinceLast = asOf - last;
    if (asOf - first < newWithinDays) segments.new++;
    else if (recent >= loyalPurchases) segments.loyal++;
    else if (sinceLast > lostAfterDays) segments.lost++;
    else if (reactivateFromDays <= sinceLast && sinceLast <= lostAfterDays) segments.toReactivate++;
    else segments.occasional++;
  }

  // 9. Revenue of the 12 calendar months ending with the as-of date's month.
  const asOfIso = modelIsoOfDay(asOf);
  const monthlyRevenue: { month: string; cents: number }[] = [];
  for (let back = 11; back >= 0; back--) {
    const first = new Date(Date.UTC(Number(asOfIso.slice(0, 4)), Number(asOfIso.slice(5, 7)) - 1 - back, 1));
    const month = first.toISOString().slice(0, 7);
    let cents = 0;
    for (const line of lines) if (modelIsoOfDay(line.day).slice(0, 7) === month) cents += line.cents;
    monthlyRevenue.push({ month, cents });
  }

  const figures: CustomerFigures = {
    asOf: asOfIso,
    customers: lastCustomers.length,
    purchases: purchaseCount,
    revenueCents,
    averageBasketCents: purchaseCount === 0 ? null : modelRound(revenueCents, purchaseCount),
    purchasesPerYearHundredths: lastCustomers.length === 0 ? null : modelRound(purchaseCount * 100, lastCustomers.length),
    retentionBasisPoints: previousCustomers.length === 0 ? null : modelRound(retained * 10_000, previousCustomers.length),
    top20ShareBasisPoints,
    previousCustomers: previousCustomers.length,
    segments,
    probableDuplicates: pairs.length,
    mergedDuplicates,
    monthlyRevenue,
    lines: table.rows.length,
    badRows: badRows.length,
    creditNotes,
  };
  return { figures, badRows };
}

import { analyzeSales } from '../../../shared/customers';
import type { SalesAnalysis, SalesMapping, SalesOptions, SalesTable } from '../../../shared/customers/types';
import { defaultSegmentThresholds } from '../../../shared/plan/customerFile';

/** A sale as a test writes it; every field but the date and the amount may be left out (an empty cell). */
export interface Sale {
  date: string | number;
  amount: string | number;
  number?: string;
  email?: string;
  name?: string;
  postcode?: string;
  phone?: string;
  invoice?: string;
  optOut?: string;
}

export const salesHeaders = ['Date', 'Montant TTC', 'N° client', 'E-mail', 'Nom', 'Code postal', 'Téléphone', 'N° facture', 'Désinscrit'];
export const salesMapping: SalesMapping = { date: 0, amount: 1, customerNumber: 2, email: 3, name: 4, postcode: 5, phone: 6, invoice: 7, optOut: 8 };

/** The table a reader would hand over, rows numbered from 2 as under a header row. */
export function salesTable(sales: readonly Sale[], headers = salesHeaders): SalesTable {
  return {
    headers,
    rows: sales.map((sale, index) => ({
      row: index + 2,
      cells: [sale.date, sale.amount, sale.number ?? '', sale.email ?? '', sale.name ?? '', sale.postcode ?? '', sale.phone ?? '', sale.invoice ?? '', sale.optOut ?? ''],
    })),
  };
}

export function analyse(sales: readonly Sale[], options: Partial<SalesOptions> = {}): SalesAnalysis {
  return analyzeSales(salesTable(sales), { mapping: salesMapping, thresholds: defaultSegmentThresholds(), merge: [], ...options });
}

/** yyyy-mm-dd of the day `days` before `iso`. */
export const daysBefore = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** A small deterministic generator (mulberry32), so a "random" table is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The rows in another order (Fisher–Yates), each keeping its spreadsheet row number. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

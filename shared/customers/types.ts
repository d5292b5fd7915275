import type { CustomerFigures, CustomerSegmentId, SalesColumnRole, SegmentThresholds } from '../plan/customerFile';

/**
 * A sales export as the readers hand it over (electron/core/import reads CSV and XLSX): the header
 * row's texts and the rows under it, numbered as the spreadsheet shows them. A cell is text, or a
 * number when an XLSX stored one (an amount, or a date as Excel's serial day number).
 */
export interface SalesTable {
  headers: string[];
  rows: { row: number; cells: (string | number)[] }[];
}

/** Role → index of the column playing it in `SalesTable.headers`. */
export type SalesMapping = Partial<Record<SalesColumnRole, number>>;

/** What the headers say: the columns recognised, and whether the amounts are HT or TTC (null: not said). */
export interface DetectedColumns {
  mapping: SalesMapping;
  amounts: 'ht' | 'ttc' | null;
}

export interface SalesOptions {
  mapping: SalesMapping;
  /** yyyy-mm-dd; null or absent: the latest date in the file. Lines after it are left out. */
  asOf?: string | null;
  thresholds: SegmentThresholds;
  /** The probable duplicates (ProbableDuplicate.id) the owner confirmed as one customer; 'all' merges every one. */
  merge: readonly string[] | 'all';
}

/** Why a line was set aside; the other lines are still counted. */
export type BadRowReason = 'badDate' | 'badAmount' | 'noCustomer';
export interface BadRow {
  row: number;
  reason: BadRowReason;
}

/** One customer as the owner sees them to decide on a duplicate, or as a segment's contact list gives them. */
export interface CustomerContact {
  customerNumber: string;
  name: string;
  email: string;
  phone: string;
  postcode: string;
  /** Marked as refusing marketing in the file's opt-out (or consent) column. */
  optedOut: boolean;
}

/** Two customers who may be one person: names within two edits of each other, same postcode or phone. */
export interface ProbableDuplicate {
  /** Stable for the same file, mapping and as-of date: "dup-0", "dup-1"… */
  id: string;
  a: CustomerContact;
  b: CustomerContact;
  /** What they share besides a close name. */
  shared: 'postcode' | 'phone';
}

export interface AnalysedCustomer {
  contact: CustomerContact;
  segment: CustomerSegmentId;
  /** yyyy-mm-dd of their first and last purchase (credit notes are not purchases). */
  firstPurchase: string;
  lastPurchase: string;
}

/**
 * Everything an analysis finds. Only `figures` is stored in the plan; the rest (names, e-mails…) stays
 * in memory for the owner's screen and for the segment's contact export.
 */
export interface SalesAnalysis {
  figures: CustomerFigures;
  /** The first 200 lines set aside, in file order (figures.badRows counts them all). */
  badRows: BadRow[];
  probableDuplicates: ProbableDuplicate[];
  /** Every customer with at least one purchase up to the as-of date. */
  customers: AnalysedCustomer[];
}

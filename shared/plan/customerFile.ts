import * as z from 'zod';
import { basisPoints, cents, longText, shortText } from './common';

/**
 * What the plan keeps of a sales export (the "Fichier clients" step): the figures and segment counts
 * computed from it, how its columns were read, and which file it was (name and SHA-256). Never a
 * customer's name, e-mail, phone or number: the plan can still be e-mailed to a consultant. The file
 * itself is only read, and read again when the owner exports a segment's contacts.
 */

/** The roles a column of a sales export can play; date and amount are required, and one identity. */
/** `firstName` is read only beside `name`, when a file splits « Prénom » and « Nom » into two columns. */
export const salesColumnRoles = ['date', 'amount', 'customerNumber', 'email', 'name', 'firstName', 'postcode', 'phone', 'invoice', 'optOut'] as const;
export type SalesColumnRole = (typeof salesColumnRoles)[number];
export const identityRoles = ['customerNumber', 'email', 'name'] as const satisfies readonly SalesColumnRole[];

/** Each customer goes to the first segment that fits, in this order. */
export const customerSegmentIds = ['new', 'loyal', 'lost', 'toReactivate', 'occasional'] as const;
export type CustomerSegmentId = (typeof customerSegmentIds)[number];

const days = z.number().int().min(1).max(3650);

/** The segments' thresholds, which the owner can change. */
export const segmentThresholds = z.object({
  /** Nouveaux: first purchase within this many days of the as-of date. */
  newWithinDays: days.default(90),
  /** Fidèles: at least this many purchases in the last 12 months. */
  loyalPurchases: z.number().int().min(1).max(1000).default(3),
  /** À réactiver: last purchase between this many days and `lostAfterDays` ago. */
  reactivateFromDays: days.default(180),
  /** Perdus: last purchase more than this many days ago. */
  lostAfterDays: days.default(365),
});
export type SegmentThresholds = z.infer<typeof segmentThresholds>;
export const defaultSegmentThresholds = (): SegmentThresholds => ({ newWithinDays: 90, loyalPurchases: 3, reactivateFromDays: 180, lostAfterDays: 365 });

const count = z.number().int().min(0).max(1e9);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The figures, at the as-of date; integers, cents, basis points and hundredths, rounded half away from zero. */
export const customerFigures = z.object({
  asOf: isoDay,
  /** Distinct customers with at least one purchase in the last 12 months, (as-of − 365 days, as-of]. */
  customers: count,
  purchases: count,
  /** Credit notes included, so it may be below zero. */
  revenueCents: cents,
  averageBasketCents: cents.nullable(),
  purchasesPerYearHundredths: count.nullable(),
  /** Customers of the previous 12 months who bought again in the last 12, over those; null without a previous year. */
  retentionBasisPoints: basisPoints.max(10_000).nullable(),
  /** Revenue of the top 20 % of the customers (rounded up), over the revenue; null without revenue. */
  top20ShareBasisPoints: z.number().int().min(-1e9).max(1e9).nullable(),
  previousCustomers: count,
  segments: z.object(Object.fromEntries(customerSegmentIds.map((id) => [id, count])) as Record<CustomerSegmentId, typeof count>),
  /** Pairs of customers who may be one person (close names, same postcode or phone), listed for the owner. */
  probableDuplicates: count,
  /** How many of those pairs the owner merged. */
  mergedDuplicates: count,
  /** Revenue per calendar month, the twelve months up to the as-of date's month. */
  monthlyRevenue: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), cents })).max(12),
  /** Lines read, lines refused (bad date, amount or identity), credit notes among the others. */
  lines: count,
  badRows: count,
  creditNotes: count,
});
export type CustomerFigures = z.infer<typeof customerFigures>;

export const salesSource = z.object({
  fileName: shortText,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string().max(40),
});
export type SalesSource = z.infer<typeof salesSource>;

export const customerFile = z.object({
  source: salesSource.nullable().default(null),
  /** Role → the header of the column that plays it (headers only, never a cell). */
  mapping: z.partialRecord(z.enum(salesColumnRoles), shortText).default({}),
  /** Whether the amounts include VAT; null until a header or the owner says. */
  amounts: z.enum(['ht', 'ttc']).nullable().default(null),
  thresholds: segmentThresholds.default(defaultSegmentThresholds),
  figures: customerFigures.nullable().default(null),
  /** The probable duplicates merged ("dup-3", stable for one file and reading), or all of them: a segment's export reads the file the same way. */
  merged: z.union([z.literal('all'), z.array(z.string().regex(/^dup-\d{1,7}$/)).max(100_000)]).default([]),
  /** The owner's own remark on the file (where it comes from, what it leaves out). */
  note: longText.default(''),
});
export type CustomerFile = z.infer<typeof customerFile>;

export const emptyCustomerFile = (): CustomerFile => ({ source: null, mapping: {}, amounts: null, thresholds: defaultSegmentThresholds(), figures: null, merged: [], note: '' });

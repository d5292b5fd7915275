import * as z from 'zod';
import { basisPoints, id, longText, nonNegativeCents, shortText } from './common';

export const offer = z.object({
  description: longText,
  competitiveAdvantage: longText,
  priceStrategy: z.enum(['premium', 'aligned', 'penetration', 'undecided']),
  priceStrategyNote: longText,
  /**
   * Yearly fixed costs, for the break-even volume, revenue and date: excluding VAT, or including it
   * under the franchise en base (no VAT to reclaim, so what is paid is the cost).
   */
  fixedCostsCents: nonNegativeCents.nullable(),
  /**
   * Micro-entrepreneurs under the "franchise en base" charge no VAT: their prices carry the mention
   * "TVA non applicable, art. 293 B du CGI", and their costs and budget are typed VAT included.
   */
  vatApplicable: z.boolean(),
});
export type Offer = z.infer<typeof offer>;

export const emptyOffer = (): Offer => ({
  description: '',
  competitiveAdvantage: '',
  priceStrategy: 'undecided',
  priceStrategyNote: '',
  fixedCostsCents: null,
  vatApplicable: true,
});

/** Mainland France rates, in basis points; other territories can type their own. */
export const frenchVatRates = [2000, 1000, 550, 210, 0] as const;

/**
 * Whether a rate is one of the mainland choices; any other (Corsica's 13 % or 0,9 %, the 8,5 % of
 * Guadeloupe, Martinique and La Réunion) is typed in a field of its own.
 */
export const isMainlandVatRate = (basisPoints: number): boolean => (frenchVatRates as readonly number[]).includes(basisPoints);

export const product = z.object({
  id,
  name: shortText,
  unitCostCents: nonNegativeCents,
  priceExclVatCents: nonNegativeCents,
  vatRateBasisPoints: basisPoints.max(10_000),
  competitorPrices: z
    .array(z.object({ competitorId: id.nullable(), label: shortText, priceExclVatCents: nonNegativeCents }))
    .max(50),
  notes: longText,
});
export type Product = z.infer<typeof product>;

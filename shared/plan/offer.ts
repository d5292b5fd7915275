import { z } from 'zod';
import { basisPoints, id, longText, nonNegativeCents, shortText } from './common';

export const offer = z.object({
  description: longText,
  competitiveAdvantage: longText,
  priceStrategy: z.enum(['premium', 'aligned', 'penetration', 'undecided']),
  priceStrategyNote: longText,
  /** Yearly fixed costs excluding VAT, for the break-even volume. */
  fixedCostsCents: nonNegativeCents.nullable(),
  /** Micro-entrepreneurs under the "franchise en base" charge no VAT. */
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

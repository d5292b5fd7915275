import * as z from 'zod';
import { id, longText, shortText } from './common';

export const swotQuadrants = ['strength', 'weakness', 'opportunity', 'threat'] as const;

export const swotItem = z.object({
  id,
  quadrant: z.enum(swotQuadrants),
  text: longText,
});
export type SwotItem = z.infer<typeof swotItem>;

export const priceLevels = ['low', 'medium', 'high', 'unknown'] as const;

export const competitor = z.object({
  id,
  name: shortText,
  positioning: longText,
  addedValue: longText,
  strengths: longText,
  weaknesses: longText,
  priceLevel: z.enum(priceLevels),
  /** Does it deliver what it promises? */
  keepsPromise: z.enum(['yes', 'no', 'unknown']),
  notes: longText,
});
export type Competitor = z.infer<typeof competitor>;

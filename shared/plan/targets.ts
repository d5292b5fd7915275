import * as z from 'zod';
import { id, longText, shortText } from './common';

export const segmentRoles = ['core', 'secondary', 'influencer', 'prescriber', 'distributor', 'investor'] as const;

export const segment = z.object({
  id,
  name: shortText,
  role: z.enum(segmentRoles),
  /** Criteria by name (age, location, sector, company size, buyer role…), free text values. */
  criteria: z.record(z.string().max(40), shortText).refine((c) => Object.keys(c).length <= 30),
  estimatedSize: shortText,
  priority: z.number().int().min(1).max(5),
  description: longText,
});
export type Segment = z.infer<typeof segment>;

export const persona = z.object({
  id,
  segmentId: id.nullable(),
  name: shortText,
  age: shortText,
  situation: longText,
  needs: longText,
  frustrations: longText,
  habits: longText,
  quote: longText,
});
export type Persona = z.infer<typeof persona>;

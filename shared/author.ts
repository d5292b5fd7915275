import * as z from 'zod';

/** Logo limits: small enough for a PDF cover and a workbook, large enough to stay sharp in print. */
export const logoLimits = { maxBytes: 1_000_000, maxSidePx: 4000, minSidePx: 16 } as const;

export const logoSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  /** The image file's bytes, base64-encoded. */
  base64: z.string().max(Math.ceil(logoLimits.maxBytes / 3) * 4 + 4),
  widthPx: z.number().int().min(logoLimits.minSidePx).max(logoLimits.maxSidePx),
  heightPx: z.number().int().min(logoLimits.minSidePx).max(logoLimits.maxSidePx),
});

/**
 * Who hands the plan over (a consultant, a trainer): kept in the app's preferences, never in
 * plans, and shown on the PDF cover and the workbook's summary sheet.
 */
export const authorIdentitySchema = z.object({
  name: z.string().max(200),
  organisation: z.string().max(200),
  contact: z.string().max(500),
  logo: logoSchema.nullable(),
});

export type Logo = z.infer<typeof logoSchema>;
export type AuthorIdentity = z.infer<typeof authorIdentitySchema>;

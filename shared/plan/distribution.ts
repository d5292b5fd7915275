import * as z from 'zod';
import { basisPoints, id, longText, shortText } from './common';

export const channelKinds = [
  'ownShop',
  'eShop',
  'marketplace',
  'reseller',
  'wholesaler',
  'salesRep',
  'partner',
  'other',
] as const;

export const distributionChannel = z.object({
  id,
  kind: z.enum(channelKinds),
  name: shortText,
  role: longText,
  revenueShareBasisPoints: basisPoints.max(10_000),
  commissionBasisPoints: basisPoints.max(10_000),
  /** When on, the commission is counted in the budget as a % of the channel's revenue. */
  commissionInBudget: z.boolean(),
});
export type DistributionChannel = z.infer<typeof distributionChannel>;

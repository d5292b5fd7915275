import { z } from 'zod';
import { id, isoDate, longText, shortText } from './common';

export const objectiveFamilies = [
  'awareness',
  'acquisition',
  'conversion',
  'loyalty',
  'distribution',
  'fundraising',
  'other',
] as const;
export type ObjectiveFamily = (typeof objectiveFamilies)[number];

/** SMART objective: measurable by an indicator, from a baseline to a target, by a deadline. */
export const objective = z.object({
  id,
  title: shortText,
  family: z.enum(objectiveFamilies),
  indicator: shortText,
  /** Decimal strings keep what the user typed ("12,5") exact; unit says what they count. */
  baseline: shortText,
  target: shortText,
  unit: shortText,
  deadline: isoDate,
  notes: longText,
});
export type Objective = z.infer<typeof objective>;

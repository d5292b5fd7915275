import * as z from 'zod';
import { id, isoDate, kpiDirection, longText, shortText, twelveMonths } from './common';

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
  direction: kpiDirection,
  /** Decimal strings keep what the user typed ("12,5") exact; unit says what they count. */
  baseline: shortText,
  target: shortText,
  unit: shortText,
  deadline: isoDate,
  /** Values measured during the year, January to December, as typed; null = not measured. */
  actualByMonth: twelveMonths(shortText.nullable()).optional(),
  notes: longText,
});
export type Objective = z.infer<typeof objective>;

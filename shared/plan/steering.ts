import { z } from 'zod';
import { isoDate } from './common';

/**
 * How the plan is followed during the year (the « Pilotage » step): the date the dashboard and the
 * exports are read at (« Date du point »); empty: today within the plan's year, else its last day.
 */
export const steering = z.object({
  asOf: isoDate.default(''),
});
export type Steering = z.infer<typeof steering>;

export const emptySteering = (): Steering => ({ asOf: '' });

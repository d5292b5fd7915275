import { sampleMeta, type SampleDefinition } from '../kit';
import { salonActionPlan } from './actions';
import { salonStrategy } from './strategy';

/** A colour-specialist hair salon in Rennes: online booking, loyalty, referral and gift vouchers. */
export const salonSample: SampleDefinition = {
  intendedWarnings: [],
  build: (context) => ({
    meta: sampleMeta(context.text('Atelier Lou Coiffure — plan marketing 2027', 'Atelier Lou Coiffure — 2027 marketing plan'), '2026-10-12T14:00:00.000Z'),
    ...salonStrategy(context),
    ...salonActionPlan(context),
  }),
};

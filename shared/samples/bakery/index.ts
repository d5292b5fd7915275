import { emptyCustomerValue } from '../../plan/customerValue';
import { sampleRgpd } from '../rgpd';
import { sampleMeta, type SampleDefinition } from '../kit';
import { bakeryActionPlan } from './actions';
import { bakeryStrategy } from './strategy';

/** A neighbourhood bakery in Nantes: lunch deal, loyalty card, kings' cakes and Christmas logs. */
export const bakerySample: SampleDefinition = {
  intendedWarnings: [],
  build: (context) => ({
    meta: sampleMeta(context.text('Boulangerie Morel — plan marketing 2027', 'Boulangerie Morel — 2027 marketing plan'), '2026-10-05T09:00:00.000Z'),
    ...bakeryStrategy(context),
    ...bakeryActionPlan(context),
    rgpd: sampleRgpd(context.text, 'b2c'),
    customerValue: emptyCustomerValue(),
  }),
};

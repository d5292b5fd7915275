import { emptyCustomerValue } from '../../plan/customerValue';
import { sampleRgpd } from '../rgpd';
import { sampleMeta, type SampleDefinition } from '../kit';
import { eshopActionPlan } from './actions';
import { eshopStrategy } from './strategy';

/**
 * A young e-commerce brand of solid cosmetics: Etsy, then its own shop, an Ulule launch, a December peak.
 * Its two founders give the plan more than 15 hours a week of their own time: the coach's remark on
 * internal time is shown on purpose, the hidden cost of a launch year.
 */
export const eshopSample: SampleDefinition = {
  intendedWarnings: ['tooManyHours', 'categoryOverBudget'],
  build: (context) => ({
    meta: sampleMeta(context.text('Galet & Sève — plan marketing 2027', 'Galet & Sève — 2027 marketing plan'), '2026-11-03T10:30:00.000Z'),
    ...eshopStrategy(context),
    ...eshopActionPlan(context),
    rgpd: sampleRgpd(context.text, 'b2c'),
    customerValue: emptyCustomerValue(),
  }),
};

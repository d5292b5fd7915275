import { emptyCustomerValue } from '../../plan/customerValue';
import { sampleRgpd } from '../rgpd';
import { sampleMeta, type SampleDefinition } from '../kit';
import { b2bAccounts } from './accounts';
import { b2bActionPlan } from './actions';
import { b2bStrategy } from './strategy';

/** A managed IT and cybersecurity firm near Angers: key accounts, a trade show, LinkedIn and prescribers. */
export const b2bSample: SampleDefinition = {
  // At the end of March the firm has spent more than planned on events, e-mailing and partnerships: what Pilotage is for.
  // Its fourth quarter's pipeline is still early-stage deals, short of the target: what the October fair must fill.
  intendedWarnings: ['categoryOverBudget', 'pipelineShortfall'],
  build: (context) => ({
    meta: sampleMeta(context.text('Axone Informatique — plan marketing 2027', 'Axone Informatique — 2027 marketing plan'), '2026-11-20T08:45:00.000Z'),
    ...b2bStrategy(context),
    ...b2bActionPlan(context),
    ...b2bAccounts(context),
    rgpd: sampleRgpd(context.text, 'b2b'),
    customerValue: emptyCustomerValue(),
  }),
};

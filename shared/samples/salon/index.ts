import { sampleRgpd } from '../rgpd';
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
    rgpd: sampleRgpd(context.text, 'b2c'),
    // A colour client: about 65 € a visit, five visits a year, six in ten come back; the ads' target acquisition cost.
    customerValue: {
      averageTransactionCents: 6_500,
      purchasesPerYearHundredths: 500,
      retentionBasisPoints: 6_000,
      years: 3,
      acquisitionCostCents: 2_500,
      marginRateBasisPoints: null,
      costPerProspectCents: null,
      conversionBasisPoints: null,
    },
  }),
};

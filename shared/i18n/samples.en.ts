import type { samplesFr } from './samples.fr';
import type { Widen } from './widen';

/** Texts for samples, in English. */
export const samplesEn: Widen<typeof samplesFr> = {
  samples: {
    title: 'Sample plans',
    intro:
      'Four complete plans, written by a marketing trainer for imaginary businesses. Open one to see every step filled in, then draw on it for your own plan.',
    open: 'Open a copy',
    names: {
      bakery: 'Neighbourhood bakery',
      salon: 'Hair salon',
      eshop: 'Young online brand',
      b2b: 'IT services for businesses',
    },
    descriptions: {
      bakery:
        'Boulangerie Morel, in Nantes: a lunch deal for office workers, a loyalty card, kings’ cakes and Christmas logs, a Google profile and local press.',
      salon:
        'Atelier Lou Coiffure, in Rennes: online booking, a loyalty scheme, referrals, Instagram and Mother’s Day gift vouchers.',
      eshop:
        'Galet & Sève, solid cosmetics: from Etsy to its own online shop, an Ulule campaign, ads at 2% of revenue and a big Christmas season.',
      b2b: 'Axone Informatique, near Angers: key accounts, a trade show, LinkedIn, telemarketing and a network of referral partners.',
    },
  },
};

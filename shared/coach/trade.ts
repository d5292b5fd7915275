import type { CompanyProfile } from '../plan';

/** The trades the help speaks to, then a neutral voice for any other business. */
export const trades = ['bakery', 'florist', 'hairSalon', 'craftsman', 'restaurant', 'shop', 'ecommerce', 'b2bServices', 'neutral'] as const;
export type Trade = (typeof trades)[number];

/** Words of the activity that name each trade, without accents, in French and English; first match wins. */
const tradeWords: [Exclude<Trade, 'neutral'>, RegExp][] = [
  ['bakery', /boulang|patisser|viennoiser|bakery|baker|pastry/],
  ['florist', /fleur|florist|flower|jardinerie|horticult/],
  ['hairSalon', /coiff|barbier|esthetiq|institut de beaute|hair|barber|beauty salon/],
  ['restaurant', /restaura|traiteur|brasserie|bistro|cafe|pizzer|creperie|food truck|catering/],
  ['ecommerce', /en ligne|e-commerce|ecommerce|boutique web|site marchand|online|etsy|marketplace/],
  ['craftsman', /artisan|plomb|electricien|menuis|macon|peintre en batiment|chauffag|couvreur|ebenist|plumber|electrician|carpenter|builder|joiner/],
  ['b2bServices', /conseil|informatique|agence|cabinet|comptab|formation|logiciel|consult|agency|accountan|software|it services/],
  ['shop', /boutique|magasin|epicerie|librair|caviste|pret-a-porter|concept store|shop|store|grocer/],
];

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The plan's trade, read from the activity the owner wrote (« Fleuriste, compositions de mariage »);
 * a B2B plan whose activity names no trade is spoken to as a service firm, anything else neutrally.
 */
export function tradeOf(company: Pick<CompanyProfile, 'activity' | 'customerKind'>): Trade {
  const activity = plain(company.activity);
  const found = tradeWords.find(([, words]) => words.test(activity));
  if (found) return found[0];
  return company.customerKind === 'b2b' ? 'b2bServices' : 'neutral';
}

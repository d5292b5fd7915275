import type { KpiDirection } from './plan';

/**
 * The catalogue's indicators that should fall rather than rise. Kept beside the catalogue texts (and
 * not in them) because a direction is a fact about the indicator, the same in every language.
 * A test checks every key here exists in the catalogue.
 */
export const kpiCatalogueDirections: Readonly<Record<string, KpiDirection>> = {
  costPerAcquisition: 'lowerIsBetter',
  costPerVisitor: 'lowerIsBetter',
  costPerLead: 'lowerIsBetter',
  searchRanking: 'lowerIsBetter',
  bounceRate: 'lowerIsBetter',
  unsubscribeRate: 'lowerIsBetter',
  cartAbandonmentRate: 'lowerIsBetter',
};

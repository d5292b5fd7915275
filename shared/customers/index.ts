/** The analysis of a shop's sales export (« Fichier clients »): pure, shared by the app, the CLI and the tests. */
export { analyzeSales, roundedRatio } from './analysis';
export { detectSalesColumns, foldHeader, optOutKind } from './columns';
export { normalizeCustomerNumber, normalizeEmail, normalizeName, normalizePhone, normalizePostcode, pairsWithinEdits, withinEdits } from './normalize';
export { cellString, dayOf, dayOfIso, isoOfDay, readCents, readDay, readOptedOut, type OptOutKind } from './values';
export type * from './types';
export { customerBaselines, type CustomerBaselineKey } from './baselines';

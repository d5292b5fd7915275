import type { CompanyProfile } from '../../../shared/plan';

/** Segmentation criteria by kind of customer (DOMAIN.md §3); the form follows the company profile. */
export const b2cCriteria = ['age', 'gender', 'location', 'income', 'familySituation', 'behaviour', 'motivations'] as const;
export const b2bCriteria = ['sector', 'companySize', 'location', 'buyerRole', 'buyingProcess', 'budget'] as const;

export function criteriaGroups(kind: CompanyProfile['customerKind']): { group: 'b2c' | 'b2b'; keys: readonly string[] }[] {
  const b2c = { group: 'b2c' as const, keys: b2cCriteria };
  const b2b = { group: 'b2b' as const, keys: b2bCriteria };
  return kind === 'b2c' ? [b2c] : kind === 'b2b' ? [b2b] : [b2c, b2b];
}

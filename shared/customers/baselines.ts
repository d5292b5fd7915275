import { basisPointsToInputText } from '../money';
import type { CustomerFigures } from '../plan/customerFile';

export type CustomerBaselineKey = 'customers' | 'averageBasket' | 'retention';

/**
 * The figures an objective or an indicator can start from, as text typed in its baseline field
 * (« 412 », « 12,50 », « 64,8 »: no thousands mark, so every reader of decimals takes it).
 * A figure the file could not give (no purchase, no previous year) is left out.
 */
export function customerBaselines(figures: CustomerFigures): { key: CustomerBaselineKey; text: string }[] {
  const baselines: { key: CustomerBaselineKey; text: string }[] = [{ key: 'customers', text: String(figures.customers) }];
  const basket = figures.averageBasketCents;
  if (basket !== null && basket >= 0) baselines.push({ key: 'averageBasket', text: `${Math.floor(basket / 100)},${String(basket % 100).padStart(2, '0')}` });
  if (figures.retentionBasisPoints !== null) baselines.push({ key: 'retention', text: basisPointsToInputText(figures.retentionBasisPoints) });
  return baselines;
}

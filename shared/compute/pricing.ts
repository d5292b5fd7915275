import type { Product } from '../plan';

/** Half away from zero, on integers: the rounding French accounting expects on cents. */
export function roundDivide(numerator: number, denominator: number): number {
  const quotient = Math.trunc(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  const awayFromZero = Math.sign(numerator) * Math.sign(denominator);
  return 2 * Math.abs(remainder) >= Math.abs(denominator) ? quotient + awayFromZero : quotient;
}

/** The same rounding on BigInt, for products that pass Number's exact integers (fixed costs × 10 000). */
export function roundDivideBig(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** Price including VAT, in cents; the VAT rate is in basis points (20 % = 2000). */
export const priceInclVat = (product: Pick<Product, 'priceExclVatCents' | 'vatRateBasisPoints'>): number =>
  product.priceExclVatCents + roundDivide(product.priceExclVatCents * product.vatRateBasisPoints, 10_000);

export const unitMargin = (product: Pick<Product, 'priceExclVatCents' | 'unitCostCents'>): number =>
  product.priceExclVatCents - product.unitCostCents;

/**
 * The French false friends, in basis points:
 * - taux de marque (English "margin rate") = margin ÷ selling price excl. VAT;
 * - taux de marge (English "markup") = margin ÷ purchase cost excl. VAT.
 * Null where the divisor is zero.
 */
export const marginRate = (product: Pick<Product, 'priceExclVatCents' | 'unitCostCents'>): number | null =>
  product.priceExclVatCents === 0 ? null : roundDivide(unitMargin(product) * 10_000, product.priceExclVatCents);

export const markupRate = (product: Pick<Product, 'priceExclVatCents' | 'unitCostCents'>): number | null =>
  product.unitCostCents === 0 ? null : roundDivide(unitMargin(product) * 10_000, product.unitCostCents);

/**
 * Units to sell to cover the fixed costs: fixed costs ÷ unit margin, rounded up (half a croissant
 * does not pay the rent). Null when each sale loses money or breaks even.
 */
export function breakEvenVolume(fixedCostsCents: number, product: Pick<Product, 'priceExclVatCents' | 'unitCostCents'>): number | null {
  const margin = unitMargin(product);
  if (margin <= 0) return null;
  return Math.ceil(fixedCostsCents / margin);
}

/**
 * The plan's average taux de marque, in basis points: the plain mean of each product's rate, as if
 * every product brought the same share of revenue (the plan stores no sales mix). Products without
 * a price (a row still being filled in) are left out; null when none has one.
 */
export function averageMarginRate(products: Pick<Product, 'priceExclVatCents' | 'unitCostCents'>[]): number | null {
  const rates = products.map(marginRate).filter((rate): rate is number => rate !== null);
  return rates.length === 0 ? null : roundDivide(rates.reduce((sum, rate) => sum + rate, 0), rates.length);
}

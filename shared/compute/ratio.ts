/**
 * `numerator × scale ÷ denominator` rounded half away from zero, exactly: in BigInt, as
 * (2|n| + |d|) ÷ 2|d|, since a float can land on x.4999… and revenue × 10 000 passes 2^53.
 */
export function roundedRatio(numerator: number, denominator: number, scale: number): number {
  if (denominator === 0) throw new RangeError('roundedRatio: division by zero');
  const scaled = BigInt(numerator) * BigInt(scale);
  const divisor = BigInt(denominator);
  const abs = (value: bigint) => (value < 0n ? -value : value);
  const quotient = (2n * abs(scaled) + abs(divisor)) / (2n * abs(divisor));
  return Number(scaled < 0n !== divisor < 0n ? -quotient : quotient);
}

const WHOLE = 10_000;

/**
 * Each part's share of their sum in basis points, by largest remainder: the shares add up to exactly
 * 100 % (ties go to the earlier part), so a breakdown never prints 99,99 % or 100,01 %.
 * Null for every part when the sum is not positive.
 */
export function sharesOfTotal(parts: readonly number[]): (number | null)[] {
  const total = parts.reduce((sum, part) => sum + part, 0);
  if (total <= 0 || parts.some((part) => part < 0)) {
    return parts.map((part) => (total > 0 ? Math.round((part * WHOLE) / total) : null));
  }
  const exact = parts.map((part) => BigInt(part) * BigInt(WHOLE));
  const big = BigInt(total);
  const floors = exact.map((value) => value / big);
  const remainders = exact.map((value, index) => ({ index, remainder: value % big }));
  let left = WHOLE - floors.reduce((sum, value) => sum + Number(value), 0);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const shares = floors.map(Number);
  for (const { index } of remainders) {
    if (left <= 0) break;
    shares[index] += 1;
    left -= 1;
  }
  return shares;
}

/**
 * Dragging across a row paints months: the first cell decides whether the drag switches months on or
 * off, every cell entered afterwards takes that state.
 */
export function paintMonths(months: number[], month: number, on: boolean): number[] {
  const without = months.filter((existing) => existing !== month);
  return (on ? [...without, month] : without).sort((a, b) => a - b);
}

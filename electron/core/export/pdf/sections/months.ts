import type { Box } from '../table';
import { colors, PT, text } from '../theme';
import type { ReportWriter } from '../writer';

/**
 * Twelve small boxes, January to December, filled with the category's colour where the action is
 * active and marked with the month's initial: the months read at a glance in a narrow column.
 */
export function paintMonthBoxes(writer: ReportWriter, box: Box, activeMonths: number[], color: string, monthNames: readonly string[]): void {
  const gap = 0.35;
  const size = Math.min(3.4, (box.width - 3.6 - gap * 11) / 12);
  const x0 = box.x + 1.6;
  const y = box.y + 1.5;
  const fontSize = Math.min(5.5, (size / PT) * 0.6);
  const activeInitial = { ...text.cellBold, size: fontSize, color: colors.white };
  const emptyInitial = { ...text.cellBold, size: fontSize, color: colors.muted };
  for (let month = 1; month <= 12; month += 1) {
    const active = activeMonths.includes(month);
    const x = x0 + (month - 1) * (size + gap);
    writer.fillRect(x, y, size, size, active ? color : colors.barEmpty);
    const initial = (monthNames[month - 1] ?? '').charAt(0).toUpperCase();
    writer.textLine(initial, x + size / 2, y + size / 2 + fontSize * PT * 0.36, active ? activeInitial : emptyInitial, 'center');
  }
}

export function paintChip(writer: ReportWriter, box: Box, color: string): void {
  writer.fillRect(box.x + 1.6, box.y + 1.9, 2.4, 2.4, color);
}

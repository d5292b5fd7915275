import { formatEuros } from '../../../../shared/money';
import type { Box } from './table';
import { colors, lineHeight, text } from './theme';
import type { ReportWriter } from './writer';

/** 1, 2, 2.5 or 5 times a power of ten: grid steps a reader takes in at a glance. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= raw) ?? 10;
  return factor * power;
}

/**
 * Vertical bars for twelve months (amounts in cents), drawn with plain rectangles and lines: a
 * light grid with euro ticks on the left, the month names below.
 */
export function drawMonthlyBars(writer: ReportWriter, box: Box, valuesCents: number[], labels: readonly string[], color: string = colors.accent): void {
  const axisWidth = 17;
  const labelHeight = 5;
  const plot = { x: box.x + axisWidth, y: box.y + 2, width: box.width - axisWidth, height: box.height - labelHeight - 2 };
  const max = Math.max(...valuesCents, 0);
  const step = max > 0 ? niceStep(max, 4) : 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const yOf = (value: number) => plot.y + plot.height - (value / top) * plot.height;

  for (let tick = 0; tick <= top + 0.5; tick += step) {
    const y = yOf(tick);
    writer.hairline(plot.x, y, plot.x + plot.width, y, tick === 0 ? colors.muted : colors.rule, tick === 0 ? 0.3 : 0.15);
    writer.drawLines([formatEuros(tick, { decimals: false })], plot.x - 1.5, y - lineHeight(text.small) / 2, { ...text.small, size: 6.5 }, 'right');
  }
  const slot = plot.width / valuesCents.length;
  valuesCents.forEach((value, index) => {
    const barWidth = slot * 0.62;
    const x = plot.x + index * slot + (slot - barWidth) / 2;
    if (value > 0) writer.fillRect(x, yOf(value), barWidth, plot.y + plot.height - yOf(value), color);
    writer.drawLines([labels[index] ?? ''], plot.x + index * slot + slot / 2, plot.y + plot.height + 1, { ...text.small, size: 6.5 }, 'center');
  });
}

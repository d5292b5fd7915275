/** The report's look in one place: A4 in millimetres, one restrained accent, a few text styles. */

export const PT = 0.3528; // millimetres per typographic point

export const colors = {
  accent: '#1f3b5c',
  accentLight: '#e9eef4',
  ink: '#1d2530',
  muted: '#5f6b7a',
  rule: '#d5dbe3',
  zebra: '#f4f6f9',
  white: '#ffffff',
  barEmpty: '#e6e9ee',
  positive: '#2e7d32',
  warning: '#b45309',
} as const;

export const margins = { side: 18, top: 20, bottom: 22 } as const;
/** Landscape pages hold the wide tables: a little narrower margins. */
export const landscapeMargins = { side: 14, top: 16, bottom: 20 } as const;

export interface TextStyle {
  size: number;
  bold: boolean;
  color: string;
  /** Line height as a multiple of the font size. */
  leading: number;
}

const style = (size: number, bold: boolean, color: string = colors.ink, leading = 1.35): TextStyle => ({ size, bold, color, leading });

export const text = {
  title: style(26, true, colors.ink, 1.2),
  h1: style(16, true, colors.accent, 1.25),
  h2: style(11, true, colors.ink, 1.3),
  body: style(9.5, false),
  bodyBold: style(9.5, true),
  muted: style(8.5, false, colors.muted),
  small: style(7.5, false, colors.muted),
  cell: style(8, false),
  cellBold: style(8, true),
  cellMuted: style(7.5, false, colors.muted),
  header: style(7.5, true, colors.white, 1.25),
  statement: style(15, true, colors.accent, 1.4),
} as const;

export const lineHeight = (textStyle: TextStyle): number => textStyle.size * PT * textStyle.leading;

/** Mixes a colour with white: 0 gives white, 1 the colour itself (light fills from category colours). */
export function tint(hex: string, amount: number): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

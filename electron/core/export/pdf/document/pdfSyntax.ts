import { createHash } from 'node:crypto';

/** A number as PDF content writes it: at most three decimals, no exponent, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

/** Any text (metadata, a language tag) as a PDF string: UTF-16BE with its byte order mark, in hex. */
export function textString(value: string): string {
  let hex = '<FEFF';
  for (let index = 0; index < value.length; index += 1) hex += value.charCodeAt(index).toString(16).padStart(4, '0');
  return `${hex}>`;
}

/** "D:20270115100000Z": a date in UTC, as the document's information dictionary holds it. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}

const components = new Map<string, string>();

/** "#1f3b5c" as the three components PDF colour operators take (a report uses a dozen colours). */
export function rgb(hex: string): string {
  let found = components.get(hex);
  if (found === undefined) {
    const channel = (offset: number) => num(parseInt(hex.slice(offset, offset + 2), 16) / 255);
    found = `${channel(1)} ${channel(3)} ${channel(5)}`;
    components.set(hex, found);
  }
  return found;
}

/** Six capital letters derived from `value`: the tag PDF puts before a subset font's name. */
export function md5Tag(value: string): string {
  const digest = createHash('md5').update(value).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

import type { ImportLimits } from '../../../shared/importActions';
import { ImportFailure } from './failure';
import type { Table, TableRow } from './table';

/**
 * CSV as French spreadsheets write it: Excel saves "CSV (séparateur : point-virgule)" in
 * Windows-1252 without a BOM, LibreOffice in UTF-8, sometimes with a BOM; "Texte Unicode" is
 * UTF-16 with tabs. Every cell stays text: nothing here turns "01234" into a number.
 */

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);

export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Excel's French CSV is Windows-1252 (é is one byte, 0xE9).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Separators counted outside quotes on the header line; ties go to ';', the French default. */
export function detectSeparator(text: string): string {
  const counts = new Map([[';', 0], ['\t', 0], [',', 0]]);
  let inQuotes = false;
  for (let index = 0; index < Math.min(text.length, 64 * 1024); index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ';';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/**
 * Parses the whole text, checking the limits as it goes: it stops at the first row past
 * `maxRows`, so a 100,000-row file fails in milliseconds rather than after being read.
 * Rows are numbered as a spreadsheet opening the file shows them: one per record, a quoted
 * cell's line breaks included, blank lines counted.
 */
export function parseCsv(input: string, limits: ImportLimits): Table {
  let text = input;
  let separator: string;
  let rowNumber = 1;
  // Excel honours a first line "sep=;" naming the separator.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    separator = hint[1];
    text = text.slice(hint[0].length);
    rowNumber = 2;
  } else separator = detectSeparator(text);

  const rows: TableRow[] = [];
  let header: TableRow | null = null;
  let cells: string[] = [];
  let index = 0;
  const length = text.length;

  const columnName = (column: number): string | number => {
    const name = header ? String(header.cells[column - 1] ?? '').trim() : '';
    return name === '' ? column : name;
  };

  const pushCell = (value: string) => {
    if (value.length > limits.maxCellChars) {
      throw new ImportFailure('cellTooLong', { max: limits.maxCellChars, row: rowNumber, column: columnName(cells.length + 1) });
    }
    if (cells.length >= limits.maxColumns && value.trim() !== '') {
      throw new ImportFailure('tooManyColumns', { max: limits.maxColumns });
    }
    if (cells.length < limits.maxColumns) cells.push(value);
  };

  const endRow = () => {
    if (cells.some((cell) => cell.trim() !== '')) {
      const row = { row: rowNumber, cells };
      if (!header) header = row;
      else {
        if (rows.length >= limits.maxRows) throw new ImportFailure('tooManyRows', { max: limits.maxRows });
        rows.push(row);
      }
    }
    cells = [];
    rowNumber++;
  };

  const unquotedEnd = (from: number): number => {
    let end = from;
    while (end < length) {
      const char = text[end];
      if (char === separator || char === '\n' || char === '\r') break;
      end++;
    }
    return end;
  };

  while (index < length) {
    let value: string;
    if (text[index] === '"') {
      const startRow = rowNumber;
      let chunkStart = index + 1;
      let cursor = chunkStart;
      value = '';
      for (;;) {
        const quote = text.indexOf('"', cursor);
        if (quote === -1) throw new ImportFailure('unclosedQuote', { row: startRow });
        if (text[quote + 1] === '"') {
          value += text.slice(chunkStart, quote + 1);
          cursor = chunkStart = quote + 2;
          continue;
        }
        value += text.slice(chunkStart, quote);
        index = quote + 1;
        break;
      }
      value = value.replace(/\r\n?/g, '\n');
      // Lenient like Excel: text after the closing quote ("a"b) is kept.
      const end = unquotedEnd(index);
      value += text.slice(index, end);
      index = end;
    } else {
      const end = unquotedEnd(index);
      value = text.slice(index, end);
      index = end;
    }
    pushCell(value);

    if (index >= length) break;
    const char = text[index];
    if (char === separator) {
      index++;
      if (index >= length) pushCell('');
      continue;
    }
    // A line break ends the row: \r\n, \n or a lone \r (old Mac Excel).
    index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
    endRow();
  }
  if (cells.length > 0) endRow();

  if (!header) throw new ImportFailure('emptyImportFile');
  return { format: 'csv', header, rows };
}

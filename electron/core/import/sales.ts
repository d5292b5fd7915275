import { analyzeSales, detectSalesColumns } from '../../../shared/customers';
import { mappingFromHeaders, mappingProblems, type SalesPreview } from '../../../shared/customers/preview';
import type { AnalysedCustomer, SalesMapping, SalesTable } from '../../../shared/customers/types';
import type { ImportLimits, ImportResult } from '../../../shared/importActions';
import type { SalesColumnRole, SegmentThresholds } from '../../../shared/plan/customerFile';
import { ImportFailure } from './failure';
import { readTable, type ImportFile } from './parse';
import { cellText, type Table } from './table';

/**
 * How to read the file. The mapping by column index (the owner's choices), or by header text (what the
 * plan keeps, to read the same file again); neither: as the headers suggest.
 */
export interface SalesReading {
  mapping: SalesMapping | null;
  mappingByHeader?: Partial<Record<SalesColumnRole, string>>;
  amounts: 'ht' | 'ttc' | null;
  asOf: string | null;
  thresholds: SegmentThresholds;
  merge: readonly string[] | 'all';
}

/** The preview, and for a segment's contact export every customer with their contact (never stored). */
export interface SalesReadResult {
  preview: Omit<SalesPreview, 'fileName' | 'sha256'>;
  customers: AnalysedCustomer[] | null;
}

/** What the main thread sends the worker to read a sales export. */
export interface SalesWorkerInput {
  kind: 'sales';
  file: ImportFile;
  limits: ImportLimits;
  reading: SalesReading;
  withContacts: boolean;
}

const SAMPLE_ROWS = 5;

/** The reader's table as the analysis takes it: header texts, and each row's cells up to the header's width. */
function salesTable(table: Table): SalesTable {
  const headers = table.header.cells.map((cell) => cellText(cell).trim());
  return { headers, rows: table.rows.map(({ row, cells }) => ({ row, cells: headers.map((_, index) => cells[index] ?? '') })) };
}

/**
 * Reads a sales export and analyses it, in this thread: the import worker calls it (worker.ts), and so
 * do the tests. `withContacts` keeps the customers' contacts in the result, for a segment's export.
 */
export async function readSalesExport(file: ImportFile, limits: ImportLimits, reading: SalesReading, withContacts = false): Promise<ImportResult<SalesReadResult>> {
  try {
    const table = salesTable(await readTable(file, limits));
    const detected = detectSalesColumns(table.headers);
    const mapping = reading.mapping ?? (reading.mappingByHeader ? mappingFromHeaders(reading.mappingByHeader, table.headers) : detected.mapping);
    const amounts = reading.amounts ?? detected.amounts;
    const problems = mappingProblems(mapping, amounts).filter((problem) => problem !== 'amountsUnknown');
    const base = {
      rows: table.rows.length,
      headers: table.headers,
      sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells.map((cell) => cellText(cell))),
      detected,
      mapping,
      amounts,
      problems: mappingProblems(mapping, amounts),
    };
    // HT or TTC only labels the figures: they are computed as soon as the columns are known.
    if (problems.length > 0) return { ok: true, value: { preview: { ...base, analysis: null, noValidLine: false }, customers: null } };
    try {
      const analysis = analyzeSales(table, { mapping, asOf: reading.asOf, thresholds: reading.thresholds, merge: reading.merge });
      const { figures, badRows, probableDuplicates } = analysis;
      return {
        ok: true,
        value: { preview: { ...base, analysis: { figures, badRows, probableDuplicates }, noValidLine: false }, customers: withContacts ? analysis.customers : null },
      };
    } catch (error) {
      if (error instanceof Error && error.message === 'noValidLine') {
        return { ok: true, value: { preview: { ...base, analysis: null, noValidLine: true }, customers: null } };
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof ImportFailure) return { ok: false, error: error.importError };
    throw error;
  }
}

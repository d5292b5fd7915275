import type { ImportLimits } from '../importActions';
import { identityRoles, salesColumnRoles, type CustomerFigures, type SalesColumnRole } from '../plan/customerFile';
import type { BadRow, DetectedColumns, ProbableDuplicate, SalesMapping } from './types';

/**
 * A year of a shop's sales is far more rows than a list of actions: up to 300,000 lines. The browser
 * mode's bridge carries at most 10 MB per call, so a file sent from a browser stays under about 7 MB.
 */
export const defaultSalesLimits: ImportLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 120 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxZipEntries: 1000,
  maxRows: 300_000,
  maxColumns: 100,
  maxCellChars: 10_000,
  timeoutMs: 60_000,
  maxWorkerMemoryMb: 1024,
};

/** What keeps an analysis from running: a required column not chosen, or HT/TTC not said. */
export type MappingProblem = 'missingDate' | 'missingAmount' | 'missingIdentity' | 'amountsUnknown';

export function mappingProblems(mapping: SalesMapping, amounts: 'ht' | 'ttc' | null): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (mapping.date === undefined) problems.push('missingDate');
  if (mapping.amount === undefined) problems.push('missingAmount');
  if (identityRoles.every((role) => mapping[role] === undefined)) problems.push('missingIdentity');
  if (amounts === null) problems.push('amountsUnknown');
  return problems;
}

/** The mapping the plan keeps: each role's column by its header text (indexes mean nothing once the file is gone). */
export function mappingByHeader(mapping: SalesMapping, headers: readonly string[]): Partial<Record<SalesColumnRole, string>> {
  const byHeader: Partial<Record<SalesColumnRole, string>> = {};
  for (const role of salesColumnRoles) {
    const index = mapping[role];
    if (index !== undefined && headers[index] !== undefined) byHeader[role] = headers[index].slice(0, 200);
  }
  return byHeader;
}

/** The stored mapping applied to the same file read again: each header found back by its text. */
export function mappingFromHeaders(byHeader: Partial<Record<SalesColumnRole, string>>, headers: readonly string[]): SalesMapping {
  const mapping: SalesMapping = {};
  for (const role of salesColumnRoles) {
    const index = byHeader[role] === undefined ? -1 : headers.findIndex((header) => header.slice(0, 200) === byHeader[role]);
    if (index >= 0) mapping[role] = index;
  }
  return mapping;
}

/** What the owner sees before anything is stored: how the file is read, and what it says. */
export interface SalesPreview {
  fileName: string;
  sha256: string;
  rows: number;
  headers: string[];
  /** The first rows as text, to check the columns against. */
  sampleRows: string[][];
  detected: DetectedColumns;
  /** The choices this preview was computed with. */
  mapping: SalesMapping;
  amounts: 'ht' | 'ttc' | null;
  problems: MappingProblem[];
  /** Null while a problem stands, or when no line could be read (`noValidLine`). */
  analysis: { figures: CustomerFigures; badRows: BadRow[]; probableDuplicates: ProbableDuplicate[] } | null;
  noValidLine: boolean;
}

import type { ExportFormat, ExportedFile } from '../../../shared/contract';
import type { Plan } from '../../../shared/plan';
import { ok, type Result } from '../../../shared/result';
import { writeFileAtomically } from '../files';
import { toAppError } from '../store/errors';
import { fileNameFor } from '../services/planSession';
import type { ExportOptions } from './options';

export type { ExportOptions } from './options';

/**
 * Loaded on first use: the PDF writer (with the fonts) and exceljs are most of the code, and the CLI's `info`
 * and `check` need neither. The CLI bundle (scripts/nodeBundles.mjs) puts each in a chunk of its own.
 */
const exporters: Record<ExportFormat, (plan: Plan, options: ExportOptions) => Promise<Buffer>> = {
  pdf: async (plan, options) => (await import('./pdf')).exportPdf(plan, options),
  xlsx: async (plan, options) => (await import('./xlsx')).exportXlsx(plan, options),
};

export const mimeTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** "Boulangerie Martin 2027.pdf": the plan's title, made safe for every file system. */
export const exportFileName = (plan: Plan, format: ExportFormat): string =>
  fileNameFor(plan.meta.title).replace(/\.capm$/, `.${format}`);

export async function exportPlan(plan: Plan, format: ExportFormat, options: ExportOptions): Promise<Result<Buffer>> {
  try {
    return ok(await exporters[format](plan, options));
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

/** The export written whole or not at all; a full or read-only disk is an expected failure. */
export function writeExport(bytes: Buffer, destination: string): Result<{ path: string }> {
  try {
    writeFileAtomically(destination, bytes);
    return ok({ path: destination });
  } catch (error) {
    return { ok: false, error: toAppError(error, destination) };
  }
}

export const exportedFile = (plan: Plan, format: ExportFormat, bytes: Buffer): ExportedFile => ({
  fileName: exportFileName(plan, format),
  mimeType: mimeTypes[format],
  base64: bytes.toString('base64'),
});

import { createHash } from 'node:crypto';
import type { SalesChoices } from '../../../shared/contract';
import { mappingByHeader, type SalesPreview } from '../../../shared/customers/preview';
import type { AnalysedCustomer } from '../../../shared/customers/types';
import type { CustomerFile, CustomerSegmentId } from '../../../shared/plan/customerFile';
import type { Translate } from '../../../shared/i18n';
import { fail, ok, type Result } from '../../../shared/result';
import type { SalesReading } from '../import';
import type { PlanSession } from './planSession';
import { contactsCsv } from './contactsCsv';

/** The spreadsheet readers (and exceljs) load on first use, as for the action import. */
const salesImport = () => import('../import');

interface SalesFile {
  fileName: string;
  bytes: Buffer;
  sha256: string;
  /** The plan it was chosen for: another plan opened since does not see it. */
  planPath: string;
}

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The sales export the owner is looking at, kept in memory between its preview and the figures being
 * stored, and while the plan stays open (for a segment's contacts). Only the figures reach the plan;
 * the file is only ever read.
 */
export class CustomerImports {
  private file: SalesFile | null = null;

  constructor(private readonly session: PlanSession) {}

  /** A new file: read as its headers suggest, with the plan's segment thresholds. */
  async preview(fileName: string, bytes: Buffer): Promise<Result<SalesPreview>> {
    const opened = this.session.get();
    if (!opened.ok) return opened;
    this.file = { fileName, bytes, sha256: sha256Of(bytes), planPath: opened.value.path };
    const { thresholds } = opened.value.plan.customerFile;
    return this.read(this.file, { mapping: null, amounts: null, asOf: null, thresholds, merge: [] });
  }

  /** The same file with the owner's choices. */
  async analyze(choices: SalesChoices): Promise<Result<SalesPreview>> {
    const file = this.currentFile();
    if (!file) return fail('noSalesFile');
    return this.read(file, choices);
  }

  /** Stores what the plan keeps of the file: its name and SHA-256, how it was read, the figures. */
  async apply(choices: SalesChoices): Promise<Result<CustomerFile>> {
    const opened = this.session.get();
    if (!opened.ok) return opened;
    const file = this.currentFile();
    if (!file) return fail('noSalesFile');
    const read = await this.read(file, choices);
    if (!read.ok) return read;
    const { analysis, headers, amounts, noValidLine } = read.value;
    if (noValidLine) return fail('salesNoValidLine');
    if (!analysis || amounts === null) return fail('salesNotReady');
    const data: CustomerFile = {
      source: { fileName: file.fileName.slice(0, 200), sha256: file.sha256, importedAt: new Date().toISOString() },
      mapping: mappingByHeader(choices.mapping, headers),
      amounts,
      thresholds: choices.thresholds,
      figures: analysis.figures,
      merged: choices.merge === 'all' ? 'all' : choices.merge.filter((id) => analysis.probableDuplicates.some((pair) => pair.id === id)),
      note: opened.value.plan.customerFile.note,
    };
    const saved = this.session.withFile((file) => file.updateSection('customerFile', data));
    return saved.ok ? ok(data) : saved;
  }

  /**
   * A segment's customers who did not opt out, as a CSV for a mailing tool: the file in memory, or the
   * one given again, is read the way the plan says it was (its SHA-256 must match).
   */
  async segmentContacts(
    segment: CustomerSegmentId,
    t: Translate,
    given?: { fileName: string; bytes: Buffer },
  ): Promise<Result<{ csv: Buffer; contacts: number; optedOut: number; fileName: string }>> {
    const opened = this.session.get();
    if (!opened.ok) return opened;
    const stored = opened.value.plan.customerFile;
    if (!stored.source || !stored.figures || stored.amounts === null) return fail('noSalesFile');
    const candidate = given ? { ...given, sha256: sha256Of(given.bytes), planPath: opened.value.path } : this.currentFile();
    if (!candidate) return fail('salesFileNeeded', { fileName: stored.source.fileName });
    if (candidate.sha256 !== stored.source.sha256) return fail('salesFileMismatch', { fileName: stored.source.fileName });
    this.file = candidate;
    const customers = await this.customersOf(candidate, stored);
    if (!customers.ok) return customers;
    const inSegment = customers.value.filter((customer) => customer.segment === segment);
    const reachable = inSegment.filter((customer) => !customer.contact.optedOut);
    return ok({
      csv: contactsCsv(reachable, t),
      contacts: reachable.length,
      optedOut: inSegment.length - reachable.length,
      fileName: stored.source.fileName,
    });
  }

  /** The file in memory, if it was chosen for the plan open now. */
  private currentFile(): SalesFile | null {
    const opened = this.session.get();
    return this.file && opened.ok && opened.value.path === this.file.planPath ? this.file : null;
  }

  private async customersOf(file: SalesFile, stored: CustomerFile): Promise<Result<AnalysedCustomer[]>> {
    const { analyseSalesExport } = await salesImport();
    const reading = { mapping: null, mappingByHeader: stored.mapping, amounts: stored.amounts, asOf: stored.figures?.asOf ?? null, thresholds: stored.thresholds, merge: stored.merged };
    const result = await analyseSalesExport({ name: file.fileName, bytes: file.bytes }, reading, { withContacts: true });
    if (!result.ok) return result;
    if (result.value.preview.noValidLine) return fail('salesNoValidLine');
    return result.value.customers ? ok(result.value.customers) : fail('salesNotReady');
  }

  private async read(file: SalesFile, reading: SalesReading): Promise<Result<SalesPreview>> {
    const { analyseSalesExport } = await salesImport();
    const result = await analyseSalesExport({ name: file.fileName, bytes: file.bytes }, reading);
    if (!result.ok) return result;
    return ok({ fileName: file.fileName, sha256: file.sha256, ...result.value.preview });
  }
}

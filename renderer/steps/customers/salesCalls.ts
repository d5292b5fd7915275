import type { SalesChoices, SalesPreview } from '../../../shared/contract';
import type { CustomerSegmentId, Plan } from '../../../shared/plan';
import type { Result } from '../../../shared/result';
import { api } from '../../api';
import { offerDownload } from '../../app/download';
import { readAsBase64 } from '../../app/fileBytes';
import { useAppStore } from '../../app/store';

/**
 * The « Fichier clients » step's calls: a failure is shown as the app shows every refusal (the store's
 * error), and answers null. The sales file itself only travels to the main process, which reads it.
 */
async function answer<T>(call: Promise<Result<T>>): Promise<T | null> {
  const result = await call;
  if (!result.ok) useAppStore.setState({ error: result.error });
  return result.ok ? result.value : null;
}

export async function previewSalesFile(file: File): Promise<SalesPreview | null> {
  return answer(api.call('customers.preview', { fileName: file.name, base64: await readAsBase64(file) }));
}

export const analyseSales = (choices: SalesChoices) => answer(api.call('customers.analyze', { choices }));

/** Stores the figures, then keeps them on screen (and in the undo history) like any edit of the section. */
export async function applySales(choices: SalesChoices): Promise<boolean> {
  const stored = await answer(api.call('customers.apply', { choices }));
  if (!stored) return false;
  useAppStore.getState().updateSection('customerFile', stored);
  return true;
}

/** The segment's contacts: saved where the desktop asks, or downloaded in browser mode. */
export async function exportSegmentContacts(segment: CustomerSegmentId, source?: File): Promise<{ contacts: number; optedOut: number } | null> {
  const given = source ? { fileName: source.name, base64: await readAsBase64(source) } : undefined;
  const exported = await answer(api.call('customers.exportSegment', { segment, source: given }));
  if (!exported) return null;
  if ('file' in exported) offerDownload(exported.file);
  return { contacts: exported.contacts, optedOut: exported.optedOut };
}

/** The owner's choices a preview was made with, ready to be changed one at a time. */
export const choicesOf = (preview: SalesPreview, plan: Plan, merge: SalesChoices['merge'] = []): SalesChoices => ({
  mapping: preview.mapping,
  amounts: preview.amounts,
  asOf: preview.analysis?.figures.asOf ?? null,
  thresholds: plan.customerFile.thresholds,
  merge,
});

import fs from 'node:fs';
import { exportFormats, isIsoDay } from '../../shared/contract';
import { planProgress } from '../../shared/coach/progress';
import { computeYearlyForecast } from '../../shared/compute/revenue';
import type { Language, Translate } from '../../shared/i18n';
import { formatLongDate } from '../../shared/dates';
import { formatCount, formatEuros } from '../../shared/money';
import { customerSegmentIds } from '../../shared/plan/customerFile';
import { customersJson } from '../../shared/report/checkJson';
import { isSampleId, sampleIds } from '../../shared/samples/ids';
import { toAppError } from '../core/store/errors';
import { printCheck } from './printCheck';
import { CliError, type Call } from './services';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CommandContext {
  args: string[];
  flags: Record<string, string>;
  language: Language;
  t: Translate;
  io: CliIo;
  call: Call;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new CliError({ key: 'cli.missingArgument', params: { name } });
  return value;
}

/** `info`, `check` and `export` only read: the plan is never migrated, backed up or locked. */
const readPlan = async (call: Call, path: string) => (await call('plan.open', { path, readOnly: true })).plan;

async function newPlan({ args, flags, language, t, io, call }: CommandContext): Promise<void> {
  const path = required(args[0], 'FILE');
  if (flags.sample !== undefined) {
    if (!isSampleId(flags.sample)) throw new CliError({ key: 'cli.unknownSample', params: { value: flags.sample, samples: sampleIds.join(', ') } });
    await call('plan.createFromSample', { sample: flags.sample, language, path });
  } else {
    const year = Number(flags.year ?? new Date().getFullYear() + 1);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliError({ key: 'cli.badYear', params: { value: flags.year ?? '' } });
    // Without --name, the services name the plan in the language asked for, as they would for the app.
    await call('plan.create', { title: flags.name?.trim() || undefined, language, year, path });
  }
  io.out(t('cli.created', { path }));
}

async function info({ args, t, io, call }: CommandContext): Promise<void> {
  const plan = await readPlan(call, required(args[0], 'FILE'));
  const field = (label: string, value: string | number) => io.out(t('cli.field', { label, value }));
  field(t('cli.infoTitle'), plan.meta.title);
  field(t('cli.infoCompany'), plan.company.name || '—');
  field(t('cli.infoYear'), plan.company.planYear);
  field(t('cli.infoForecast'), formatEuros(computeYearlyForecast(plan.company)));
  field(
    t('cli.infoCounts'),
    t('cli.infoCountsValue', { objectives: plan.objectives.length, actions: plan.actions.length, segments: plan.segments.length }),
  );
  for (const step of Object.values(planProgress(plan))) {
    field(t('cli.infoStep', { step: t(`steps.names.${step.step}`) }), t(`steps.states.${step.state}`));
  }
}

async function check({ args, flags, language, t, io, call }: CommandContext): Promise<void> {
  // `check --json PLAN` reads the plan's path as the switch's value.
  const path = required(args[0] ?? (flags.json && flags.json !== 'true' ? flags.json : undefined), 'FILE');
  const asOf = flags['as-of'];
  if (asOf !== undefined && !isIsoDay(asOf)) throw new CliError({ key: 'cli.badDate', params: { value: asOf } });
  const plan = await readPlan(call, path);
  const review = await call('plan.check', { language, asOf });
  if (flags.json !== undefined) io.out(JSON.stringify(review, null, 2));
  else printCheck(plan.meta.title, review, t, io);
}

async function exportPlan({ args, flags, language, t, io, call }: CommandContext): Promise<void> {
  const path = required(args[0], 'FILE');
  if (!flags.json && !flags.pdf && !flags.xlsx) throw new CliError({ key: 'cli.missingArgument', params: { name: '--pdf | --xlsx | --json' } });
  await readPlan(call, path);
  // A command line names its outputs: writing over one that exists is what it asked for.
  if (flags.json) {
    await call('plan.exportJson', { path: flags.json, overwrite: true });
    io.out(t('cli.exported', { path: flags.json }));
  }
  for (const format of exportFormats) {
    const out = flags[format];
    if (!out) continue;
    await call('plan.exportToFile', { format, language, omitAuthor: flags['no-author'] === 'true', path: out, overwrite: true });
    io.out(t('cli.exported', { path: out }));
  }
}

async function importPlan({ args, t, io, call }: CommandContext): Promise<void> {
  const jsonPath = required(args[0], 'JSON');
  const path = required(args[1], 'FILE');
  await call('plan.importJson', { json: readInput(jsonPath), path });
  io.out(t('cli.imported', { path }));
}

function readInput(filePath: string): string {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new CliError(toAppError(error, filePath));
  }
}

/**
 * `customers PLAN --import SALES`: the same reading of a sales export as the app's « Fichier clients »
 * step, through the same calls, with the columns as the headers say; stores the figures in the plan.
 */
async function customers({ args, flags, language, t, io, call }: CommandContext): Promise<void> {
  const path = required(args[0] ?? (flags.json && flags.json !== 'true' ? flags.json : undefined), 'FILE');
  const salesPath = required(flags.import, '--import');
  const amountsFlag = flags.amounts?.toLowerCase();
  if (amountsFlag !== undefined && amountsFlag !== 'ht' && amountsFlag !== 'ttc') throw new CliError({ key: 'cli.badAmounts', params: { value: flags.amounts ?? '' } });
  const asOf = flags['as-of'];
  if (asOf !== undefined && !isIsoDay(asOf)) throw new CliError({ key: 'cli.badDate', params: { value: asOf } });
  const { plan } = await call('plan.open', { path });
  const fileName = salesPath.split(/[\\/]/).pop() ?? salesPath;
  const preview = await call('customers.preview', { fileName, base64: readBytes(salesPath).toString('base64') });
  const missing = preview.problems.flatMap((problem) => (problem === 'amountsUnknown' ? [] : [t(`cli.salesMissing.${problem}`)]));
  if (missing.length > 0) {
    throw new CliError({ key: 'cli.salesColumnsMissing', params: { file: fileName, missing: missing.join(', '), headers: preview.headers.join(' | ') } });
  }
  const amounts = (amountsFlag as 'ht' | 'ttc' | undefined) ?? preview.detected.amounts;
  // A till's export is almost always TTC; the app asks, a script is told what was assumed.
  if (!amounts) io.err(t('cli.amountsAssumed'));
  const choices = { mapping: preview.mapping, amounts: amounts ?? 'ttc', asOf: asOf ?? null, thresholds: plan.customerFile.thresholds, merge: flags['merge-probable'] === 'true' ? ('all' as const) : [] };
  const stored = await call('customers.apply', { choices });
  const figures = stored.figures!;
  if (flags.json !== undefined) {
    io.out(JSON.stringify(customersJson(figures, stored.amounts), null, 2));
    return;
  }
  io.out(t('cli.salesSummary', { customers: formatCount(figures.customers), purchases: formatCount(figures.purchases), revenue: formatEuros(figures.revenueCents), amounts: t(stored.amounts === 'ht' ? 'customers.figures.amountsHt' : 'customers.figures.amountsTtc'), asOf: formatLongDate(figures.asOf, language) }));
  io.out(t('cli.salesSegments', { segments: customerSegmentIds.map((id) => `${t(`customers.segments.${id}`)} ${figures.segments[id]}`).join(', ') }));
  io.out(t('cli.salesDuplicates', { count: figures.probableDuplicates, merged: figures.mergedDuplicates }));
  if (figures.badRows > 0) io.out(t('cli.salesBadRows', { count: figures.badRows }));
  io.out(t('cli.salesStored', { path }));
}

function readBytes(filePath: string): Buffer {
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    throw new CliError(toAppError(error, filePath));
  }
}

export const commands: Record<string, (context: CommandContext) => Promise<void>> = {
  new: newPlan,
  info,
  check,
  export: exportPlan,
  import: importPlan,
  customers,
};

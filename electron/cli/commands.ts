import fs from 'node:fs';
import { exportFormats, isIsoDay } from '../../shared/contract';
import { planProgress } from '../../shared/coach/progress';
import { computeYearlyForecast } from '../../shared/compute/revenue';
import type { Language, Translate } from '../../shared/i18n';
import { formatEuros } from '../../shared/money';
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

export const commands: Record<string, (context: CommandContext) => Promise<void>> = {
  new: newPlan,
  info,
  check,
  export: exportPlan,
  import: importPlan,
};

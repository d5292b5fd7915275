// The command-line front door onto the same store and services as the app.
import fs from 'node:fs';
import { createTranslator, describeError, isLanguage, type Language, type Translate } from '../shared/i18n';
import { emptyPlan } from '../shared/plan';
import { computeYearlyForecast } from '../shared/compute/revenue';
import { planProgress } from '../shared/coach/progress';
import { wordMissing, wordWarning } from '../shared/coach/wording';
import type { Plan } from '../shared/plan';
import { formatEuros, formatPercent, minutesToHoursText } from '../shared/money';
import type { IndicatorProgress } from '../shared/compute/indicators';
import { buildReport, type PlanReport } from '../shared/report/planReport';
import { checkJson } from '../shared/report/checkJson';
import type { AppError } from '../shared/result';
import { exportFormats } from '../shared/contract';
import { exportPlan, writeExport } from './core/export';
import { writeFileAtomically } from './core/files';
import { checkRuntime } from './core/runtime';
import { PlanFile } from './core/store/planFile';
import { toAppError } from './core/store/errors';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

class CliError extends Error {
  constructor(readonly appError: AppError | { key: string; params?: Record<string, string | number> }) {
    super('cli');
  }
}

/** Flags that take no value when nothing follows them (`check PLAN --json`; `export --json OUT` takes one). */
const switches = new Set(['json']);

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i].startsWith('--')) {
      const name = argv[i].slice(2);
      const next = argv[i + 1];
      const standsAlone = switches.has(name) && (next === undefined || next.startsWith('--'));
      flags[name] = standsAlone ? 'true' : (next ?? '');
      if (!standsAlone) i += 1;
    } else positional.push(argv[i]);
  }
  return { positional, flags };
}

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: AppError }): T => {
  if (!result.ok) throw new CliError(result.error);
  return result.value;
};

function required(value: string | undefined, name: string): string {
  if (!value) throw new CliError({ key: 'cli.missingArgument', params: { name } });
  return value;
}

/** `info`, `check` and `export` only read: the file is never migrated, backed up or locked for long. */
function withPlanFile<T>(filePath: string, use: (file: PlanFile) => T): T {
  const file = unwrap(PlanFile.open(filePath, { readOnly: true }));
  try {
    return use(file);
  } finally {
    file.close();
  }
}

export async function runCli(argv: string[], io: CliIo = { out: console.log, err: console.error }): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const language: Language = isLanguage(flags.lang) ? flags.lang : 'fr';
  const t = createTranslator(language);
  const [command, ...args] = positional;
  try {
    const runtimeError = checkRuntime();
    if (runtimeError) throw new CliError(runtimeError);
    switch (command) {
      case 'new': {
        const filePath = required(args[0], 'FILE');
        const year = Number(flags.year ?? new Date().getFullYear() + 1);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) {
          throw new CliError({ key: 'cli.badYear', params: { value: flags.year ?? '' } });
        }
        const title = flags.name ?? 'Plan marketing';
        const plan = flags.sample === undefined ? emptyPlan(year, title, new Date().toISOString()) : await samplePlan(flags.sample, language);
        unwrap(PlanFile.create(filePath, plan)).close();
        io.out(t('cli.created', { path: filePath }));
        return 0;
      }
      case 'info': {
        const filePath = required(args[0], 'FILE');
        withPlanFile(filePath, (file) => {
          const plan = file.read();
          const progress = planProgress(plan);
          const field = (label: string, value: string | number) => io.out(t('cli.field', { label, value }));
          field(t('cli.infoTitle'), plan.meta.title);
          field(t('cli.infoCompany'), plan.company.name || '—');
          field(t('cli.infoYear'), plan.company.planYear);
          field(t('cli.infoForecast'), formatEuros(computeYearlyForecast(plan.company)));
          field(
            t('cli.infoCounts'),
            t('cli.infoCountsValue', {
              objectives: plan.objectives.length,
              actions: plan.actions.length,
              segments: plan.segments.length,
            }),
          );
          for (const step of Object.values(progress)) {
            field(t('cli.infoStep', { step: t(`steps.names.${step.step}`) }), t(`steps.states.${step.state}`));
          }
        });
        return 0;
      }
      case 'check': {
        // `check --json PLAN` reads the plan's path as the switch's value.
        const filePath = required(args[0] ?? (flags.json && flags.json !== 'true' ? flags.json : undefined), 'FILE');
        const asOf = flags['as-of'];
        if (asOf !== undefined && !isIsoDate(asOf)) throw new CliError({ key: 'cli.badDate', params: { value: asOf } });
        const plan = withPlanFile(filePath, (file) => file.read());
        const report = buildReport(plan, { asOf });
        if (flags.json !== undefined) io.out(JSON.stringify(checkJson(report, t), null, 2));
        else printCheck(plan, report, t, io);
        return 0;
      }
      case 'export': {
        const filePath = required(args[0], 'FILE');
        if (!flags.json && !flags.pdf && !flags.xlsx) throw new CliError({ key: 'cli.missingArgument', params: { name: '--pdf | --xlsx | --json' } });
        const plan = withPlanFile(filePath, (file) => file.read());
        if (flags.json) {
          const { toInterchange } = await import('../shared/interchange');
          writeOutput(flags.json, `${JSON.stringify(toInterchange(plan, new Date().toISOString()), null, 2)}\n`);
          io.out(t('cli.exported', { path: flags.json }));
        }
        for (const format of exportFormats) {
          const out = flags[format];
          if (!out) continue;
          const bytes = unwrap(await exportPlan(plan, format, { language, author: null, generatedAt: new Date() }));
          unwrap(writeExport(bytes, out));
          io.out(t('cli.exported', { path: out }));
        }
        return 0;
      }
      case 'import': {
        const jsonPath = required(args[0], 'JSON');
        const filePath = required(args[1], 'FILE');
        const { parseInterchange } = await import('../shared/interchange');
        const plan = unwrap(parseInterchange(readInput(jsonPath)));
        unwrap(PlanFile.create(filePath, plan)).close();
        io.out(t('cli.imported', { path: filePath }));
        return 0;
      }
      case undefined:
      case 'help':
        io.out(t('cli.usage'));
        return command ? 0 : 2;
      default:
        throw new CliError({ key: 'cli.unknownCommand', params: { command } });
    }
  } catch (error) {
    const problem = error instanceof CliError ? error.appError : toAppError(error);
    io.err('key' in problem ? t(problem.key, problem.params) : describeError(t, problem));
    if (!(error instanceof CliError)) io.err(String(error));
    return 1;
  }
}

/** The samples' data (all four, in both languages) is loaded only for `new --sample`. */
async function samplePlan(id: string, language: Language): Promise<Plan> {
  const { buildSample, isSampleId, sampleIds } = await import('../shared/samples');
  if (!isSampleId(id)) throw new CliError({ key: 'cli.unknownSample', params: { value: id, samples: sampleIds.join(', ') } });
  return buildSample(id, language);
}

function readInput(filePath: string): string {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new CliError(toAppError(error, filePath));
  }
}

function writeOutput(filePath: string, text: string): void {
  try {
    writeFileAtomically(filePath, text);
  } catch (error) {
    throw new CliError(toAppError(error, filePath));
  }
}

/** `check`: each step's state and what it lacks, the budget, the indicators, then every warning, worded as on screen. */
function printCheck(plan: Plan, report: PlanReport, t: Translate, io: CliIo): void {
  io.out(t('check.title', { title: plan.meta.title }));
  for (const { progress } of Object.values(report.review)) {
    io.out(t('check.stepLine', { step: t(`steps.names.${progress.step}`), state: t(`steps.states.${progress.state}`) }));
    if (progress.missing.length > 0) io.out(`    ${t('check.toDo', { items: wordMissing(t, progress.missing) })}`);
  }
  const { budget } = report;
  io.out('');
  io.out(
    t('check.budgetLine', {
      total: formatEuros(budget.yearCents),
      quarters: budget.quartersCents.map((cents) => formatEuros(cents)).join(' | '),
      hours: minutesToHoursText(budget.yearMinutes),
    }),
  );
  if (report.kpis.length > 0) {
    io.out('');
    io.out(t('check.indicatorsTitle', { date: report.asOf }));
    for (const { kpi, indicator } of report.kpis) io.out(indicatorLine(t, kpi.name, indicator));
    for (const { objective, indicator } of report.objectives) io.out(indicatorLine(t, objective.title, indicator));
  }
  io.out('');
  io.out(report.warnings.length === 0 ? t('check.noWarning') : t('check.warningCount', { count: report.warnings.length }));
  for (const warning of report.warnings) {
    io.out(
      t('check.warningLine', {
        severity: t(`check.severity.${warning.severity}`),
        step: t(`steps.names.${warning.step}`),
        text: wordWarning(t, warning),
      }),
    );
  }
}

function indicatorLine(t: Translate, name: string, indicator: IndicatorProgress): string {
  return t('check.indicatorLine', {
    name: name.trim() || '…',
    direction: t(`indicators.directions.${indicator.direction}`),
    progress: indicator.progressBasisPoints === null ? '—' : formatPercent(indicator.progressBasisPoints),
    status: t(`indicators.statuses.${indicator.status}`),
  });
}

const isIsoDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

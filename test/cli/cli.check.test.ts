import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { PlanFile } from '../../electron/core/store/planFile';
import { selfCheckQuestions, type Objective, type Plan, type Segment } from '../../shared/plan';
import { fullPlan, steeredTo } from '../shared/fixtures/fullPlan';
import { createTranslator } from '../../shared/i18n';

const fr = createTranslator('fr');

let dir: string;

/** Runs the CLI with its output captured, as a user would see it. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, lines: out, out: out.join('\n'), err: err.join('\n') };
}

const inDir = (name: string) => path.join(dir, name);

/** Opens the plan, applies the edits as the app would, and closes it so the CLI can open it. */
function edit(file: string, change: (plan: PlanFile) => void) {
  const opened = PlanFile.open(file);
  if (!opened.ok) throw new Error(`cannot open ${file}: ${opened.error.code}`);
  try {
    change(opened.value);
  } finally {
    opened.value.close();
  }
}

const everyoneSegment: Segment = {
  id: 'seg-1',
  name: 'Tout le monde',
  role: 'core',
  criteria: {},
  estimatedSize: '',
  priority: 1,
  description: '',
};

const objectiveWithoutDeadline: Objective = {
  id: 'obj-1',
  title: 'Gagner des clients le midi',
  family: 'acquisition',
  indicator: 'Formules vendues par jour',
  baseline: '25',
  target: '40',
  unit: 'formules',
  deadline: '',
  notes: '',
};

/**
 * A plan made by `new`, then given a core segment "Tout le monde" without persona and an objective
 * without a deadline. Expected review: company begun (its name), diagnostic and positioning not
 * started, objectives and targets in progress; four warnings (the objective, "everyone", no persona,
 * no sales channel).
 */
async function planWithProblems(): Promise<string> {
  const file = inDir('martin.capm');
  expect((await cli('new', file, '--name', 'Boulangerie Martin', '--year', '2027')).code).toBe(0);
  edit(file, (plan) => {
    expect(plan.saveItem('segments', everyoneSegment).ok).toBe(true);
    expect(plan.saveItem('objectives', objectiveWithoutDeadline).ok).toBe(true);
  });
  return file;
}

/** Lines of the step list ("Name : State"), as opposed to the warning lines that start with "- ". */
const stepLine = (lines: string[], step: string) => lines.find((line) => line.startsWith(step));
const toDoAfter = (lines: string[], step: string) => {
  const next = lines[lines.indexOf(stepLine(lines, step)!) + 1];
  return next?.startsWith('    ') ? next.trim() : undefined;
};
const warningLines = (lines: string[]) => lines.filter((line) => line.startsWith('- ['));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-check-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('cap-marketing check, in French', () => {
  it('exits 0 and names the plan', async () => {
    const result = await cli('check', (await planWithProblems()));
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.lines[0]).toContain('Boulangerie Martin');
  });

  it('prints each reviewed step with its state, in order', async () => {
    const { lines } = await cli('check', (await planWithProblems()));
    const steps = [
      ['Entreprise', 'En cours'],
      ['Diagnostic', 'À commencer'],
      ['Objectifs', 'En cours'],
      ['Cibles', 'En cours'],
      ['Positionnement', 'À commencer'],
    ];
    const found = steps.map(([step]) => stepLine(lines, step));
    steps.forEach(([step, state], index) => {
      expect(found[index], step).toBeDefined();
      expect(found[index], step).toContain(state);
    });
    const positions = found.map((line) => lines.indexOf(line!));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lists under each step what is left to do', async () => {
    const { lines } = await cli('check', (await planWithProblems()));
    // A new plan only has its name: the rest of the company profile is to do.
    expect(toDoAfter(lines, 'Entreprise')).toContain('décrire l’activité');
    expect(toDoAfter(lines, 'Entreprise')).not.toContain('nom de l’entreprise');
    expect(toDoAfter(lines, 'Diagnostic')).toMatch(/SWOT.*concurrent/);
    expect(toDoAfter(lines, 'Objectifs')).toContain('mesurable');
    // The core target exists, its persona does not.
    expect(toDoAfter(lines, 'Cibles')).toContain('persona');
    expect(toDoAfter(lines, 'Cibles')).not.toContain(fr('coach.missing.coreTarget'));
    expect(toDoAfter(lines, 'Positionnement')).toBeDefined();
  });

  it('prints every warning with its severity and step: the objective without deadline, "everyone", the missing persona', async () => {
    const { lines } = await cli('check', (await planWithProblems()));
    const warnings = warningLines(lines);
    expect(warnings).toHaveLength(4);
    expect(lines[lines.indexOf(warnings[0]) - 1]).toMatch(/\b4\b/);
    expect(warnings.at(-1)).toMatch(/^- \[Conseil\] Distribution : /);

    const objective = warnings.find((line) => line.includes('Gagner des clients le midi'));
    expect(objective).toMatch(/^- \[Attention\] Objectifs : /);
    expect(objective).toContain('une échéance');
    expect(objective).not.toContain('un indicateur');

    const everyone = warnings.find((line) => line.includes('« Tout le monde »') && line.includes('tout le monde'));
    expect(everyone).toMatch(/^- \[Attention\] Cibles : /);

    const persona = warnings.find((line) => line.includes('persona'));
    expect(persona).toMatch(/^- \[Conseil\] Cibles : /);
  });

  it('on a finished plan, says every step is done and there is nothing to point out', async () => {
    const plan: Plan = steeredTo({
      ...fullPlan(),
      swot: [
        ...fullPlan().swot,
        { id: 'swot-3', quadrant: 'weakness', text: 'Pas de site internet' },
        { id: 'swot-4', quadrant: 'opportunity', text: 'Nouveaux bureaux dans la rue' },
      ],
      positioning: { ...fullPlan().positioning, selfCheck: Object.fromEntries(selfCheckQuestions.map((question) => [question, true])) },
      channels: fullPlan().channels.map((channel) => ({ ...channel, revenueShareBasisPoints: 10_000 })),
      budget: { method: 'fromActions', envelopeCents: null, envelopeRateBasisPoints: null },
    }, '2027-02-28');
    const file = inDir('fini.capm');
    const created = PlanFile.create(file, plan);
    if (created.ok) created.value.close();
    expect(created.ok).toBe(true);

    const { code, lines } = await cli('check', file);
    expect(code).toBe(0);
    const steps = ['Entreprise', 'Diagnostic', 'Objectifs', 'Cibles', 'Positionnement', 'Offre et prix', 'Actions de communication', 'Distribution', 'Budget', 'Indicateurs', 'Calendrier', 'Synthèse'];
    for (const step of steps) {
      expect(stepLine(lines, step), step).toContain('Terminée');
      expect(toDoAfter(lines, step), step).toBeUndefined();
    }
    expect(warningLines(lines)).toEqual([]);
    expect(lines.at(-1)).toContain('Aucun point d’attention');
  });

  it('does not change the plan it checks', async () => {
    const file = (await planWithProblems());
    const before = fs.readFileSync(file);
    await cli('check', file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('cap-marketing check --lang en', () => {
  it('prints the steps, the to-do list and the warnings in English', async () => {
    const { code, lines, out } = await cli('check', (await planWithProblems()), '--lang', 'en');
    expect(code).toBe(0);
    expect(stepLine(lines, 'Company')).toContain('In progress');
    expect(stepLine(lines, 'Diagnostic')).toContain('Not started');
    expect(stepLine(lines, 'Targets')).toContain('In progress');
    expect(toDoAfter(lines, 'Company')).toContain('describe the activity');

    const warnings = warningLines(lines);
    expect(warnings).toHaveLength(4);
    const objective = warnings.find((line) => line.includes('Gagner des clients le midi'));
    expect(objective).toMatch(/^- \[Warning\] Objectives/);
    expect(objective).toContain('a deadline');
    expect(warnings.some((line) => line.includes('“Tout le monde”') && line.includes('everyone'))).toBe(true);

    expect(out).not.toMatch(/En cours|À commencer|Attention|une échéance/);
  });
});

describe('cap-marketing check refusals', () => {
  it('on a missing file exits 1 and names it', async () => {
    const file = inDir('absent.capm');
    const result = await cli('check', file);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toBe(`Fichier introuvable : ${file}`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('without a file says which argument is missing', async () => {
    const result = await cli('check');
    expect(result.code).toBe(1);
    expect(result.err).toBe('Argument manquant : FILE');
  });
});

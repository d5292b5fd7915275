import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserServicesIn } from './browserServices';
import { PlanSession } from '../../electron/core/services/planSession';
import { PlanFile } from '../../electron/core/store/planFile';
import type { Handlers } from '../../shared/contract';
import { fullPlan } from '../shared/fixtures/fullPlan';

let dir: string;
let session: PlanSession;
let handlers: Handlers;
const plansFolder = () => path.join(dir, 'plans');

/** A full plan on disk, opened in the session as the user would have it. */
async function openFullPlan() {
  fs.mkdirSync(plansFolder(), { recursive: true });
  const file = path.join(plansFolder(), 'Boulangerie Martin 2027.capm');
  const created = PlanFile.create(file, { ...fullPlan(), meta: { ...fullPlan().meta, previousYear: null } });
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
  const opened = await handlers['plan.open']({ path: file });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

const bytesOf = (file: string) => fs.readFileSync(file);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-templates-'));
  ({ session, handlers } = browserServicesIn(dir));
});

afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('templates, as a trainer prepares a workshop', () => {
  it('saves the open plan as a template beside it, opens the template, and leaves the plan untouched', async () => {
    const original = await openFullPlan();
    const template = await handlers['plan.saveAsTemplate']({});
    if (!template.ok || !template.value) throw new Error('no template');
    expect(template.value.path).toBe(path.join(plansFolder(), 'Boulangerie Martin 2027 (modèle).capm'));
    expect(template.value.plan.meta).toMatchObject({ isTemplate: true, title: 'Boulangerie Martin 2027 (modèle)' });
    session.close();
    const reread = PlanFile.open(original.path);
    if (!reread.ok) throw new Error(reread.error.code);
    expect(reread.value.read().meta.isTemplate).toBe(false);
    reread.value.close();
  });

  it('creates a plan from the template with its notes, empties the steps to fill, and never writes to the template', async () => {
    await openFullPlan();
    const template = await handlers['plan.saveAsTemplate']({});
    if (!template.ok || !template.value) throw new Error('no template');
    const meta = { ...template.value.plan.meta, stepNotes: { diagnostic: 'Trois forces au moins.' }, stepsToFill: ['diagnostic' as const] };
    expect((await handlers['plan.updateMeta'](meta)).ok).toBe(true);
    await handlers['plan.close']({});
    const before = bytesOf(template.value.path);

    const participant = await handlers['plan.createFromTemplate']({ templatePath: template.value.path, title: 'Boulangerie Dupont' });
    if (!participant.ok || !participant.value) throw new Error(participant.ok ? 'cancelled' : participant.error.code);
    expect(participant.value.path).toBe(path.join(plansFolder(), 'Boulangerie Dupont.capm'));
    expect(participant.value.plan.meta).toMatchObject({ title: 'Boulangerie Dupont', isTemplate: false, stepNotes: meta.stepNotes });
    expect(participant.value.plan.swot).toEqual([]);
    expect(participant.value.plan.actions).toHaveLength(1);
    expect(bytesOf(template.value.path).equals(before)).toBe(true);
  });

  it('refuses to use an ordinary plan as a template', async () => {
    const plan = await openFullPlan();
    await handlers['plan.close']({});
    expect(await handlers['plan.createFromTemplate']({ templatePath: plan.path, title: 'X' })).toEqual({
      ok: false,
      error: { code: 'notATemplate' },
    });
  });

  it('asks for a template path in browser mode, where there is no dialog', async () => {
    expect(await handlers['plan.createFromTemplate']({ title: 'X' })).toMatchObject({ ok: false, error: { code: 'unsupportedInBrowser' } });
  });
});

describe('next year\'s plan', () => {
  it('creates "… 2028" beside this year\'s plan, opens it, and keeps this year\'s totals', async () => {
    const original = await openFullPlan();
    const next = await handlers['plan.createNextYear']({});
    if (!next.ok) throw new Error(next.error.code);
    expect(next.value.path).toBe(path.join(plansFolder(), 'Boulangerie Martin 2028.capm'));
    expect(next.value.plan.company.planYear).toBe(2028);
    expect(next.value.plan.meta.previousYear?.planYear).toBe(2027);
    const current = await handlers['plan.get']({});
    expect(current.ok && current.value.path).toBe(next.value.path);
    expect(fs.existsSync(original.path)).toBe(true);
  });

  it('says no plan is open when there is none', async () => {
    expect(await handlers['plan.createNextYear']({})).toEqual({ ok: false, error: { code: 'noPlanOpen' } });
  });
});

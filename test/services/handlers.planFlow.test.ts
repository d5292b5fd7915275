import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, type DesktopDialogs, type ServiceContext } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';
import type { OpenedPlan, Preferences } from '../../shared/contract';
import type { Result } from '../../shared/result';

let dir: string;
let sessions: PlanSession[];

const plansFolder = () => path.join(dir, 'plans');
const userDataDir = () => path.join(dir, 'config');

function handlersWith(dialogs: DesktopDialogs | null = null) {
  const context: ServiceContext = { mode: dialogs ? 'desktop' : 'browser', version: '0.1.0', userDataDir: userDataDir(), plansFolder: plansFolder(), dialogs };
  const session = new PlanSession(context.plansFolder);
  sessions.push(session);
  return createHandlers(context, session);
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-flow-'));
  sessions = [];
});

afterEach(() => {
  for (const session of sessions) session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a plan from creation to the recent list', () => {
  it('create → updateSection → get → close → prefs.get', async () => {
    const handlers = handlersWith();
    const created = value((await dispatch(handlers, 'plan.create', { title: 'Boulangerie Martin', year: 2027 })) as Result<OpenedPlan>);
    expect(created.path).toBe(path.join(plansFolder(), 'Boulangerie Martin.capm'));
    expect(fs.existsSync(created.path)).toBe(true);
    expect(created.plan.meta.title).toBe('Boulangerie Martin');
    expect(created.plan.company.planYear).toBe(2027);

    const company = { ...created.plan.company, activity: 'Boulangerie', staff: 4, currentRevenueCents: 32_000_000 };
    expect(await dispatch(handlers, 'plan.updateSection', { name: 'company', data: company })).toEqual({ ok: true, value: null });

    const reread = value((await dispatch(handlers, 'plan.get', {})) as Result<OpenedPlan>);
    expect(reread.path).toBe(created.path);
    expect(reread.plan.company).toEqual(company);

    expect(await dispatch(handlers, 'plan.close', {})).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'plan.get', {})).toEqual({ ok: false, error: { code: 'noPlanOpen' } });
    expect(await dispatch(handlers, 'plan.updateSection', { name: 'company', data: company })).toEqual({
      ok: false,
      error: { code: 'noPlanOpen' },
    });

    const prefs = value((await dispatch(handlers, 'prefs.get', {})) as Result<Preferences>);
    expect(prefs.recentFiles).toHaveLength(1);
    expect(prefs.recentFiles[0]).toMatchObject({ path: created.path, title: 'Boulangerie Martin' });
    expect(Number.isNaN(Date.parse(prefs.recentFiles[0].openedAt))).toBe(false);

    // The change was committed: reopening the file shows it.
    const reopened = value((await dispatch(handlers, 'plan.open', { path: created.path })) as Result<OpenedPlan>);
    expect(reopened.plan.company.currentRevenueCents).toBe(32_000_000);
  });

  it('names a second plan with the same title "Plan (2).capm"', async () => {
    const handlers = handlersWith();
    const first = value((await handlers['plan.create']({ title: 'Plan', year: 2027 })) as Result<OpenedPlan>);
    const second = value((await handlers['plan.create']({ title: 'Plan', year: 2028 })) as Result<OpenedPlan>);
    const third = value((await handlers['plan.create']({ title: 'Plan', year: 2029 })) as Result<OpenedPlan>);
    expect(path.basename(first.path)).toBe('Plan.capm');
    expect(path.basename(second.path)).toBe('Plan (2).capm');
    expect(path.basename(third.path)).toBe('Plan (3).capm');
    expect(fs.readdirSync(plansFolder()).sort()).toEqual(['Plan (2).capm', 'Plan (3).capm', 'Plan.capm']);
  });

  it('keeps a title with slashes inside the plans folder', async () => {
    const handlers = handlersWith();
    const created = value((await handlers['plan.create']({ title: '../../Été 2027/ventes', year: 2027 })) as Result<OpenedPlan>);
    expect(path.dirname(created.path)).toBe(plansFolder());
    expect(created.plan.meta.title).toBe('../../Été 2027/ventes');
  });

  it('refuses to create over an existing file at an explicit path', async () => {
    const handlers = handlersWith();
    fs.mkdirSync(plansFolder(), { recursive: true });
    const target = path.join(plansFolder(), 'existing.capm');
    fs.writeFileSync(target, 'keep me');
    const result = await dispatch(handlers, 'plan.create', { title: 'Plan', year: 2027, path: target });
    expect(result).toMatchObject({ ok: false, error: { code: 'fileExists' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('lists the most recently opened plan first, once per file', async () => {
    const handlers = handlersWith();
    const a = value((await handlers['plan.create']({ title: 'A', year: 2027 })) as Result<OpenedPlan>);
    const b = value((await handlers['plan.create']({ title: 'B', year: 2027 })) as Result<OpenedPlan>);
    value(await handlers['plan.open']({ path: a.path }));
    const prefs = value(await handlers['prefs.get']({}));
    expect(prefs.recentFiles.map((recent) => recent.path)).toEqual([a.path, b.path]);
  });
});

describe('desktop-only calls', () => {
  it('plan.openWithDialog returns unsupportedInBrowser without dialogs', async () => {
    expect(await dispatch(handlersWith(null), 'plan.openWithDialog', {})).toEqual({ ok: false, error: { code: 'unsupportedInBrowser' } });
  });

  it('plan.saveCopy without a path returns unsupportedInBrowser without dialogs', async () => {
    const handlers = handlersWith(null);
    value(await handlers['plan.create']({ title: 'Plan', year: 2027 }));
    expect(await dispatch(handlers, 'plan.saveCopy', {})).toEqual({ ok: false, error: { code: 'unsupportedInBrowser' } });
  });

  it('plan.saveCopy with a path inside the plans folder works in browser mode too', async () => {
    const handlers = handlersWith(null);
    value(await handlers['plan.create']({ title: 'Plan', year: 2027 }));
    const destination = path.join(plansFolder(), 'copie.capm');
    expect(await dispatch(handlers, 'plan.saveCopy', { path: destination })).toEqual({ ok: true, value: { path: destination } });
    expect(fs.statSync(destination).size).toBeGreaterThan(0);
  });

  it('plan.saveCopy says noPlanOpen before asking for a path', async () => {
    const dialogs = { chooseOpenPath: vi.fn(), chooseSavePath: vi.fn() };
    expect(await dispatch(handlersWith(dialogs), 'plan.saveCopy', {})).toEqual({ ok: false, error: { code: 'noPlanOpen' } });
    expect(dialogs.chooseSavePath).not.toHaveBeenCalled();
  });

  it('a cancelled dialog is not an error', async () => {
    const dialogs = { chooseOpenPath: vi.fn(async () => null), chooseSavePath: vi.fn(async () => null) };
    const handlers = handlersWith(dialogs);
    expect(await dispatch(handlers, 'plan.openWithDialog', {})).toEqual({ ok: true, value: null });
    value(await handlers['plan.create']({ title: 'Boulangerie', year: 2027 }));
    expect(await dispatch(handlers, 'plan.saveCopy', {})).toEqual({ ok: true, value: null });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('Boulangerie', 'capm');
  });

  it('exports to the path chosen in the save dialog, suggesting the plan\'s title; a cancelled dialog writes nothing', async () => {
    let answer: string | null = null;
    const dialogs = { chooseOpenPath: vi.fn(), chooseSavePath: vi.fn(async () => answer) };
    const handlers = handlersWith(dialogs);
    value(await handlers['plan.create']({ title: 'Boulangerie', year: 2027 }));
    expect(await dispatch(handlers, 'plan.exportToFile', { format: 'pdf', language: 'fr' })).toEqual({ ok: true, value: null });
    expect(dialogs.chooseSavePath).toHaveBeenLastCalledWith('Boulangerie', 'pdf');
    answer = path.join(dir, 'rapport.pdf');
    expect(await dispatch(handlers, 'plan.exportToFile', { format: 'pdf', language: 'fr' })).toEqual({ ok: true, value: { path: answer } });
    expect(fs.readFileSync(answer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('opens the file chosen in the dialog and remembers it', async () => {
    const creator = handlersWith();
    const created = value((await creator['plan.create']({ title: 'Choisi', year: 2027 })) as Result<OpenedPlan>);
    await creator['plan.close']({});
    const handlers = handlersWith({ chooseOpenPath: async () => created.path, chooseSavePath: async () => null });
    const opened = value((await dispatch(handlers, 'plan.openWithDialog', {})) as Result<OpenedPlan | null>);
    expect(opened?.plan.meta.title).toBe('Choisi');
    expect(value(await handlers['prefs.get']({})).recentFiles[0].path).toBe(created.path);
  });
});

describe('where the desktop writes', () => {
  const dialogsAnswering = (answer: string) => ({ chooseOpenPath: vi.fn(), chooseSavePath: vi.fn(async () => answer) });

  it('writes where the caller says, even outside the plans folder (only browser mode is confined)', async () => {
    const handlers = handlersWith(dialogsAnswering(''));
    value(await handlers['plan.create']({ title: 'Plan', year: 2027 }));
    const destination = path.join(dir, 'ailleurs', 'copie.capm');
    fs.mkdirSync(path.dirname(destination));
    expect(await dispatch(handlers, 'plan.saveCopy', { path: destination })).toEqual({ ok: true, value: { path: destination } });
  });

  it('replaces an existing file at a given path only when the call says overwrite', async () => {
    const handlers = handlersWith(dialogsAnswering(''));
    value(await handlers['plan.create']({ title: 'Plan', year: 2027 }));
    const destination = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(destination, 'ancien rapport');
    expect(await dispatch(handlers, 'plan.exportToFile', { format: 'pdf', language: 'fr', path: destination })).toEqual({
      ok: false,
      error: { code: 'fileExists', params: { path: destination, kind: 'other' } },
    });
    expect(fs.readFileSync(destination, 'utf8')).toBe('ancien rapport');
    expect(await dispatch(handlers, 'plan.exportToFile', { format: 'pdf', language: 'fr', path: destination, overwrite: true })).toEqual({
      ok: true,
      value: { path: destination },
    });
    expect(fs.readFileSync(destination).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('replaces the file chosen in the save dialog, which already asked', async () => {
    const destination = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(destination, 'ancien rapport');
    const handlers = handlersWith(dialogsAnswering(destination));
    value(await handlers['plan.create']({ title: 'Plan', year: 2027 }));
    expect(await dispatch(handlers, 'plan.exportToFile', { format: 'pdf', language: 'fr' })).toEqual({ ok: true, value: { path: destination } });
    expect(fs.readFileSync(destination).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import type { PlanSession } from '../../electron/core/services/planSession';
import type { CallName, Handlers, OpenedPlan } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n';
import { parseInterchange, toInterchange } from '../../shared/interchange';
import { buildReport } from '../../shared/report/planReport';
import { checkJson } from '../../shared/report/checkJson';
import type { Result } from '../../shared/result';
import { fullPlan } from '../shared/fixtures/fullPlan';
import { browserServicesIn } from './browserServices';
import { snapshot } from './fsSnapshot';

// The calls the CLI added to the contract (read-only open, check, JSON import and export), as every
// front door makes them: through dispatch(), here with browser mode's rules.
const fixture = path.join(__dirname, '..', 'fixtures', 'plan-format-1.capm');
let dir: string;
let session: PlanSession;
let handlers: Handlers;
const inPlans = (name: string) => path.join(dir, 'plans', name);
const call = <T>(name: CallName, input: unknown) => dispatch(handlers, name, input) as Promise<Result<T>>;
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-cli-calls-'));
  ({ session, handlers } = browserServicesIn(dir));
  fs.mkdirSync(path.join(dir, 'plans'));
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('plan.open with readOnly', () => {
  it('reads the file without writing anything beside it or listing it as recent, and refuses edits', async () => {
    const plan = inPlans('plan.capm');
    fs.copyFileSync(fixture, plan);
    const before = snapshot(dir);
    const opened = value(await call<OpenedPlan>('plan.open', { path: plan, readOnly: true }));
    expect(opened.plan.meta.title).not.toBe('');
    const edit = await call('plan.updateMeta', { ...opened.plan.meta, title: 'Changé' });
    expect(edit).toEqual({ ok: false, error: { code: 'notWritable', params: { path: plan } } });
    session.close();
    expect(snapshot(dir)).toEqual(before);
  });

  it('gives way to an open for editing of the same file', async () => {
    const plan = inPlans('plan.capm');
    fs.copyFileSync(fixture, plan);
    value(await call('plan.open', { path: plan, readOnly: true }));
    const opened = value(await call<OpenedPlan>('plan.open', { path: plan }));
    expect(await call('plan.updateMeta', { ...opened.plan.meta, title: 'Changé' })).toEqual({ ok: true, value: null });
    session.close();
    expect(value(await call<OpenedPlan>('plan.open', { path: plan, readOnly: true })).plan.meta.title).toBe('Changé');
  });
});

describe('plan.importJson', () => {
  const json = JSON.stringify(toInterchange(fullPlan(), '2026-01-01T00:00:00.000Z'));

  it('creates the plan in the plans folder, named after its title, and opens it', async () => {
    const opened = value(await call<OpenedPlan>('plan.importJson', { json }));
    expect(path.dirname(opened.path)).toBe(path.join(dir, 'plans'));
    expect(opened.plan).toEqual(fullPlan());
    expect(value(await call<OpenedPlan>('plan.get', {})).path).toBe(opened.path);
  });

  it('never replaces a file, and writes only inside the plans folder in browser mode', async () => {
    fs.writeFileSync(inPlans('pris.capm'), 'déjà là');
    expect(await call('plan.importJson', { json, path: inPlans('pris.capm') })).toMatchObject({ ok: false, error: { code: 'fileExists' } });
    expect(fs.readFileSync(inPlans('pris.capm'), 'utf8')).toBe('déjà là');
    expect(await call('plan.importJson', { json, path: path.join(dir, 'dehors.capm') })).toMatchObject({ ok: false, error: { code: 'invalidPath' } });
    expect(fs.existsSync(path.join(dir, 'dehors.capm'))).toBe(false);
  });

  it('refuses what is not an interchange document', async () => {
    expect(await call('plan.importJson', { json: '{"format":"autre"}' })).toMatchObject({ ok: false, error: { code: 'invalidJson' } });
    expect(fs.readdirSync(path.join(dir, 'plans'))).toEqual([]);
  });
});

describe('plan.exportJson', () => {
  it('writes the open plan as an interchange document that imports back the same', async () => {
    const opened = value(await call<OpenedPlan>('plan.importJson', { json: JSON.stringify(toInterchange(fullPlan(), '')) }));
    expect(value(await call('plan.exportJson', { path: inPlans('plan.json') }))).toEqual({ path: inPlans('plan.json') });
    expect(value(parseInterchange(fs.readFileSync(inPlans('plan.json'), 'utf8')))).toEqual(opened.plan);
  });

  it('replaces a file only when told to, and only inside the plans folder in browser mode', async () => {
    value(await call('plan.createFromSample', { sample: 'salon', language: 'fr' }));
    fs.writeFileSync(inPlans('plan.json'), 'ancien');
    expect(await call('plan.exportJson', { path: inPlans('plan.json') })).toMatchObject({ ok: false, error: { code: 'fileExists' } });
    expect(fs.readFileSync(inPlans('plan.json'), 'utf8')).toBe('ancien');
    expect((await call('plan.exportJson', { path: inPlans('plan.json'), overwrite: true })).ok).toBe(true);
    expect(await call('plan.exportJson', { path: path.join(dir, 'plan.json'), overwrite: true })).toMatchObject({ ok: false, error: { code: 'invalidPath' } });
  });
});

describe('plan.check', () => {
  it('is the check JSON of the open plan, worded in the language asked for', async () => {
    const opened = value(await call<OpenedPlan>('plan.createFromSample', { sample: 'bakery', language: 'en' }));
    const review = value(await call('plan.check', { language: 'en', asOf: '2027-06-30' }));
    expect(review).toEqual(checkJson(buildReport(opened.plan, { asOf: '2027-06-30' }), createTranslator('en')));
  });

  it('needs an open plan and a real date', async () => {
    expect(await call('plan.check', { language: 'fr' })).toEqual({ ok: false, error: { code: 'noPlanOpen' } });
    expect(await call('plan.check', { language: 'fr', asOf: '30/06/2027' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});

describe('plan.createFromSample with a path', () => {
  it('writes the copy there, and never over an existing file', async () => {
    expect(value(await call<OpenedPlan>('plan.createFromSample', { sample: 'b2b', language: 'fr', path: inPlans('b2b.capm') })).path).toBe(inPlans('b2b.capm'));
    session.close();
    const before = snapshot(dir);
    expect(await call('plan.createFromSample', { sample: 'b2b', language: 'fr', path: inPlans('b2b.capm') })).toMatchObject({
      ok: false,
      error: { code: 'fileExists' },
    });
    expect(snapshot(dir)).toEqual(before);
  });
});

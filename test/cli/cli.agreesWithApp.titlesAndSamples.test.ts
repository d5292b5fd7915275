import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import type { OpenedPlan } from '../../shared/contract';
import { buildSample, sampleIds } from '../../shared/samples';
import { appServicesIn, cliIn, readPlanFile } from './cliFixture';

let dir: string;
let app: ReturnType<typeof appServicesIn>;
const inDir = (name: string) => path.join(dir, name);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-cli-app-'));
  app = appServicesIn(dir);
});
afterEach(() => {
  app.session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const opened = (result: Awaited<ReturnType<typeof dispatch>>): OpenedPlan => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value as OpenedPlan;
};

describe('`new` without --name', () => {
  it.each([
    ['en', 'Marketing plan'],
    ['fr', 'Plan marketing'],
  ] as const)('names the plan in --lang %s as the app’s plan.create does', async (language, expected) => {
    const fromApp = opened(await dispatch(app.handlers, 'plan.create', { year: 2028, language, path: inDir('app.capm') }));
    expect(await cliIn(dir, 'new', inDir('cli.capm'), '--year', '2028', '--lang', language)).toMatchObject({ code: 0 });
    const fromCli = readPlanFile(inDir('cli.capm'));
    expect(fromCli.meta.title).toBe(fromApp.plan.meta.title);
    expect(fromCli.meta.title).toBe(expected);
    // The company step starts from the title too: both plans are the same but for their creation time.
    expect({ ...fromCli, meta: { ...fromCli.meta, createdAt: '' } }).toEqual({ ...fromApp.plan, meta: { ...fromApp.plan.meta, createdAt: '' } });
  });

  it('uses the app’s language when the call gives none, as the app’s home screen would', async () => {
    await dispatch(app.handlers, 'prefs.setLanguage', { language: 'en' });
    const fromApp = opened(await dispatch(app.handlers, 'plan.create', { year: 2028, path: inDir('app.capm') }));
    expect(fromApp.plan.meta.title).toBe('Marketing plan');
  });

  it('treats an empty --name as no name', async () => {
    expect((await cliIn(dir, 'new', inDir('vide.capm'), '--name', '  ', '--lang', 'en')).code).toBe(0);
    expect(readPlanFile(inDir('vide.capm')).meta.title).toBe('Marketing plan');
  });
});

describe('`new --sample`', () => {
  it.each(sampleIds)('gives the %s copy the same plan and the same kind of createdAt as the app’s plan.createFromSample', async (sample) => {
    const before = new Date().toISOString();
    const fromApp = opened(await dispatch(app.handlers, 'plan.createFromSample', { sample, language: 'en', path: inDir('app.capm') }));
    expect((await cliIn(dir, 'new', inDir('cli.capm'), '--sample', sample, '--lang', 'en')).code).toBe(0);
    const after = new Date().toISOString();
    const fromCli = readPlanFile(inDir('cli.capm'));

    // Both copies are dated when they were made, not with the date written in the sample's code.
    for (const createdAt of [fromApp.plan.meta.createdAt, fromCli.meta.createdAt]) {
      expect(createdAt >= before && createdAt <= after, createdAt).toBe(true);
    }
    expect(buildSample(sample, 'en').meta.createdAt < before).toBe(true);
    const undated = (plan: typeof fromCli) => ({ ...plan, meta: { ...plan.meta, createdAt: '' } });
    expect(undated(fromCli)).toEqual(undated(fromApp.plan));
  });
});

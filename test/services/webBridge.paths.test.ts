import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';
import { PlanFile } from '../../electron/core/store/planFile';
import { emptyPlan } from '../../shared/plan';
import type { CallName, Handlers } from '../../shared/contract';
import { browserServicesIn } from './browserServices';
import { startBridgeClient, type BridgeClient } from './bridgeClient';
import { snapshot } from './fsSnapshot';

let dir: string;
let plansFolder: string;
let outside: string;
let session: PlanSession;
let handlers: Handlers;
let client: BridgeClient;

const FOREIGN_BYTES = Buffer.from('Notes de réunion : ce n’est pas un plan.\n');

/** A closed plan of ours at this path, titled as given. */
function planAt(filePath: string, title: string): void {
  const created = PlanFile.create(filePath, emptyPlan(2027, title, '2027-01-01T00:00:00.000Z'));
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
}

function titleOf(filePath: string): string {
  const opened = PlanFile.open(filePath);
  if (!opened.ok) throw new Error(opened.error.code);
  try {
    return opened.value.read().meta.title;
  } finally {
    opened.value.close();
  }
}

/** The calls that write a plan where the caller says (exports are downloads in browser mode). */
const writeCalls = (target: string): [CallName, Record<string, unknown>][] => [
  ['plan.create', { title: 'Nouveau', year: 2027, path: target }],
  ['plan.saveCopy', { path: target }],
  ['plan.saveCopy', { path: target, overwrite: true }],
  ['plan.saveAsTemplate', { path: target }],
];

/** Each write call over HTTP and through dispatch, expecting the same refusal and no change on disk. */
async function expectRefusedEverywhere(target: string, error: Record<string, unknown>) {
  const before = snapshot(dir);
  const etcBefore = fs.existsSync('/etc/x.capm');
  for (const [name, input] of writeCalls(target)) {
    expect(await client.call(name, input), `${name} over HTTP`).toMatchObject({ ok: false, error });
    expect(await dispatch(handlers, name, input), `${name} through dispatch`).toMatchObject({ ok: false, error });
  }
  expect(snapshot(dir)).toEqual(before);
  expect(fs.existsSync('/etc/x.capm')).toBe(etcBefore);
  expect(fs.readFileSync(path.join(outside, 'foreign.txt')).equals(FOREIGN_BYTES)).toBe(true);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-paths-'));
  plansFolder = path.join(dir, 'plans');
  outside = path.join(dir, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'foreign.txt'), FOREIGN_BYTES);
  ({ session, handlers } = browserServicesIn(dir));
  const created = await handlers['plan.create']({ title: 'Ouvert', year: 2027 });
  if (!created.ok) throw new Error(created.error.code);
  client = await startBridgeClient(handlers, path.join(dir, 'renderer'));
});

afterEach(async () => {
  await client.close();
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('browser mode writes only inside the plans folder', () => {
  it.each([
    ['a `..` climbing out of the plans folder', () => path.join(plansFolder, '..', 'outside', 'escape.capm')],
    ['a `..` through a subfolder', () => `${plansFolder}/sub/../../outside/escape.capm`],
    ['a relative path climbing from the working folder', () => path.relative(process.cwd(), path.join(outside, 'escape.capm'))],
    ['/etc/x.capm', () => '/etc/x.capm'],
    ['a folder beside the plans folder that was never picked', () => path.join(outside, 'elsewhere.capm')],
    ['the temporary folder', () => path.join(os.tmpdir(), `elsewhere-${process.pid}.capm`)],
    ['a folder whose name only starts like the plans folder', () => `${plansFolder}-bis/escape.capm`],
    ['the plans folder itself', () => plansFolder],
  ])('refuses %s with invalidPath and writes nothing', async (_name, target) => {
    if (target().startsWith(`${plansFolder}-bis`)) fs.mkdirSync(`${plansFolder}-bis`);
    await expectRefusedEverywhere(target(), { code: 'invalidPath' });
  });

  it('refuses a symbolic link inside the plans folder that leads to a folder outside', async () => {
    fs.symlinkSync(outside, path.join(plansFolder, 'lien'), 'dir');
    await expectRefusedEverywhere(path.join(plansFolder, 'lien', 'escape.capm'), { code: 'invalidPath' });
  });

  it('refuses a symbolic link inside the plans folder that leads to a file outside, even with overwrite', async () => {
    fs.symlinkSync(path.join(outside, 'foreign.txt'), path.join(plansFolder, 'lien.capm'));
    await expectRefusedEverywhere(path.join(plansFolder, 'lien.capm'), { code: 'invalidPath' });
  });

  it('refuses a dangling symbolic link, whose end cannot be checked', async () => {
    fs.symlinkSync(path.join(outside, 'missing.capm'), path.join(plansFolder, 'perdu.capm'));
    await expectRefusedEverywhere(path.join(plansFolder, 'perdu.capm'), { code: 'invalidPath' });
    expect(fs.existsSync(path.join(outside, 'missing.capm'))).toBe(false);
  });

  it('accepts a subfolder of the plans folder', async () => {
    fs.mkdirSync(path.join(plansFolder, 'Clients'));
    const target = path.join(plansFolder, 'Clients', 'copie.capm');
    expect(await client.call('plan.saveCopy', { path: target })).toEqual({ ok: true, value: { path: target } });
    expect(titleOf(target)).toBe('Ouvert');
  });

  it('accepts a path that wanders but ends inside, and writes where it ends', async () => {
    const target = path.join(plansFolder, 'a', '..', 'copie.capm');
    expect(await client.call('plan.saveCopy', { path: target })).toEqual({ ok: true, value: { path: path.join(plansFolder, 'copie.capm') } });
    expect(fs.existsSync(path.join(plansFolder, 'a'))).toBe(false);
  });

  it('puts next year\'s plan and a template in the plans folder when the open plan lives elsewhere', async () => {
    planAt(path.join(outside, 'Ailleurs 2027.capm'), 'Ailleurs 2027');
    expect(await client.call('plan.open', { path: path.join(outside, 'Ailleurs 2027.capm') })).toMatchObject({ ok: true });
    const outsideBefore = snapshot(outside);
    expect(await client.call('plan.createNextYear', {})).toMatchObject({ ok: true, value: { path: path.join(plansFolder, 'Ailleurs 2028.capm') } });
    expect(await client.call('plan.open', { path: path.join(outside, 'Ailleurs 2027.capm') })).toMatchObject({ ok: true });
    expect(await client.call('plan.saveAsTemplate', {})).toMatchObject({ ok: true, value: { path: path.join(plansFolder, 'Ailleurs 2027 (modèle).capm') } });
    expect(snapshot(outside)).toEqual(outsideBefore);
  });

  it('never exports to a file: exportToFile is refused, the download still works', async () => {
    const before = snapshot(dir);
    for (const target of [path.join(plansFolder, 'rapport.pdf'), path.join(outside, 'rapport.pdf')]) {
      expect(await client.call('plan.exportToFile', { format: 'pdf', language: 'fr', path: target, overwrite: true })).toEqual({
        ok: false,
        error: { code: 'unsupportedInBrowser' },
      });
    }
    expect(await client.call('plan.exportToFile', { format: 'xlsx', language: 'fr' })).toEqual({ ok: false, error: { code: 'unsupportedInBrowser' } });
    expect(snapshot(dir)).toEqual(before);
    const download = (await client.call('plan.exportBytes', { format: 'pdf', language: 'fr' })) as { ok: boolean; value: { base64: string } };
    expect(download.ok).toBe(true);
    expect(Buffer.from(download.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('an existing file at the target', () => {
  it('that is not a plan of ours is refused with fileExists, its bytes unchanged', async () => {
    const target = path.join(plansFolder, 'notes.capm');
    fs.writeFileSync(target, FOREIGN_BYTES);
    const before = snapshot(dir);
    for (const [name, input] of writeCalls(target).filter(([, input]) => !input.overwrite)) {
      expect(await client.call(name, input), name).toEqual({ ok: false, error: { code: 'fileExists', params: { path: target, kind: 'other' } } });
    }
    expect(snapshot(dir)).toEqual(before);
    expect(fs.readFileSync(target).equals(FOREIGN_BYTES)).toBe(true);
  });

  it('that is not a plan of ours is replaced when the call says overwrite (the user was asked)', async () => {
    const target = path.join(plansFolder, 'notes.capm');
    fs.writeFileSync(target, FOREIGN_BYTES);
    expect(await client.call('plan.saveCopy', { path: target, overwrite: true })).toEqual({ ok: true, value: { path: target } });
    expect(titleOf(target)).toBe('Ouvert');
  });

  it('that is a plan of ours is refused without overwrite, its bytes unchanged', async () => {
    const target = path.join(plansFolder, 'Autre.capm');
    planAt(target, 'Autre');
    const bytes = fs.readFileSync(target);
    for (const [name, input] of writeCalls(target).filter(([, input]) => !input.overwrite)) {
      expect(await client.call(name, input), name).toEqual({ ok: false, error: { code: 'fileExists', params: { path: target, kind: 'plan' } } });
    }
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    expect(titleOf(target)).toBe('Autre');
  });

  it('that is a plan of ours is replaced by a copy when the call says overwrite', async () => {
    const target = path.join(plansFolder, 'Autre.capm');
    planAt(target, 'Autre');
    expect(await client.call('plan.saveCopy', { path: target, overwrite: true })).toEqual({ ok: true, value: { path: target } });
    expect(titleOf(target)).toBe('Ouvert');
  });

  it('that is the open plan itself is never replaced by its copy', async () => {
    const opened = (await client.call('plan.get', {})) as { value: { path: string } };
    const bytes = fs.readFileSync(opened.value.path);
    expect(await client.call('plan.saveCopy', { path: opened.value.path, overwrite: true })).toMatchObject({ ok: false, error: { code: 'fileExists' } });
    expect(fs.readFileSync(opened.value.path).equals(bytes)).toBe(true);
  });

  it('that is a folder is refused, even with overwrite', async () => {
    fs.mkdirSync(path.join(plansFolder, 'dossier.capm'));
    expect(await client.call('plan.saveCopy', { path: path.join(plansFolder, 'dossier.capm'), overwrite: true })).toMatchObject({
      ok: false,
      error: { code: 'invalidPath' },
    });
  });
});

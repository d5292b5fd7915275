import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';
import { registerIpc, type IpcMainLike } from '../../electron/main/ipc';
import { channelOf, type CallName, type Handlers } from '../../shared/contract';
import { browserServicesIn } from './browserServices';
import { startBridgeClient, type BridgeClient } from './bridgeClient';
import { snapshot } from './fsSnapshot';

// The probe's "copy\0.capm" wrote "copy": the OS stops a path at its first NUL.
const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u001f', '\u007f'];

let dir: string;
let plansFolder: string;
let session: PlanSession;
let handlers: Handlers;
let client: BridgeClient;

/** Every call that takes a path or a file name, with that path in it. */
const pathCalls = (target: string): [CallName, Record<string, unknown>][] => [
  ['plan.create', { title: 'Nouveau', year: 2027, path: target }],
  ['plan.open', { path: target }],
  ['plan.saveCopy', { path: target }],
  ['plan.saveCopy', { path: target, overwrite: true }],
  ['plan.saveAsTemplate', { path: target }],
  ['plan.createFromTemplate', { templatePath: target, title: 'Participant' }],
  ['plan.exportToFile', { format: 'pdf', language: 'fr', path: target, overwrite: true }],
  ['plan.previewImport', { fileName: path.basename(target), base64: '' }],
];

const cases = CONTROL_CHARACTERS.flatMap((character) =>
  pathCalls(`PLANS/copy${character}.capm`).map(([name, input]) => ({ label: `${name} ${JSON.stringify(character)}`, name, input })),
);
/** The placeholder becomes the real plans folder once the test has made it. */
const withFolder = (input: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(input).replaceAll('PLANS', plansFolder.replaceAll('\\', '\\\\'))) as Record<string, unknown>;

const refusal = { ok: false, error: { code: 'invalidPath' } };

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-control-'));
  plansFolder = path.join(dir, 'plans');
  ({ session, handlers } = browserServicesIn(dir));
  // A plan is open, so the calls that need one reach their path check.
  const created = await handlers['plan.create']({ title: 'Ouvert', year: 2027 });
  if (!created.ok) throw new Error(created.error.code);
  fs.writeFileSync(path.join(plansFolder, 'copy'), 'keep me');
  client = await startBridgeClient(handlers, path.join(dir, 'renderer'));
});

afterEach(async () => {
  await client.close();
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a path holding a NUL or a control character', () => {
  it.each(cases)('is refused over HTTP with invalidPath: $label', async ({ name, input }) => {
    const before = snapshot(dir);
    expect(await client.call(name, withFolder(input))).toMatchObject(refusal);
    expect(snapshot(dir)).toEqual(before);
    expect(fs.readFileSync(path.join(plansFolder, 'copy'), 'utf8')).toBe('keep me');
  });

  it.each(cases)('is refused through dispatch (the IPC door) with invalidPath: $label', async ({ name, input }) => {
    const before = snapshot(dir);
    expect(await dispatch(handlers, name, withFolder(input))).toMatchObject(refusal);
    expect(snapshot(dir)).toEqual(before);
  });

  it('is refused by the registered IPC handlers before any service runs', async () => {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    registerIpc({ handle: (channel, listener) => listeners.set(channel, listener) }, () => handlers, () => true);
    const before = snapshot(dir);
    for (const { name, input } of cases) {
      const reply = await listeners.get(channelOf(name))!({ sender: { id: 1 }, senderFrame: { url: 'app://index.html' } }, withFolder(input));
      expect(reply, name).toMatchObject(refusal);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('says which path was refused, with the control character shown escaped', async () => {
    const result = await dispatch(handlers, 'plan.saveCopy', { path: path.join(plansFolder, 'copy\u0000.capm') });
    expect(result).toEqual({ ok: false, error: { code: 'invalidPath', params: { path: `${path.join(plansFolder, 'copy')}\\u0000.capm` } } });
  });

  it('is refused by the write services themselves when a caller skips the schema', async () => {
    const before = snapshot(dir);
    const target = path.join(plansFolder, 'copy\u0000.capm');
    expect(await handlers['plan.saveCopy']({ path: target, overwrite: true })).toMatchObject(refusal);
    expect(await handlers['plan.create']({ title: 'X', year: 2027, path: target })).toMatchObject(refusal);
    expect(await handlers['plan.saveAsTemplate']({ path: target })).toMatchObject(refusal);
    expect(snapshot(dir)).toEqual(before);
  });

  it('is left out of the recent plans when the preferences file holds one', async () => {
    fs.writeFileSync(
      path.join(dir, 'config', 'preferences.json'),
      JSON.stringify({
        language: 'fr',
        recentFiles: [
          { path: '/plans/a\u0000.capm', title: 'A', openedAt: '2027-01-01T00:00:00.000Z' },
          { path: '/plans/b.capm', title: 'B', openedAt: '2027-01-01T00:00:00.000Z' },
        ],
      }),
    );
    const preferences = await handlers['prefs.get']({});
    expect(preferences.ok && preferences.value.recentFiles.map((file) => file.path)).toEqual(['/plans/b.capm']);
  });

  it('leaves ordinary accents, spaces and punctuation alone', async () => {
    const target = path.join(plansFolder, 'Été 2027 – « copie » (n°2).capm');
    expect(await client.call('plan.saveCopy', { path: target })).toEqual({ ok: true, value: { path: target } });
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { callNames, channelOf } from '../../shared/callNames';

// The Electron binary cannot run here, so the built bundles are loaded against a stand-in for the
// electron module: this proves the shipped files wire every call, the secure window and the preload.

test('the bundled main process registers every call and opens a locked-down window on the built renderer', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-shell-'));
  const output = execFileSync(
    process.execPath,
    [path.resolve('test/e2e/fixtures/run-bundled-main.mjs'), path.resolve('out/main/index.mjs')],
    { env: { ...process.env, FAKE_ELECTRON_HOME: home, CAP_MARKETING_HOME: home } },
  ).toString();
  const calls = JSON.parse(output.trim().split('\n').pop()!);

  expect([...calls.handles].sort()).toEqual(callNames.map(channelOf).sort());
  expect(calls.windows).toHaveLength(1);
  const { webPreferences } = calls.windows[0];
  expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  expect(fs.existsSync(webPreferences.preload)).toBe(true);
  expect(calls.loaded).toHaveLength(1);
  expect(fs.existsSync(fileURLToPath(calls.loaded[0]))).toBe(true);
  expect(calls.contentsEvents).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect']));
  expect(calls.windowOpen).toEqual({ action: 'deny' });
  expect(calls.permissionCheck).toBe(false);
  expect(calls.permissionRequest).toBe(false);
  expect(calls.menu).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Aide']));
  // The preferences the CLI and browser mode read too (decision 011).
  expect(calls.paths.userData).toBe(path.join(home, 'config'));
});

test('the bundled preload needs nothing but electron and exposes only the typed API', () => {
  const code = fs.readFileSync(path.resolve('out/preload/index.cjs'), 'utf8');
  const exposed: Record<string, unknown> = {};
  const invoked: string[] = [];
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string) => invoked.push(channel),
      on() {},
      removeListener() {},
    },
  };
  const required: string[] = [];
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return fakeElectron;
  };
  new Function('require', 'module', 'exports', code)(fakeRequire, { exports: {} }, {});

  expect(required).toEqual(['electron']);
  expect(Object.keys(exposed)).toEqual(['capMarketing']);
  const api = exposed.capMarketing as { call(name: string, input: unknown): Promise<unknown> };
  expect(Object.keys(api).sort()).toEqual(['call', 'onMenuCommand']);
  void api.call('plan.get', {});
  expect(invoked).toEqual(['cap:plan.get']);
  return expect(api.call('shell.openExternal', {})).rejects.toThrow();
});

test('the files the core reads beside its own module are copied next to the main bundle', () => {
  // new URL('./…', import.meta.url) in the PDF fonts, the migrations and the import worker resolves
  // to out/main/ once bundled: without these, exports and imports would fail only in the packaged app.
  for (const file of ['fonts/Inter-Regular.ttf', 'fonts/Inter-Bold.ttf', 'fonts/OFL.txt', 'importWorker.mjs', 'migrations/001-initial.sql']) {
    expect(fs.existsSync(path.resolve('out/main', file)), file).toBe(true);
  }
  expect(fs.readFileSync(path.resolve('out/main/fonts/Inter-Regular.ttf')).equals(fs.readFileSync('electron/core/export/pdf/fonts/Inter-Regular.ttf'))).toBe(true);
});

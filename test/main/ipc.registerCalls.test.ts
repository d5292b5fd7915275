import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { createHandlers } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';
import { callNames, channelOf, type Handlers } from '../../shared/contract';

const APP_URL = 'file:///opt/cap-marketing/renderer/index.html';

type Listener = (event: IpcEventLike, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const registered = new Map<string, Listener[]>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      registered.set(channel, [...(registered.get(channel) ?? []), listener]);
    },
  };
  const invoke = (channel: string, input: unknown, frameUrl: string | null = APP_URL, senderId = 7) => {
    const [listener] = registered.get(channel) ?? [];
    if (!listener) throw new Error(`nothing registered on ${channel}`);
    return listener({ sender: { id: senderId }, senderFrame: frameUrl === null ? null : { url: frameUrl } }, input);
  };
  return { ipcMain, registered, invoke };
}

let dir: string;
let session: PlanSession;
let handlers: Handlers;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-ipc-'));
  session = new PlanSession(path.join(dir, 'plans'));
  handlers = createHandlers(
    { mode: 'desktop', version: '1.2.3', userDataDir: path.join(dir, 'config'), plansFolder: path.join(dir, 'plans'), dialogs: null },
    session,
  );
});

afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('registerIpc', () => {
  it('registers exactly one handler per call, on the channel of its name', () => {
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, () => handlers, (url) => url === APP_URL);
    expect([...fake.registered.keys()].sort()).toEqual(callNames.map(channelOf).sort());
    for (const listeners of fake.registered.values()) expect(listeners).toHaveLength(1);
  });

  it('routes a valid call to the handlers of the sending window', async () => {
    const fake = fakeIpcMain();
    const handlersFor = vi.fn(() => handlers);
    registerIpc(fake.ipcMain, handlersFor, (url) => url === APP_URL);
    const result = await fake.invoke(channelOf('app.info'), {}, APP_URL, 42);
    expect(handlersFor).toHaveBeenCalledWith(42);
    expect(result).toEqual({
      ok: true,
      value: { version: '1.2.3', schemaVersion: expect.any(Number), mode: 'desktop', plansFolder: path.join(dir, 'plans') },
    });
  });

  it('runs a real service behind the channel (plan.create writes a file)', async () => {
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, () => handlers, (url) => url === APP_URL);
    const result = (await fake.invoke(channelOf('plan.create'), { title: 'Par IPC', year: 2027 })) as {
      ok: boolean;
      value: { path: string };
    };
    expect(result.ok).toBe(true);
    expect(fs.existsSync(result.value.path)).toBe(true);
  });

  it('returns invalidInput for a bad input without calling the service', async () => {
    const fake = fakeIpcMain();
    const setLanguage = vi.fn(handlers['prefs.setLanguage']);
    registerIpc(fake.ipcMain, () => ({ ...handlers, 'prefs.setLanguage': setLanguage }), (url) => url === APP_URL);
    const result = await fake.invoke(channelOf('prefs.setLanguage'), { language: 'klingon' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(setLanguage).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, 'config', 'preferences.json'))).toBe(false);
  });

  it('refuses a call from a frame that is not the app page, before looking up any handler', async () => {
    const fake = fakeIpcMain();
    const handlersFor = vi.fn(() => handlers);
    registerIpc(fake.ipcMain, handlersFor, (url) => url === APP_URL);
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', '']) {
      const result = await fake.invoke(channelOf('plan.create'), { title: 'Intrus', year: 2027 }, url);
      expect(result, url).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    }
    expect(handlersFor).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, 'plans'))).toBe(false);
  });

  it('refuses a call whose frame is gone', async () => {
    const fake = fakeIpcMain();
    const handlersFor = vi.fn(() => handlers);
    registerIpc(fake.ipcMain, handlersFor, (url) => url === APP_URL);
    const result = await fake.invoke(channelOf('app.info'), {}, null);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(handlersFor).not.toHaveBeenCalled();
  });
});

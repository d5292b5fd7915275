import { describe, expect, it, vi } from 'vitest';
import { API_KEY, exposeApi, type PreloadElectron } from '../../electron/preload/api';
import { MENU_CHANNEL } from '../../shared/callNames';

type Relay = (event: unknown, ...args: unknown[]) => void;

interface ExposedApi {
  call(name: string, input: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: string) => void): () => void;
}

/** Stand-ins for contextBridge and ipcRenderer that record what the preload does. */
function fakeElectron() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Relay[]>();
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
  const electron: PreloadElectron = {
    contextBridge: { exposeInMainWorld: (key, api) => void exposed.set(key, api) },
    ipcRenderer: {
      invoke,
      on: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel, listener) =>
        listeners.set(channel, (listeners.get(channel) ?? []).filter((other) => other !== listener)),
    },
  };
  const emit = (channel: string, ...args: unknown[]) => (listeners.get(channel) ?? []).forEach((listener) => listener({}, ...args));
  return { electron, exposed, listeners, invoke, emit };
}

function setUp() {
  const fake = fakeElectron();
  exposeApi(fake.electron);
  return { ...fake, api: fake.exposed.get(API_KEY) as ExposedApi };
}

describe('exposeApi', () => {
  it('exposes exactly one key, capMarketing, holding only call and onMenuCommand', () => {
    const { exposed, api } = setUp();
    expect([...exposed.keys()]).toEqual(['capMarketing']);
    expect(Object.keys(api).sort()).toEqual(['call', 'onMenuCommand']);
  });

  it('exposes a frozen object the page cannot rewire', () => {
    const { api } = setUp();
    expect(Object.isFrozen(api)).toBe(true);
  });

  it("call('app.info', {}) invokes channel cap:app.info with the input", async () => {
    const { api, invoke } = setUp();
    await expect(api.call('app.info', {})).resolves.toEqual({ ok: true, value: { channel: 'cap:app.info', input: {} } });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('cap:app.info', {});
  });

  it('rejects an unknown call name without invoking anything', async () => {
    const { api, invoke } = setUp();
    await expect(api.call('shell.openExternal', { url: 'https://evil.example' })).rejects.toThrow(/Unknown call/);
    await expect(api.call('cap:app.info', {})).rejects.toThrow();
    expect(invoke).not.toHaveBeenCalled();
  });

  it('relays only known menu commands', () => {
    const { api, emit } = setUp();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    emit(MENU_CHANNEL, 'newPlan');
    emit(MENU_CHANNEL, 'deleteEverything');
    emit(MENU_CHANNEL, { command: 'newPlan' });
    emit('cap:other', 'openPlan');
    emit(MENU_CHANNEL, 'closePlan');
    expect(listener.mock.calls).toEqual([['newPlan'], ['closePlan']]);
  });

  it('hands the page only the command, never the IPC event', () => {
    const { api, emit } = setUp();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    emit(MENU_CHANNEL, 'saveCopy');
    expect(listener).toHaveBeenCalledWith('saveCopy');
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('unsubscribing removes the listener from ipcRenderer', () => {
    const { api, emit, listeners } = setUp();
    const kept = vi.fn();
    const dropped = vi.fn();
    api.onMenuCommand(kept);
    const unsubscribe = api.onMenuCommand(dropped);
    expect(listeners.get(MENU_CHANNEL)).toHaveLength(2);
    unsubscribe();
    expect(listeners.get(MENU_CHANNEL)).toHaveLength(1);
    emit(MENU_CHANNEL, 'openPlan');
    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledExactlyOnceWith('openPlan');
  });
});

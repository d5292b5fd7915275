import { describe, expect, it, vi } from 'vitest';
import { lockDown, windowOptions, type LockableContents } from '../../electron/main/window';

const APP_URL = 'file:///opt/cap-marketing/renderer/index.html';

type NavigationListener = (event: { preventDefault(): void }, url: string) => void;

/** A stand-in for webContents that records what lockDown installs. */
function fakeContents() {
  const listeners = new Map<string, NavigationListener[]>();
  let windowOpenHandler: (() => { action: string }) | undefined;
  let permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: (() => boolean) | undefined;
  const contents: LockableContents = {
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
    session: {
      setPermissionRequestHandler(handler) {
        permissionRequest = handler;
      },
      setPermissionCheckHandler(handler) {
        permissionCheck = handler;
      },
    },
  };
  /** Emits a navigation event; returns whether it was prevented. */
  const navigate = (event: string, url: string) => {
    const registered = listeners.get(event) ?? [];
    expect(registered.length, `listener for ${event}`).toBeGreaterThan(0);
    const preventDefault = vi.fn();
    for (const listener of registered) listener({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents,
    navigate,
    openWindow: () => windowOpenHandler?.(),
    requestPermission: (permission: string) => {
      const callback = vi.fn();
      permissionRequest?.({}, permission, callback);
      return callback;
    },
    checkPermission: () => permissionCheck?.(),
  };
}

describe('windowOptions', () => {
  const options = windowOptions('/opt/cap-marketing/preload/index.cjs', 'Cap Marketing');

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('passes the preload path and the title', () => {
    expect(options.webPreferences?.preload).toBe('/opt/cap-marketing/preload/index.cjs');
    expect(options.title).toBe('Cap Marketing');
  });

  it('waits to be ready before showing', () => {
    expect(options.show).toBe(false);
  });
});

describe('lockDown', () => {
  it('prevents navigation to any other URL', () => {
    const fake = fakeContents();
    lockDown(fake.contents, APP_URL);
    expect(fake.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.navigate('will-navigate', `${APP_URL}.evil.html`)).toBe(true);
  });

  it('lets the app reload its own page', () => {
    const fake = fakeContents();
    lockDown(fake.contents, APP_URL);
    expect(fake.navigate('will-navigate', APP_URL)).toBe(false);
  });

  it('prevents redirects away from the app too', () => {
    const fake = fakeContents();
    lockDown(fake.contents, APP_URL);
    expect(fake.navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(fake.navigate('will-redirect', APP_URL)).toBe(false);
  });

  it('denies every new window', () => {
    const fake = fakeContents();
    lockDown(fake.contents, APP_URL);
    expect(fake.openWindow()).toEqual({ action: 'deny' });
  });

  it('answers every permission request with false', () => {
    const fake = fakeContents();
    lockDown(fake.contents, APP_URL);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = fake.requestPermission(permission);
      expect(callback).toHaveBeenCalledOnce();
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const fake = fakeContents();
    lockDown(fake.contents, APP_URL);
    expect(fake.checkPermission()).toBe(false);
  });
});

import type { BrowserWindowConstructorOptions } from 'electron';

/** Secure defaults written out, so a test can see every one of them. */
export function windowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title,
    show: false,
    backgroundColor: '#f6f7fb',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** The part of webContents/session we lock down. */
export interface LockableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  session: {
    setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
    setPermissionCheckHandler(handler: () => boolean): void;
  };
}

/** No navigation away from the app, no new windows, no permission (camera, notifications…) granted. */
export function lockDown(contents: LockableContents, appUrl: string): void {
  const blockOutside = (event: { preventDefault(): void }, url: string) => {
    if (url !== appUrl) event.preventDefault();
  };
  contents.on('will-navigate', blockOutside);
  contents.on('will-redirect', blockOutside);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

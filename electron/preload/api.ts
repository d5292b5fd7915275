import { callNames, channelOf, MENU_CHANNEL, menuCommands, shellNotices, type CallName, type MenuCommand } from '../../shared/callNames';

/** The slice of Electron's preload modules we use, so the exposed surface is testable without Electron. */
export interface PreloadElectron {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (...args: unknown[]) => void): unknown;
  };
}

export const API_KEY = 'capMarketing';

/**
 * Exposes one object: `call` for the contract's calls (and nothing else: no raw ipcRenderer, no
 * arbitrary channel) and `onMenuCommand` for the menu.
 */
export function exposeApi({ contextBridge, ipcRenderer }: PreloadElectron): void {
  const api = {
    call(name: CallName, input: unknown) {
      if (!callNames.includes(name)) return Promise.reject(new Error(`Unknown call: ${String(name)}`));
      return ipcRenderer.invoke(channelOf(name), input);
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const relay = (_event: unknown, command: unknown) => {
        if ([...menuCommands, ...shellNotices].includes(command as MenuCommand)) listener(command as MenuCommand);
      };
      ipcRenderer.on(MENU_CHANNEL, relay);
      return () => void ipcRenderer.removeListener(MENU_CHANNEL, relay as (...args: unknown[]) => void);
    },
  };
  contextBridge.exposeInMainWorld(API_KEY, Object.freeze(api));
}

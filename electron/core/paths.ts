import os from 'node:os';
import path from 'node:path';

/**
 * Where the preferences (language, author identity, recent plans) live: one folder for the desktop
 * app (main/index.ts sets Electron's userData to it), browser mode and the CLI, so that the CLI signs
 * exports with the identity saved in the app. Each system's usual place for application settings.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (env.CAP_MARKETING_HOME) return path.join(env.CAP_MARKETING_HOME, 'config');
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Cap Marketing');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Cap Marketing');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'cap-marketing');
}

/** New plans go to the user's documents, in a folder of their own. */
export function defaultPlansFolder(documentsDir = path.join(os.homedir(), 'Documents')): string {
  if (process.env.CAP_MARKETING_HOME) return path.join(process.env.CAP_MARKETING_HOME, 'plans');
  return path.join(documentsDir, 'Cap Marketing');
}

import os from 'node:os';
import path from 'node:path';

/** Where the CLI and browser mode keep preferences; Electron uses app.getPath('userData') instead. */
export function defaultUserDataDir(): string {
  if (process.env.CAP_MARKETING_HOME) return path.join(process.env.CAP_MARKETING_HOME, 'config');
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'cap-marketing');
}

/** New plans go to the user's documents, in a folder of their own. */
export function defaultPlansFolder(documentsDir = path.join(os.homedir(), 'Documents')): string {
  if (process.env.CAP_MARKETING_HOME) return path.join(process.env.CAP_MARKETING_HOME, 'plans');
  return path.join(documentsDir, 'Cap Marketing');
}

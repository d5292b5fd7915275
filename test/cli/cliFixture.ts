import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/cli';
import { PlanFile } from '../../electron/core/store/planFile';
import { createHandlers } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';

/** The CLI with its output captured, with the preferences and plans folder of the machine's defaults. */
export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The CLI with its output captured, reading its preferences from `dir`/config as the desktop app writes them there. */
export async function cliIn(dir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const folders = { userDataDir: path.join(dir, 'config'), plansFolder: path.join(dir, 'plans') };
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, folders);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The desktop app's services on the same folders: what the app's screens call. */
export function appServicesIn(dir: string) {
  const plansFolder = path.join(dir, 'plans');
  const session = new PlanSession(plansFolder);
  const handlers = createHandlers(
    { mode: 'desktop', version: '0.0.1', userDataDir: path.join(dir, 'config'), plansFolder, dialogs: null },
    session,
  );
  return { session, handlers };
}

export function readPlanFile(file: string) {
  const opened = PlanFile.open(file, { readOnly: true });
  if (!opened.ok) throw new Error(`cannot open ${file}: ${opened.error.code}`);
  try {
    return opened.value.read();
  } finally {
    opened.value.close();
  }
}

export const preferencesFile = (dir: string) => path.join(dir, 'config', 'preferences.json');
export const readPreferencesText = (dir: string) => fs.readFileSync(preferencesFile(dir), 'utf8');

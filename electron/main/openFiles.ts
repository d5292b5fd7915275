import { PLAN_EXTENSION } from '../core/store/format';

/**
 * The plan to open from a command line: a double-click on a .capm file starts the app (or a second
 * instance) with the file's path among the arguments, after Electron's own flags.
 */
export function planPathFromArgv(argv: readonly string[]): string | null {
  const candidates = argv.slice(1).filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_EXTENSION));
  return candidates.at(-1) ?? null;
}

import type { CallInput, CallName, CallResult } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import { defaultPlansFolder, defaultUserDataDir } from '../core/paths';
import { createHandlers, dispatch } from '../core/services/handlers';
import { PlanSession } from '../core/services/planSession';
import { APP_VERSION } from '../core/version';

/** An expected failure: a service's error, or a CLI message (a cli.* key). */
export class CliError extends Error {
  constructor(readonly appError: AppError | { key: string; params?: Record<string, string | number> }) {
    super('cli');
  }
}

/** One contract call, as the app's IPC and browser mode's HTTP bridge make it; a failure is thrown as a CliError. */
export type Call = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallResult<N>>;

export interface CliFolders {
  /** Where the preferences are read from (the author identity): browser mode's, by default. */
  userDataDir: string;
  /** Where a plan created without a path would go; every CLI command names its files. */
  plansFolder: string;
}

export const defaultCliFolders = (): CliFolders => ({ userDataDir: defaultUserDataDir(), plansFolder: defaultPlansFolder() });

/**
 * The same services as the app, behind the same door: every input is checked by the contract's
 * schema in dispatch(). Desktop rules (any folder, exports to files), no dialogs, and the preferences
 * only read: a plan a script creates or reads does not become a recent plan.
 */
export function cliServices(folders: CliFolders): { call: Call; close(): void } {
  const session = new PlanSession(folders.plansFolder);
  const handlers = createHandlers(
    { mode: 'desktop', version: APP_VERSION, ...folders, dialogs: null, recordsRecentPlans: false },
    session,
  );
  const call: Call = async (name, input) => {
    const result = (await dispatch(handlers, name, input)) as Result<CallResult<typeof name>>;
    if (!result.ok) throw new CliError(result.error);
    return result.value;
  };
  return { call, close: () => session.close() };
}

import path from 'node:path';
import { createHandlers } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';

/** The services as browser mode runs them, with plans and preferences in a test folder. */
export function browserServicesIn(dir: string) {
  const plansFolder = path.join(dir, 'plans');
  const session = new PlanSession(plansFolder);
  const handlers = createHandlers(
    { mode: 'browser', version: '0.0.1', userDataDir: path.join(dir, 'config'), plansFolder, dialogs: null },
    session,
  );
  return { session, handlers };
}

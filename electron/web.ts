// Browser mode entry: `npm run web`, or `npm start` where Electron is missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator, describeError, isLanguage } from '../shared/i18n';
import { checkRuntime } from './core/runtime';
import { createHandlers } from './core/services/handlers';
import { PlanSession } from './core/services/planSession';
import { defaultPlansFolder, defaultUserDataDir } from './core/paths';
import { APP_VERSION } from './core/version';
import { startWebBridge } from './core/webBridge';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const lang = argValue('--lang');
const t = createTranslator(isLanguage(lang) ? lang : 'fr');
const runtimeError = checkRuntime();
if (runtimeError) {
  console.error(describeError(t, runtimeError));
  process.exit(1);
}

const rendererDir = path.join(projectRoot, 'out', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(t('web.notBuilt'));
  process.exit(1);
}

const plansFolder = defaultPlansFolder();
const session = new PlanSession(plansFolder);
const handlers = createHandlers(
  { mode: 'browser', version: APP_VERSION, userDataDir: defaultUserDataDir(), plansFolder, dialogs: null },
  session,
);
const port = Number(argValue('--port') ?? process.env.CAP_MARKETING_PORT ?? 0);
const bridge = await startWebBridge({ handlers, rendererDir, port });
console.log(t('web.openAt', { url: bridge.url }));
console.log(t('web.stop'));

// Closing the plan releases its lock; every edit is already committed.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    session.close();
    void bridge.close().then(() => process.exit(0));
  });
}

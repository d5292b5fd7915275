import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';
import { PlanFile } from '../../electron/core/store/planFile';
import { startWebBridge, type WebBridge } from '../../electron/core/webBridge';
import type { Plan } from '../../shared/plan';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserModeApp {
  bridge: WebBridge;
  session: PlanSession;
  home: string;
  plansFolder: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** Browser mode for real: the same services and files as the desktop app, driven in Debian's Chromium. */
export async function startBrowserModeApp(): Promise<BrowserModeApp> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-e2e-'));
  const plansFolder = path.join(home, 'plans');
  const session = new PlanSession(plansFolder);
  const handlers = createHandlers(
    { mode: 'browser', version: 'test', userDataDir: path.join(home, 'config'), plansFolder, dialogs: null },
    session,
  );
  const bridge = await startWebBridge({ handlers, rendererDir: path.resolve('out/renderer') });
  // Playwright gives each launch a fresh, empty profile directory of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // French dates (jj/mm/aaaa) in date fields, as a French user's Electron window shows them.
      '--lang=fr-FR',
    ],
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    bridge,
    session,
    home,
    plansFolder,
    browser,
    async stop() {
      await browser.close();
      session.close();
      await bridge.close();
    },
  };
}

/** A French user's window at the smallest size we support, showing the app. */
export async function openAppPage(app: BrowserModeApp): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  await page.goto(app.bridge.url);
  return page;
}

/** A page with `plan` open, written first as `fileName` in the plans folder and opened from its list. */
export async function openPlanFromFolder(app: BrowserModeApp, fileName: string, plan: Plan): Promise<Page> {
  fs.mkdirSync(app.plansFolder, { recursive: true });
  const created = PlanFile.create(path.join(app.plansFolder, fileName), plan);
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
  const page = await openAppPage(app);
  await page.getByTestId('folder-plan').first().click();
  await page.getByTestId('plan-title').waitFor();
  return page;
}

/** The plan as the open file holds it now: what the autosave has written. */
export function planInFile(app: BrowserModeApp): Plan {
  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.plan;
}

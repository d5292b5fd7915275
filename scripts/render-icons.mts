// Renders build/*.svg to the PNG icons electron-builder packages (run after changing an SVG).
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const [name, size] of [['icon', 1024], ['file-icon', 512]] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = fs.readFileSync(new URL(`../build/${name}.svg`, import.meta.url), 'utf8');
  await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
  await page.screenshot({ path: new URL(`../build/${name}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();

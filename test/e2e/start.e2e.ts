import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const electronPresent = fs.existsSync(path.resolve('node_modules/electron/path.txt'));

// Where Electron's binary cannot be had (this machine, CI), `npm start` must say so in one sentence
// and serve browser mode instead of crashing.
test.skipIf(electronPresent)('npm start falls back to browser mode with a clear message', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-start-'));
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, CAP_MARKETING_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 90_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Ouvrez cette adresse dans votre navigateur : (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    expect(output).toContain('L’application de bureau (Electron) n’est pas installée');
    const page = await fetch(url.replace(/#.*/, ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
  } finally {
    child.kill('SIGINT');
  }
});

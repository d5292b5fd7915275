import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(projectRoot, 'bin', 'cap-marketing.mjs');
let dir: string;

/** The real launcher, on the Node running the tests (the project's Node 22). */
const run = (...argv: string[]) =>
  spawnSync(process.execPath, [bin, ...argv], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-bin-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bin/cap-marketing.mjs', () => {
  it('runs `new` then `info` end to end', { timeout: 60_000 }, () => {
    const file = path.join(dir, 'Boulangerie Martin.capm');
    const created = run('new', file, '--name', 'Boulangerie Martin', '--year', '2027');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toBe(`Plan créé : ${file}\n`);

    const info = run('info', file);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('Plan : Boulangerie Martin\n');
    expect(info.stdout).toContain('Année : 2027\n');
  });

  it('exits 1 on a file that is not a plan', { timeout: 60_000 }, () => {
    const file = path.join(dir, 'texte.capm');
    fs.writeFileSync(file, 'pas un plan');
    const result = run('info', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('n’est pas un plan');
  });

  it('refuses an old Node before loading SQLite', { timeout: 60_000 }, () => {
    // Pretend to be Node 20 by overriding process.versions before the launcher runs.
    const preload = path.join(dir, 'old-node.mjs');
    fs.writeFileSync(preload, "Object.defineProperty(process.versions, 'node', { value: '20.11.0' });\n");
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, ['--import', pathToFileURL(preload).href, bin, 'info', 'x.capm'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('Node.js 22.14');
    expect(failure?.stderr).toContain('20.11.0');
  });
});

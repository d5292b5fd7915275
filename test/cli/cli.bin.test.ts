import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(projectRoot, 'bin', 'cap-marketing.mjs');
const recorder = pathToFileURL(path.join(projectRoot, 'test/build/fixtures/recordLoads.mjs')).href;
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

  it('runs the bundled JavaScript: no TypeScript source and no tsx loaded', { timeout: 60_000 }, () => {
    const file = path.join(dir, 'bundle.capm');
    expect(run('new', file).status).toBe(0);
    const loads = path.join(dir, 'loads.json');
    const info = spawnSync(process.execPath, ['--import', recorder, bin, 'info', file], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CAP_LOADS_FILE: loads },
      timeout: 30_000,
    });
    expect(info.status).toBe(0);
    const loaded: string[] = JSON.parse(fs.readFileSync(loads, 'utf8'));
    expect(loaded).toContain(pathToFileURL(path.join(projectRoot, 'out/cli.mjs')).href);
    expect(loaded.filter((url) => /\.tsx?$/.test(url) || url.includes('/node_modules/tsx/'))).toEqual([]);
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

  describe('without a built bundle', () => {
    /** A project with the launcher, the bundle builder and a stand-in CLI whose output says its version. */
    function standInProject(withDependencies: boolean): string {
      const project = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-bin-project-'));
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
        fs.writeFileSync(path.join(project, file), text);
      };
      fs.cpSync(bin, path.join(project, 'bin/cap-marketing.mjs'));
      fs.cpSync(path.join(projectRoot, 'scripts/nodeBundles.mjs'), path.join(project, 'scripts/nodeBundles.mjs'));
      write('electron/cli.ts', "export async function runCli(argv: string[]): Promise<number> {\n  console.log(`v1 ${argv.join(' ')}`);\n  return 0;\n}\n");
      write('electron/web.ts', 'export {};\n');
      write('electron/core/import/worker.ts', 'export {};\n');
      write('electron/core/export/pdf/fonts/OFL.txt', 'font licence\n');
      write('electron/core/store/migrations/001-initial.sql', 'CREATE TABLE t (x);\n');
      write('package.json', '{ "type": "module" }\n');
      write('package-lock.json', '{}\n');
      if (withDependencies) fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
      return project;
    }
    const launch = (project: string, ...argv: string[]) =>
      spawnSync(process.execPath, [path.join(project, 'bin/cap-marketing.mjs'), ...argv], { cwd: project, encoding: 'utf8', timeout: 60_000 });

    it('builds it on first use, then again when a source is newer', { timeout: 60_000 }, () => {
      const project = standInProject(true);
      try {
        const first = launch(project, 'info', 'a.capm');
        expect(first.stderr).toBe('');
        expect(first.stdout).toBe('v1 info a.capm\n');
        expect(fs.existsSync(path.join(project, 'out/cli.mjs'))).toBe(true);

        const cli = path.join(project, 'electron/cli.ts');
        fs.writeFileSync(cli, fs.readFileSync(cli, 'utf8').replace('v1', 'v2'));
        const later = new Date(Date.now() + 5_000);
        fs.utimesSync(cli, later, later);
        expect(launch(project, 'info').stdout).toBe('v2 info\n');
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
      }
    });

    it('says to run npm install and npm run build when it cannot build', { timeout: 60_000 }, () => {
      const project = standInProject(false);
      try {
        const result = launch(project, 'info', 'a.capm');
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('« npm install » puis « npm run build »');
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
      }
    });

    it('says to run npm run build where there is neither bundle nor builder', { timeout: 60_000 }, () => {
      const project = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-bin-bare-'));
      try {
        fs.mkdirSync(path.join(project, 'bin'));
        fs.cpSync(bin, path.join(project, 'bin/cap-marketing.mjs'));
        const result = launch(project, 'info', 'a.capm');
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('out/cli.mjs manque');
        expect(result.stderr).toContain('« npm run build »');
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
      }
    });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';

const fixture = path.join(__dirname, '..', 'fixtures', 'plan-format-1.capm');
let dir: string;
let out: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-readonly-'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-readonly-out-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

const quiet = { out: () => {}, err: () => {} };
const listing = (folder: string) => fs.readdirSync(folder).sort().map((name) => [name, fs.readFileSync(path.join(folder, name)).toString('base64')]);

describe('info, check and export only read the plan', () => {
  it('leave the plan’s folder byte for byte as it was, with no backup or journal beside it', async () => {
    const plan = path.join(dir, 'plan.capm');
    fs.copyFileSync(fixture, plan);
    const before = listing(dir);
    expect(await runCli(['info', plan], quiet)).toBe(0);
    expect(await runCli(['check', plan, '--json'], quiet)).toBe(0);
    expect(await runCli(['export', plan, '--json', path.join(out, 'plan.json')], quiet)).toBe(0);
    expect(listing(dir)).toEqual(before);
  });

  it('refuse a file that is not a plan without writing anything beside it', async () => {
    const text = path.join(dir, 'notes.capm');
    fs.writeFileSync(text, 'pas un plan');
    const before = listing(dir);
    const errors: string[] = [];
    expect(await runCli(['check', text], { out: () => {}, err: (line) => errors.push(line) })).toBe(1);
    expect(errors.join('\n')).not.toMatch(/Erreur inattendue/);
    expect(listing(dir)).toEqual(before);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileNameFor, freePathIn } from '../../electron/core/services/planSession';

// Characters Windows refuses in a file name (the strictest of the three systems).
// eslint-disable-next-line no-control-regex -- control characters are part of what Windows refuses.
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;

describe('fileNameFor', () => {
  it('keeps an ordinary French title as it is', () => {
    expect(fileNameFor('Boulangerie Martin – été 2027')).toBe('Boulangerie Martin – été 2027.capm');
  });

  it('replaces every character Windows refuses', () => {
    const name = fileNameFor('Q1: "promo" <soldes>/hiver\\2027|?*');
    expect(name).toBe('Q1- -promo- -soldes--hiver-2027---.capm');
    expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  });

  it('replaces control characters and collapses runs of spaces', () => {
    const name = fileNameFor('Plan\u0000\u0007\u001f  mars    avril');
    expect(name).toBe('Plan--- mars avril.capm');
    expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  });

  it('never yields a name that climbs out of the folder', () => {
    const name = fileNameFor('../../etc/passwd');
    expect(name).not.toContain('/');
    expect(path.basename(name)).toBe(name);
  });

  it('steps around the device names Windows reserves', () => {
    expect(fileNameFor('Con')).toBe('Con_.capm');
    expect(fileNameFor('nul')).toBe('nul_.capm');
    expect(fileNameFor('LPT1')).toBe('LPT1_.capm');
    expect(fileNameFor('Console')).toBe('Console.capm');
  });

  it('falls back to "Plan" for an empty or blank title', () => {
    expect(fileNameFor('')).toBe('Plan.capm');
    expect(fileNameFor('   ')).toBe('Plan.capm');
  });

  it('cuts long titles to 80 characters before the extension', () => {
    const name = fileNameFor('a'.repeat(200));
    expect(name).toBe(`${'a'.repeat(80)}.capm`);
  });
});

describe('freePathIn', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('numbers the name from (2) when it is taken', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-free-'));
    expect(freePathIn(dir, 'Plan.capm')).toBe(path.join(dir, 'Plan.capm'));
    fs.writeFileSync(path.join(dir, 'Plan.capm'), '');
    expect(freePathIn(dir, 'Plan.capm')).toBe(path.join(dir, 'Plan (2).capm'));
    fs.writeFileSync(path.join(dir, 'Plan (2).capm'), '');
    expect(freePathIn(dir, 'Plan.capm')).toBe(path.join(dir, 'Plan (3).capm'));
  });
});

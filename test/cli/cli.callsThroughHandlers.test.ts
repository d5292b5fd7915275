import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, type CallName } from '../../shared/contract';
import { cliIn } from './cliFixture';

// Every call the CLI makes, recorded at the one door IPC and the HTTP bridge also go through.
const recorded = vi.hoisted(() => [] as { name: string; input: unknown; ok: boolean }[]);
vi.mock('../../electron/core/services/handlers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/core/services/handlers')>();
  return {
    ...actual,
    dispatch: async (...args: Parameters<typeof actual.dispatch>) => {
      const result = await actual.dispatch(...args);
      recorded.push({ name: args[1], input: args[2], ok: result.ok });
      return result;
    },
  };
});

let dir: string;
const inDir = (name: string) => path.join(dir, name);

/** The calls one command made, and whether the contract's own schema accepts each input. */
async function callsOf(...argv: string[]) {
  recorded.length = 0;
  const result = await cliIn(dir, ...argv);
  const accepted = recorded.every(({ name, input }) => contract[name as CallName].input.safeParse(input).success);
  return { ...result, calls: recorded.map(({ name }) => name), accepted };
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-cli-calls-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('each CLI command is a few contract calls', () => {
  it('new, new --sample, info, check, export and import', async () => {
    expect((await callsOf('new', inDir('a.capm'), '--name', 'Martin'))).toMatchObject({ code: 0, calls: ['plan.create'], accepted: true });
    expect((await callsOf('new', inDir('b.capm'), '--sample', 'bakery'))).toMatchObject({ code: 0, calls: ['plan.createFromSample'], accepted: true });
    expect(await callsOf('info', inDir('b.capm'))).toMatchObject({ code: 0, calls: ['plan.open'], accepted: true });
    expect(recorded[0].input).toEqual({ path: inDir('b.capm'), readOnly: true });
    expect(await callsOf('check', inDir('b.capm'), '--as-of', '2027-06-30')).toMatchObject({ code: 0, calls: ['plan.open', 'plan.check'], accepted: true });
    expect(recorded[1].input).toEqual({ language: 'fr', asOf: '2027-06-30' });
    expect(await callsOf('export', inDir('b.capm'), '--json', inDir('b.json'), '--xlsx', inDir('b.xlsx'))).toMatchObject({
      code: 0,
      calls: ['plan.open', 'plan.exportJson', 'plan.exportToFile'],
      accepted: true,
    });
    expect(await callsOf('import', inDir('b.json'), inDir('c.capm'))).toMatchObject({ code: 0, calls: ['plan.importJson'], accepted: true });
  });

  it('answers with the contract’s refusal, before any service runs', async () => {
    const long = 'B'.repeat(contract['plan.create'].input.unwrap().shape.title.unwrap().maxLength! + 1);
    const result = await callsOf('new', inDir('long.capm'), '--name', long);
    expect(result).toMatchObject({ code: 1, calls: ['plan.create'], accepted: false });
    expect(result.err).toMatch(/^Valeur refusée : title /);
    expect(recorded[0].ok).toBe(false);
    expect(fs.existsSync(inDir('long.capm'))).toBe(false);
  });

  it('refuses a path with a control character as the app does', async () => {
    const result = await callsOf('new', inDir('copie\u0007.capm'));
    expect(result).toMatchObject({ code: 1, calls: ['plan.create'], accepted: false });
    expect(result.err).toMatch(/^Chemin refusé : /);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

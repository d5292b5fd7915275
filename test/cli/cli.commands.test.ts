import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './cliFixture';
import { toInterchange } from '../../shared/interchange';
import { fullPlan } from '../shared/fixtures/fullPlan';

let dir: string;

/** Runs the CLI with its output captured, as a user would see it. */

const inDir = (name: string) => path.join(dir, name);
const readExport = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as { exportedAt: string; plan: unknown };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-cli-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('cap-marketing new and info', () => {
  it('`new` creates a plan that `info` summarises with its name and year', async () => {
    const file = inDir('martin.capm');
    const created = await cli('new', file, '--name', 'Boulangerie Martin', '--year', '2027');
    expect(created).toEqual({ code: 0, out: `Plan créé : ${file}`, err: '' });
    expect(fs.existsSync(file)).toBe(true);

    const info = await cli('info', file);
    expect(info.code).toBe(0);
    expect(info.err).toBe('');
    const lines = info.out.split('\n');
    expect(lines).toContain('Plan : Boulangerie Martin');
    expect(lines).toContain('Année : 2027');
    expect(lines).toContain('Contenu : 0 objectif(s), 0 action(s), 0 segment(s)');
    expect(lines).toContain('CA prévisionnel : 0,00\u00a0€');
    // Only the name is filled in a new plan: the company step has begun.
    expect(lines).toContain('Étape Entreprise : En cours');
  });

  it('`new` without options uses next year and a default title', async () => {
    const file = inDir('defaut.capm');
    expect((await cli('new', file)).code).toBe(0);
    const info = (await cli('info', file)).out;
    expect(info).toContain(`Année : ${new Date().getFullYear() + 1}`);
    expect(info).toContain('Plan : Plan marketing');
  });

  it('`new` on an existing file fails with exit 1, a French message, and leaves the file alone', async () => {
    const file = inDir('existe.capm');
    fs.writeFileSync(file, 'déjà là');
    const result = await cli('new', file, '--name', 'Autre');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toBe(`Un fichier existe déjà à cet emplacement : ${file}. Choisissez un autre nom.`);
    expect(fs.readFileSync(file, 'utf8')).toBe('déjà là');
  });

  it('`--lang en` speaks English', async () => {
    const file = inDir('english.capm');
    expect((await cli('new', file, '--name', 'Martin Bakery', '--year', '2028', '--lang', 'en')).out).toBe(`Plan created: ${file}`);
    const lines = (await cli('info', file, '--lang', 'en')).out.split('\n');
    expect(lines).toContain('Year: 2028');
    expect(lines).toContain('Step Company: In progress');
    expect((await cli('new', file, '--lang', 'en')).err).toBe(`A file already exists there: ${file}. Choose another name.`);
  });

  it('an unknown --lang falls back to French', async () => {
    expect((await cli('new', inDir('x.capm'), '--lang', 'de')).out).toMatch(/^Plan créé : /);
  });

  it('`info` on a text file exits 1 with "n’est pas un plan" and leaves the file unchanged', async () => {
    const file = inDir('notes.capm');
    const content = 'Ceci est une liste de courses, pas un plan.\n'.repeat(10);
    fs.writeFileSync(file, content);
    const before = fs.statSync(file);
    const result = await cli('info', file);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('n’est pas un plan');
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(fs.readdirSync(dir)).toEqual(['notes.capm']);
  });

  it('`info` on an empty file says it is empty', async () => {
    const file = inDir('vide.capm');
    fs.writeFileSync(file, '');
    const result = await cli('info', file);
    expect(result.code).toBe(1);
    expect(result.err).toBe('Ce fichier est vide : ce n’est pas un plan Cap Marketing.');
  });

  it('`info` on a missing file names it', async () => {
    const file = inDir('absent.capm');
    const result = await cli('info', file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Fichier introuvable : ${file}`);
  });
});

describe('cap-marketing export and import', () => {
  it('`export --json` then `import` round-trips a full plan', async () => {
    const source = inDir('source.json');
    fs.writeFileSync(source, JSON.stringify(toInterchange(fullPlan(), '2026-01-01T00:00:00.000Z')));
    const first = inDir('first.capm');
    expect(await cli('import', source, first)).toEqual({ code: 0, out: `Plan importé : ${first}`, err: '' });

    const firstJson = inDir('first.json');
    expect(await cli('export', first, '--json', firstJson)).toEqual({ code: 0, out: `Plan exporté : ${firstJson}`, err: '' });
    const second = inDir('second.capm');
    expect((await cli('import', firstJson, second)).code).toBe(0);
    const secondJson = inDir('second.json');
    expect((await cli('export', second, '--json', secondJson)).code).toBe(0);

    const a = readExport(firstJson);
    const b = readExport(secondJson);
    expect(b.plan).toEqual(a.plan);
    expect(a.plan).toEqual(fullPlan());
    expect(Number.isNaN(Date.parse(a.exportedAt))).toBe(false);
  });

  it('round-trips a plan made by `new`', async () => {
    const plan = inDir('neuf.capm');
    await cli('new', plan, '--name', 'Neuf', '--year', '2030');
    await cli('export', plan, '--json', inDir('neuf.json'));
    expect((await cli('import', inDir('neuf.json'), inDir('copie.capm'))).code).toBe(0);
    await cli('export', inDir('copie.capm'), '--json', inDir('copie.json'));
    expect(readExport(inDir('copie.json')).plan).toEqual(readExport(inDir('neuf.json')).plan);
    expect((await cli('info', inDir('copie.capm'))).out).toContain('Année : 2030');
  });

  it('`import` refuses a JSON file that is not a plan, and creates nothing', async () => {
    fs.writeFileSync(inDir('autre.json'), JSON.stringify({ format: 'autre-logiciel', formatVersion: 1 }));
    const result = await cli('import', inDir('autre.json'), inDir('plan.capm'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Ce fichier JSON n’est pas un plan valide : /);
    expect(fs.existsSync(inDir('plan.capm'))).toBe(false);
  });

  it('`import` refuses a newer interchange version', async () => {
    fs.writeFileSync(inDir('futur.json'), JSON.stringify({ ...toInterchange(fullPlan(), ''), formatVersion: 2 }));
    const result = await cli('import', inDir('futur.json'), inDir('plan.capm'));
    expect(result.code).toBe(1);
    expect(result.err).toBe('Format d’échange non pris en charge (version 2, attendue : 1).');
  });

  it('`import` from a missing JSON file names it', async () => {
    const result = await cli('import', inDir('absent.json'), inDir('plan.capm'));
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Fichier introuvable : ${inDir('absent.json')}`);
  });
});

describe('cap-marketing refusals', () => {
  it.each(['1999', '2101', 'deux-mille', '2027.5', ''])('refuses the year %j with exit 1', async (year) => {
    const file = inDir('annee.capm');
    const result = await cli('new', file, '--year', year);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Année invalide : ${year} (attendu : 2000 à 2100)`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses an unknown command', async () => {
    const result = await cli('supprimer', inDir('plan.capm'));
    expect(result.code).toBe(1);
    expect(result.err).toBe('Commande inconnue : supprimer');
  });

  it.each([
    [['new'], 'FILE'],
    [['info'], 'FILE'],
    [['export', 'plan.capm'], '--pdf | --xlsx | --json'],
    [['import'], 'JSON'],
    [['import', 'plan.json'], 'FILE'],
  ])('%j says which argument is missing', async (argv, name) => {
    const result = await cli(...argv);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Argument manquant : ${name}`);
  });

  it('without a command prints the usage and exits non-zero', async () => {
    const result = await cli();
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/^Utilisation : cap-marketing <commande>/);
  });

  it('`help` prints the usage and succeeds', async () => {
    const result = await cli('help', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: cap-marketing <command>/);
  });
});

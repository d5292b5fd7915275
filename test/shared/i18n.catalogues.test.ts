import { describe, expect, it } from 'vitest';
import { menuCommands } from '../../shared/callNames';
import { createTranslator, describeError, languages, resources } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { errorCodes } from '../../shared/result';
import { stepIds } from '../../shared/steps';
import { collectionNames } from '../../shared/plan';

/** Every leaf of a catalogue, by dotted path (array items by index). */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(path, leaf);
    }
  } else found.set(prefix, node);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]).sort();

const frLeaves = leaves(fr);
const enLeaves = leaves(en);
const lookup = (catalogue: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);

describe('the fr and en catalogues', () => {
  it('have exactly the same key paths', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
    expect(frLeaves.size).toBeGreaterThan(100);
  });

  it('hold only non-empty strings, but for the key dates\' month and day, the same in both languages', () => {
    for (const [language, catalogue] of [['fr', frLeaves], ['en', enLeaves]] as const) {
      for (const [path, value] of catalogue) {
        if (/^keyDates\.\d+\.(month|day)$/.test(path)) {
          expect(Number.isInteger(value), `${language} ${path}`).toBe(true);
          expect(value, path).toBe(frLeaves.get(path));
          continue;
        }
        expect(typeof value, `${language} ${path}`).toBe('string');
        expect((value as string).trim(), `${language} ${path}`).not.toBe('');
      }
    }
  });

  it('use the same {{placeholders}} for each key', () => {
    for (const [path, frText] of frLeaves) {
      expect(placeholders(String(enLeaves.get(path))), path).toEqual(placeholders(String(frText)));
    }
  });

  it('word every error code (errors.<code>)', () => {
    for (const code of errorCodes) {
      expect(lookup(fr, `errors.${code}`), `fr errors.${code}`).toBeTypeOf('string');
      expect(lookup(en, `errors.${code}`), `en errors.${code}`).toBeTypeOf('string');
    }
  });

  it('name every step (steps.names.<id>) and every menu command (menu.<command>)', () => {
    for (const catalogue of [fr, en]) {
      for (const step of stepIds) expect(lookup(catalogue, `steps.names.${step}`), step).toBeTypeOf('string');
      for (const command of menuCommands) expect(lookup(catalogue, `menu.${command}`), command).toBeTypeOf('string');
    }
  });

  it('say what was deleted in every collection (undo.deleted.<collection>), as the undo notice reads it', () => {
    for (const catalogue of [fr, en]) {
      for (const collection of collectionNames) expect(lookup(catalogue, `undo.deleted.${collection}`), collection).toBeTypeOf('string');
    }
  });

  it('are both registered under the declared languages', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort());
  });
});

describe('createTranslator', () => {
  it('translates into English', () => {
    const t = createTranslator('en');
    expect(t('menu.file')).toBe('File');
    expect(t('cli.created', { path: '/tmp/a.capm' })).toBe('Plan created: /tmp/a.capm');
  });

  it('translates into French', () => {
    const t = createTranslator('fr');
    expect(t('menu.file')).toBe('Fichier');
    expect(t('steps.names.offer')).toBe('Offre et prix');
  });

  it('keeps translators independent of each other', () => {
    const tFr = createTranslator('fr');
    const tEn = createTranslator('en');
    expect(tFr('menu.edit')).toBe('Édition');
    expect(tEn('menu.edit')).toBe('Edit');
  });
});

describe('describeError', () => {
  it('interpolates the error params into the sentence', () => {
    const text = describeError(createTranslator('fr'), { code: 'newerVersion', params: { fileVersion: 7, appVersion: 1 } });
    expect(text).toContain('format 7');
    expect(text).toContain('jusqu’au format 1');
    expect(text).not.toContain('{{');
  });

  it('does not HTML-escape paths (the CLI and exports show them as they are)', () => {
    const path = 'C:\\Plans\\R&D <2027>.capm';
    expect(describeError(createTranslator('en'), { code: 'notFound', params: { path } })).toBe(`File not found: ${path}`);
  });

  it('words an error without params', () => {
    expect(describeError(createTranslator('fr'), { code: 'noPlanOpen' })).toBe('Aucun plan n’est ouvert.');
  });
});

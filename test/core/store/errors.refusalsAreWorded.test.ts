import { describe, expect, it } from 'vitest';
import { createTranslator, describeError } from '../../../shared/i18n';
import { collectionNames, sectionNames } from '../../../shared/plan';
import type { AppError } from '../../../shared/result';

/** Every refusal of a file names its reason and says the file was left alone, in French and English. */
const parts = ['meta', ...sectionNames, ...collectionNames, 'sections', 'collections'];
const objectTypes = ['table', 'view', 'trigger', 'index', 'unknown'];
const path = '/tmp/plan.capm';
const refusals: AppError[] = [
  { code: 'isDirectory', params: { path } },
  { code: 'specialFile', params: { path } },
  { code: 'notReadable', params: { path } },
  { code: 'truncated' },
  { code: 'corrupted' },
  { code: 'foreignSchema', params: { name: 'plan_item' } },
  ...objectTypes.map((type): AppError => ({ code: 'unexpectedObject', params: { type, name: 'wipe' } })),
  ...parts.map((part): AppError => ({ code: 'invalidContent', params: { part } })),
  { code: 'newerVersion', params: { fileVersion: 9, appVersion: 1 } },
  { code: 'invalidVersion', params: { fileVersion: -5, appVersion: 1 } },
  { code: 'invalidPath', params: { path: 'copy\\u0000.capm' } },
  { code: 'fileChanged', params: { path } },
  { code: 'interruptedSave', params: { path } },
];

describe.each([
  ['fr', /(n’a pas été modifié|rien n’a été modifié)/i],
  ['en', /(was not changed|nothing was changed)/i],
] as const)('the %s sentence of each refusal', (language, untouched) => {
  const t = createTranslator(language);

  it.each(refusals.map((error) => [`${error.code} ${JSON.stringify(error.params ?? {})}`, error] as const))(
    'words %s in full and says the file was not modified',
    (_, error) => {
      const text = describeError(t, error);
      expect(text).not.toMatch(/\$t\(|\{\{|errors\./);
      expect(text).toMatch(untouched);
      expect(text).not.toBe(describeError(t, { code: 'internal' }));
    },
  );

  it('names the part of the plan and the kind of object', () => {
    expect(describeError(t, { code: 'invalidContent', params: { part: 'actions' } })).toContain(language === 'fr' ? 'les actions' : 'the actions');
    expect(describeError(t, { code: 'unexpectedObject', params: { type: 'trigger', name: 'wipe' } })).toContain(
      language === 'fr' ? 'un déclencheur « wipe »' : 'a trigger “wipe”',
    );
  });
});

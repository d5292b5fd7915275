import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator, languages, resources, type Language } from '../../../shared/i18n';
import { catalogTranslator } from '../../../shared/i18n/translator';

/** i18next set up as the app set it up before it had its own translator, and as the renderer still is. */
function i18nextTranslator(catalogs: Record<string, object>, language: string) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'fr',
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, translation]) => [lng, { translation }])),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  return (key: string, params: Record<string, unknown> = {}) => instance.t(key, params) as unknown;
}

/** Every text's key (plural forms under their common key) and the placeholders its forms hold. */
function textKeys(tree: object, prefix = ''): Map<string, { names: Set<string>; plural: boolean }> {
  const keys = new Map<string, { names: Set<string>; plural: boolean }>();
  for (const [name, value] of Object.entries(tree)) {
    const key = `${prefix}${name}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, entry] of textKeys(value, `${key}.`)) keys.set(inner, entry);
      continue;
    }
    const plural = /_(zero|one|other)$/.test(key);
    const base = plural ? key.replace(/_(zero|one|other)$/, '') : key;
    const entry = keys.get(base) ?? { names: new Set<string>(), plural };
    if (typeof value === 'string') for (const match of value.matchAll(/\{\{(.+?)\}\}/g)) entry.names.add(match[1].trim());
    keys.set(base, entry);
  }
  return keys;
}

describe.each(languages)('the app’s translator in %s', (language: Language) => {
  const ours = createTranslator(language);
  const theirs = i18nextTranslator({ fr: resources.fr.translation, en: resources.en.translation }, language);
  const keys = textKeys(resources[language].translation);

  it('gives every text of the catalogs as i18next gives it, placeholders filled', () => {
    expect(keys.size).toBeGreaterThan(1000);
    for (const [key, { names, plural }] of keys) {
      const params = Object.fromEntries([...names].map((name) => [name, name === 'count' ? 3 : `‹${name}›`]));
      expect(ours(key, params), key).toEqual(theirs(key, params));
      expect(ours(key), `${key} without params`).toEqual(theirs(key));
      if (plural) for (const count of [0, 1, 2, 5, 1.5]) expect(ours(key, { ...params, count }), `${key} × ${count}`).toEqual(theirs(key, { ...params, count }));
    }
  });

  it('gives the key back for a text no catalog has, and lists (the month names) as they are', () => {
    expect(ours('nothing.here')).toBe(theirs('nothing.here'));
    expect(ours('months.short')).toEqual(theirs('months.short'));
  });
});

describe('the translator’s rules on small catalogs', () => {
  const catalogs = {
    fr: {
      only: { french: 'Seulement en français, {{name}}' },
      hello: 'Bonjour {{name}} et {{ other }}',
      nested: 'Ce fichier contient $t(kinds.{{kind}}) « {{name}} »',
      kinds: { trigger: 'un déclencheur', view: 'une vue' },
      deep: 'Valeur {{a.b}}',
      items_one: '{{count}} élément',
      items_other: '{{count}} éléments',
      items_zero: 'aucun élément',
    },
    en: { hello: 'Hello {{name}} and {{other}}', items_one: '{{count}} item', items_other: '{{count}} items' },
  };
  const cases: [string, Record<string, unknown>?][] = [
    ['only.french', { name: 'Zoé' }],
    ['hello', { name: 'Zoé' }],
    ['hello', { name: '{{other}}', other: 'x' }],
    ['hello', { name: null, other: undefined }],
    ['hello', { name: 12.5, other: true }],
    ['nested', { kind: 'trigger', name: 'drop' }],
    ['nested', { kind: 'view', name: '$t(kinds.trigger)' }],
    ['nested', { kind: 'missing', name: 'n' }],
    ['deep', { a: { b: 'profond' } }],
    ['items', { count: 0 }],
    ['items', { count: 1 }],
    ['items', { count: 4 }],
    ['items', { count: '4' }],
  ];
  it.each(['fr', 'en'] as const)('in %s, gives what i18next gives', (language) => {
    const ours = catalogTranslator(catalogs as never, language, 'fr');
    const theirs = i18nextTranslator(catalogs, language);
    for (const [key, params] of cases) expect(ours(key, params), `${key} ${JSON.stringify(params)}`).toEqual(theirs(key, params));
  });
});

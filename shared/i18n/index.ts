import i18next, { type i18n } from 'i18next';
import { fr } from './fr';
import { en } from './en';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** A ready translator for the CLI, the exports and tests; the renderer binds the same resources to React. */
export function createTranslator(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: defaultLanguage,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  return instance;
}

export type { Catalog } from './fr';

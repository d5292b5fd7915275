import type { AppError } from '../result';
import { fr } from './fr';
import { en } from './en';
import { catalogTranslator } from './translator';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A ready translator for the CLI, the main process, the exports and tests; the renderer binds the same resources to React. */
export function createTranslator(language: Language): Translate {
  const translate = catalogTranslator({ fr, en }, language, defaultLanguage);
  return (key, params) => translate(key, params) as string;
}

/** The sentence for an expected failure, the same on screen, in the CLI and in exports. */
export const describeError = (t: Translate, error: AppError): string => t(`errors.${error.code}`, error.params);

export type { Catalog } from './fr';

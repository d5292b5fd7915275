import type { ExportOptions } from '../../../../electron/core/export/options';

/** Noon UTC: the printed date is the same in every time zone the tests run in. */
export const frenchOptions: ExportOptions = { language: 'fr', author: null, generatedAt: new Date('2026-10-01T12:00:00Z') };
export const englishOptions: ExportOptions = { ...frenchOptions, language: 'en' };

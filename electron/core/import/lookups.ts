import { actionPlanEn } from '../../../shared/i18n/actionPlan.en';
import { actionPlanFr } from '../../../shared/i18n/actionPlan.fr';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { actionCategories, type ActionCategory } from '../../../shared/plan';
import { fold } from './text';

/** Category by its key or its label in either language, folded. */
const categoryByName = new Map<string, ActionCategory>();
for (const category of actionCategories) {
  for (const name of [category, actionPlanFr.actionPlan.categories[category], actionPlanEn.actionPlan.categories[category]]) {
    categoryByName.set(fold(name), category);
  }
}
export const findCategory = (text: string): ActionCategory | undefined => categoryByName.get(fold(text));

/**
 * Month by the names the catalogues show (short and long, French and English, dots dropped),
 * by number (1–12, "03"), and by the few abbreviations people type that the catalogues lack.
 */
const monthByName = new Map<string, number>();
const foldMonth = (text: string) => fold(text).replace(/\.$/, '');
for (const names of [fr.months.short, fr.months.long, en.months.short, en.months.long]) {
  names.forEach((name, index) => monthByName.set(foldMonth(name), index + 1));
}
for (const [name, month] of [['fev', 2], ['sept', 9], ['juil', 7], ['dec', 12]] as const) monthByName.set(name, month);
for (let month = 1; month <= 12; month++) {
  monthByName.set(String(month), month);
  monthByName.set(String(month).padStart(2, '0'), month);
}
export const findMonth = (token: string): number | undefined => monthByName.get(foldMonth(token));

/** Month names are one word each, so spaces separate them as well as ';' and ','. */
export const splitMonths = (text: string): string[] => text.split(/[;,\s]+/).filter((token) => token !== '');

/** A KPI named as in the catalogue (either language) keeps its catalogue key and unit. */
export interface CatalogueKpi {
  key: string;
  unit: string;
}
const kpiByName = new Map<string, CatalogueKpi>();
for (const catalogue of [actionPlanEn.kpiCatalogue, actionPlanFr.kpiCatalogue]) {
  for (const [key, entry] of Object.entries(catalogue)) kpiByName.set(fold(entry.name), { key, unit: entry.unit });
}
export const findCatalogueKpi = (name: string): CatalogueKpi | undefined => kpiByName.get(fold(name));

/** Finds plan items by folded name; the first item wins when two share a name. */
export function nameIndex<T>(items: T[], nameOf: (item: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const key = fold(nameOf(item));
    if (key !== '' && !index.has(key)) index.set(key, item);
  }
  return index;
}

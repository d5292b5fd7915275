import type { TFunction } from 'i18next';
import type { ActionCategory, ObjectiveFamily } from '../../../shared/plan';

export interface CatalogueAction {
  key: string;
  category: ActionCategory;
  family: ObjectiveFamily;
  audience: 'b2c' | 'b2b' | 'both';
  title: string;
  description: string;
  kpis: string[];
  detail: { resources: string; successFactors: string; limits: string; review: string };
}

export interface CatalogueKpi {
  name: string;
  unit: string;
  help: string;
}

/** The ready actions and KPIs live in the catalogues, in the interface's language. */
export function catalogueActions(t: TFunction): CatalogueAction[] {
  const entries: unknown = t('actionCatalogue', { returnObjects: true });
  return Array.isArray(entries) ? (entries as CatalogueAction[]) : [];
}

export function catalogueKpis(t: TFunction): Record<string, CatalogueKpi> {
  const entries: unknown = t('kpiCatalogue', { returnObjects: true });
  return typeof entries === 'object' && entries !== null ? (entries as Record<string, CatalogueKpi>) : {};
}

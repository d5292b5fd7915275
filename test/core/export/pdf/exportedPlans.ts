import { exportPdf } from '../../../../electron/core/export/pdf';
import type { Language } from '../../../../shared/i18n';
import { emptyPlan, type Plan } from '../../../../shared/plan';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { fixtureAction } from '../../../shared/fixtures/fixtureAction';
import { englishOptions, frenchOptions } from './options';
import { pdfPages } from './pdfText';

/** A plan just started: a title, and one action with a description and one cost. */
export function oneActionPlan(): Plan {
  const plan = emptyPlan(2027, 'Plan de démarrage', '2026-09-01T08:00:00.000Z');
  return {
    ...plan,
    actions: [
      fixtureAction('act-1', 'printOutdoor', 'Flyers chez les commerçants voisins', [3, 4], [
        { id: 'c-1', kind: 'fixed', label: 'Impression', amountCents: 125_000, period: { kind: 'quarter', quarter: 2 } },
      ], { description: 'Déposer 500 flyers chez les commerçants de la rue, avec une offre de bienvenue.', objectiveIds: [], segmentIds: [] }),
    ],
  };
}

export interface ExportedPlan {
  name: string;
  plan: Plan;
  language: Language;
  pages: string[];
}

/** The four samples in French and English, and the fresh one-action plan, exported and read back. */
export async function exportedPlans(): Promise<ExportedPlan[]> {
  const plans: Omit<ExportedPlan, 'pages'>[] = [
    ...sampleIds.flatMap((id) => (['fr', 'en'] as const).map((language) => ({ name: `${id} (${language})`, plan: buildSample(id, language), language }))),
    { name: 'one action (fr)', plan: oneActionPlan(), language: 'fr' },
    { name: 'one action (en)', plan: oneActionPlan(), language: 'en' },
  ];
  return Promise.all(
    plans.map(async (entry) => ({ ...entry, pages: pdfPages(await exportPdf(entry.plan, entry.language === 'fr' ? frenchOptions : englishOptions)) })),
  );
}

/** The page's lines that hold text, without the footer (the export's date, then the name and "page n / N"). */
export function bodyLines(page: string): string[] {
  const lines = page.split('\n').filter((line) => line.trim() !== '');
  return lines.filter((line, index) => !(index >= lines.length - 2 && /page \d+ \/ \d+\s*$|^\s*(Exporté le|Exported on) /.test(line)));
}

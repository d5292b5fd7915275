import { resources } from '../../../../shared/i18n';
import type { Plan } from '../../../../shared/plan';
import { emptyPlan } from '../../../../shared/plan';
import type { Language } from '../../../../shared/i18n';

/** Every word the PDF can print: the plan's own texts and the catalogue of the export's language. */
export function knownWords(plan: Plan, language: Language): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.split(/\s+/)) words.add(word);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(plan);
  walk(resources[language].translation);
  return words;
}

/**
 * Words cut without a hyphen: in pdftotext's stream order (-raw, the order the lines are drawn, so a
 * cell's lines follow each other), a piece that is no word of its own but makes a known word with
 * the next piece ("Merchandisi" + "ng"). A cut with its hyphen ("Merchandi-" + "sing") is fine.
 */
export function wordsCutWithoutHyphen(rawText: string, known: Set<string>): string[] {
  const tokens = rawText.replace(/[\u00a0\u202f]/g, ' ').split(/\s+/).filter((token) => token !== '');
  const cut: string[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    const [piece, next] = [tokens[index], tokens[index + 1]];
    // Only letters make words here: amounts and percentages are printed on one line (noWrap) anyway.
    if (piece.endsWith('-') || known.has(piece) || !/\p{L}$/u.test(piece) || !/^\p{L}/u.test(next)) continue;
    if (known.has(piece + next)) cut.push(`${piece}/${next}`);
  }
  return cut;
}

/** A new plan with one action whose texts are hard to fit: long words, a hyphenated compound. */
export function oneActionPlan(): Plan {
  const plan = emptyPlan(2027, 'Plan neuf', '2026-10-01T12:00:00.000Z');
  plan.company.name = 'Cabinet Durand';
  plan.actions = [
    {
      id: 'action-1',
      category: 'websiteSeo',
      title: 'Référencement-naturel-local des experts-comptables Merchandisingetcommunicationdigitaleetréférencementnaturellocalpourlesartisans',
      objectiveIds: [],
      segmentIds: [],
      owner: { kind: 'provider', name: 'Agence Merchandisingetcommunication' },
      // Wider than any column can be: it has to be cut, with hyphens.
      description: 'Atelier Merchandisingetcommunicationdigitaleetréférencementnaturellocalpourlesartisansduquartier',
      activeMonths: [3, 4, 5],
      costLines: [{ id: 'c1', kind: 'fixed', label: 'Création', amountCents: 120_050, period: { kind: 'quarter', quarter: 1 } }],
      kpis: [],
      detail: { resources: '', successFactors: '', limits: '', review: '' },
      actualSpendCents: Array.from({ length: 12 }, () => null),
    },
  ];
  return plan;
}

import type { Action, CustomerFigures, Plan, RgpdItem, RgpdItemId } from '../../../shared/plan';
import { buildSample } from '../../../shared/samples';

/** An action with nothing but what the RGPD rules read: its category, title and description. */
export const rgpdAction = (patch: Partial<Action> = {}): Action => ({
  id: 'a1',
  category: 'events',
  title: 'Atelier pain',
  description: '',
  objectiveIds: [],
  segmentIds: [],
  owner: { kind: 'person', name: 'Élodie' },
  activeMonths: [3],
  costLines: [],
  kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array(12).fill(null),
  ...patch,
});

/** The figures of a bakery's sales export: 1 480 customers, 260 of them « à réactiver » (17,6 %). */
export const bakeryFigures = (patch: Partial<CustomerFigures> = {}): CustomerFigures => ({
  asOf: '2026-12-31',
  customers: 1480,
  purchases: 9625,
  revenueCents: 125_012_50,
  averageBasketCents: 1_250_00,
  purchasesPerYearHundredths: 650,
  retentionBasisPoints: 6_240,
  top20ShareBasisPoints: 5_830,
  previousCustomers: 1390,
  segments: { new: 210, loyal: 540, lost: 180, toReactivate: 260, occasional: 290 },
  probableDuplicates: 12,
  mergedDuplicates: 10,
  monthlyRevenue: [],
  lines: 9700,
  badRows: 75,
  creditNotes: 14,
  ...patch,
});

/** A partly filled checklist: three done, two not applicable, the rest (one with a note) still to do. */
export const partlyFilledItems = (): Partial<Record<RgpdItemId, RgpdItem>> => ({
  register: { state: 'done', note: 'Registre simplifié de la CNIL, rempli en janvier.' },
  legalBasis: { state: 'done', note: '' },
  information: { state: 'todo', note: 'Ajouter la mention au dos de la carte de fidélité.' },
  phoneConsent: { state: 'notApplicable', note: 'Nous n’appelons pas nos clients.' },
  b2bOptOut: { state: 'notApplicable', note: '' },
  security: { state: 'done', note: 'Sauvegarde chaque vendredi sur un disque rangé à la maison.' },
});

/** The bakery sample with a sales file imported (amounts TTC) and the checklist partly filled. */
export function customersPlan(): Plan {
  const plan = buildSample('bakery', 'fr');
  plan.customerFile = {
    ...plan.customerFile,
    source: { fileName: 'ventes-2026.csv', sha256: 'a'.repeat(64), importedAt: '2027-01-05T10:00:00.000Z' },
    amounts: 'ttc',
    figures: bakeryFigures(),
  };
  plan.rgpd = { items: partlyFilledItems() };
  return plan;
}

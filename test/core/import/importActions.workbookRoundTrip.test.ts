import { describe, expect, it } from 'vitest';
import { actionBudget, quarterTotals } from '../../../shared/compute/budget';
import { action as actionSchema, type Action, type Plan } from '../../../shared/plan';
import { actionSheetRows, newAction, planWithNames, preview, workbookBytes, type Language } from './helpers';

/** A plan whose actions use every kind of cost line and every list column. */
function planWithActions(): Plan {
  const plan = planWithNames();
  plan.actions = [
    newAction({
      id: 'a1',
      title: 'Salon du chocolat',
      category: 'events',
      description: 'Stand de 9 m²\nContact : 06 12 34 56 78, 01234 Ville',
      objectiveIds: ['obj-loyalty', 'obj-awareness'],
      segmentIds: ['seg-families'],
      owner: { kind: 'person', name: 'Marie Martin' },
      activeMonths: [2, 3],
      costLines: [
        { id: 'c1', kind: 'fixed', label: 'Stand', amountCents: 85_050, period: { kind: 'quarter', quarter: 1 } },
        { id: 'c2', kind: 'fixed', label: 'Affiches', amountCents: 50_001, period: { kind: 'months', from: 4, to: 6 } },
      ],
      kpis: [{ id: 'k1', name: 'Nombre de contacts', unit: '', target: '', actualByMonth: Array(12).fill(null), catalogueKey: null }],
    }),
    newAction({
      id: 'a2',
      title: 'Publicité locale « été »',
      category: 'onlineAdvertising',
      segmentIds: ['seg-offices', 'seg-families'],
      owner: { kind: 'person', name: 'Paul' },
      activeMonths: [7, 8, 12],
      costLines: [
        { id: 'c3', kind: 'percentOfRevenue', label: '', rateBasisPoints: 350, period: { kind: 'months', from: 7, to: 12 } },
        { id: 'c4', kind: 'fixed', label: '', amountCents: 120_000, period: { kind: 'year' } },
        { id: 'c5', kind: 'internalHours', label: '', minutes: 360, per: 'week', period: { kind: 'year' } },
      ],
    }),
    newAction({ id: 'a3', title: 'Vitrine de Noël', category: 'merchandising', activeMonths: [] }),
  ];
  return plan;
}

const quarters = (action: Action, plan: Plan) => quarterTotals(actionBudget(action, plan.company.revenueForecastCents).cents);

/** What a round trip must keep (ids are new, cost lines become one fixed line per quarter). */
const comparable = (action: Action, plan: Plan) => ({
  title: action.title,
  category: action.category,
  description: action.description,
  objectiveIds: action.objectiveIds,
  segmentIds: action.segmentIds,
  owner: action.owner,
  activeMonths: action.activeMonths,
  quartersCents: quarters(action, plan),
  kpiNames: action.kpis.map((kpi) => kpi.name),
});

describe.each<Language>(['fr', 'en'])('our workbook, headers in %s, read back', (language) => {
  it('gives back the same actions: title, category, links, owner, quarters, months', async () => {
    const plan = planWithActions();
    const bytes = await workbookBytes([{ name: 'Actions', rows: actionSheetRows(plan, language) }]);
    const result = await preview(bytes, { ...plan, actions: [] });

    expect(result.format).toBe('xlsx');
    expect(result.refused).toEqual([]);
    expect(result.warnings).toEqual([]);
    const imported = new Map(result.accepted.map(({ action }) => [action.title, action]));
    for (const original of plan.actions) {
      const action = imported.get(original.title);
      expect(action, original.title).toBeDefined();
      expect(comparable(action!, plan)).toEqual(comparable(original, plan));
      expect(actionSchema.safeParse(action).success).toBe(true);
      expect(action!.id).not.toBe(original.id);
    }
  });
});

describe('reading a workbook', () => {
  it('finds the actions sheet among others, under a title row, and says which sheet it read', async () => {
    const plan = planWithActions();
    const bytes = await workbookBytes([
      { name: 'Budget', rows: [['Trimestre', 'Montant'], ['T1', 1200]] },
      { name: 'Actions', rows: [['Plan marketing 2027'], [], ...actionSheetRows(plan, 'fr')] },
    ]);
    const result = await preview(bytes);
    expect(result.sheetName).toBe('Actions');
    expect(result.accepted.map((entry) => entry.row)).toEqual([4, 5, 6]);
  });

  it('takes a formula’s cached result as text, never evaluating it, and keeps text that looks like a number', async () => {
    const bytes = await workbookBytes([
      {
        name: 'Feuil1',
        rows: [
          ['Action', 'Description', 'T1', 'T2', 'Mois', 'Responsable'],
          [
            { formula: 'UPPER("x")', result: 'Jeu-concours' },
            { formula: 'A1&B1', result: '01234 — 06 12 34 56 78 — 14/02/2027' },
            { formula: 'SUM(1,2)', result: 1250.5 },
            { sharedFormula: 'C2', result: 300 } as never,
            '03',
            { richText: [{ text: 'Marie ' }, { text: 'Martin', font: { bold: true } }] },
          ],
        ],
      },
    ]);
    const [{ action }] = (await preview(bytes)).accepted;
    expect(action.title).toBe('Jeu-concours');
    expect(action.description).toBe('01234 — 06 12 34 56 78 — 14/02/2027');
    expect(action.owner).toEqual({ kind: 'person', name: 'Marie Martin' });
    expect(action.activeMonths).toEqual([3]);
    expect(action.costLines.map((line) => line.kind === 'fixed' && [line.amountCents, line.period])).toEqual([
      [125_050, { kind: 'quarter', quarter: 1 }],
      [30_000, { kind: 'quarter', quarter: 2 }],
    ]);
  });

  it('writes a date cell in a text column as a French date', async () => {
    const bytes = await workbookBytes([{ name: 'Feuil1', rows: [['Action', 'Description'], ['Portes ouvertes', new Date(Date.UTC(2027, 1, 14))]] }]);
    expect((await preview(bytes)).accepted[0].action.description).toBe('14/02/2027');
  });
});

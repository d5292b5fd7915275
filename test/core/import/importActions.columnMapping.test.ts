import { describe, expect, it } from 'vitest';
import { newAction, parse, planWithNames, preview, workbookBytes } from './helpers';

const oneAction = async (csv: string) => {
  const result = await preview(csv);
  expect(result.refused).toEqual([]);
  expect(result.accepted).toHaveLength(1);
  return { action: result.accepted[0].action, warnings: result.warnings };
};

describe('the columns of a hand-made sheet', () => {
  it('need only an Action column; the rest of the action is empty but valid', async () => {
    const { action, warnings } = await oneAction('Action\nDistribuer des flyers\n');
    expect(warnings).toEqual([]);
    expect(action).toMatchObject({
      category: 'other',
      title: 'Distribuer des flyers',
      description: '',
      objectiveIds: [],
      segmentIds: [],
      owner: { kind: 'person', name: '' },
      activeMonths: [],
      costLines: [],
      kpis: [],
    });
    expect(action.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('are recognised by id, French or English label, whatever the case and accents, and a few common words', async () => {
    const { action } = await oneAction('TITRE;categorie;Budget (€);month;Owner;Cible\nSalon;events;300;mars;Léa;Bureaux voisins\n');
    expect(action).toMatchObject({ title: 'Salon', category: 'events', activeMonths: [3], owner: { name: 'Léa' }, segmentIds: ['seg-offices'] });
    expect(action.costLines).toMatchObject([{ amountCents: 30_000, period: { kind: 'year' } }]);
  });

  it('refuse the whole file, clearly, when no column is named Action', async () => {
    expect(await parse('Nom;Prix;Quantité\nPain;1,20;3\n')).toEqual({
      ok: false,
      error: { code: 'missingRequiredColumn', params: { column: 'Action' } },
    });
    const workbook = await workbookBytes([{ name: 'Feuil1', rows: [['Produit', 'Prix'], ['Pain', 1.2]] }]);
    expect(await parse(workbook)).toEqual({ ok: false, error: { code: 'missingRequiredColumn', params: { column: 'Action' } } });
  });

  it('report a column named twice and read the first', async () => {
    const result = await preview('Action;Mois;Mois\nSalon;mars;avril\n');
    expect(result.accepted[0].action.activeMonths).toEqual([3]);
    expect(result.warnings).toEqual([{ code: 'duplicateColumn', params: { column: 'Mois' } }]);
  });
});

describe('mapping a row', () => {
  it.each([
    ['Événements et salons', 'events'],
    ['EVENEMENTS ET SALONS', 'events'],
    ['Events and trade shows', 'events'],
    ['websiteSeo', 'websiteSeo'],
    ['E-mailing and CRM', 'emailingCrm'],
    ['', 'other'],
  ])('reads the category %j as %s', async (label, category) => {
    const { action, warnings } = await oneAction(`Action;Catégorie\nSalon;${label}\n`);
    expect(action.category).toBe(category);
    expect(warnings).toEqual([]);
  });

  it('files an unknown category under “other” with a warning rather than refusing the row', async () => {
    const { action, warnings } = await oneAction('Action;Catégorie\nSalon;Radio locale\n');
    expect(action.category).toBe('other');
    expect(warnings).toEqual([{ row: 2, code: 'unknownCategory', params: { value: 'Radio locale' } }]);
  });

  it.each([
    ['janv. ; mars ; déc.', [1, 3, 12]],
    ['janvier, Février,MARS', [1, 2, 3]],
    ['Jan Feb Sep', [1, 2, 9]],
    ['September;october', [9, 10]],
    ['1;2;12', [1, 2, 12]],
    ['03, 04', [3, 4]],
    ['aout août Aug', [8]],
    ['12 1', [1, 12]],
  ])('reads the months %j', async (months, expected) => {
    const { action } = await oneAction(`Action;Mois\nSalon;"${months}"\n`);
    expect(action.activeMonths).toEqual(expected);
  });

  it.each(['13', '0', 'Smarch', 'janv.-mars'])('refuses the month %j', async (month) => {
    const result = await preview(`Action;Mois\nSalon;${month}\n`);
    expect(result.refused).toMatchObject([{ row: 2, reason: { code: 'unknownMonth' } }]);
  });

  it('links objectives and targets by name, whatever the case and accents, and reports the unknown ones', async () => {
    const csv = 'Action;Objectifs;Cibles\nSalon;"fideliser LES CLIENTS ; Doubler le CA";"Bureaux voisins ; Touristes ; familles du quartier"\n';
    const { action, warnings } = await oneAction(csv);
    expect(action.objectiveIds).toEqual(['obj-loyalty']);
    expect(action.segmentIds).toEqual(['seg-offices', 'seg-families']);
    expect(warnings).toEqual([
      { row: 2, code: 'unknownObjective', params: { name: 'Doubler le CA' } },
      { row: 2, code: 'unknownSegment', params: { name: 'Touristes' } },
    ]);
  });

  it('matches an objective whose title holds the list separator as a whole', async () => {
    const plan = planWithNames();
    plan.objectives[0].title = 'Fidéliser ; puis recommander';
    const result = await preview('Action;Objectifs\nSalon;Fidéliser ; puis recommander\n'.replace('Fidéliser ; puis recommander', '"Fidéliser ; puis recommander"'), plan);
    expect(result.accepted[0].action.objectiveIds).toEqual(['obj-loyalty']);
  });

  it('keeps KPIs by name, with the catalogue’s key and unit when the name is the catalogue’s', async () => {
    const { action } = await oneAction('Action;Indicateurs\nSalon;"Taux de conversion ; Visiteurs du stand"\n');
    expect(action.kpis.map(({ name, catalogueKey, unit, target }) => ({ name, catalogueKey, unit, target }))).toEqual([
      { name: 'Taux de conversion', catalogueKey: 'conversionRate', unit: expect.any(String), target: '' },
      { name: 'Visiteurs du stand', catalogueKey: null, unit: '', target: '' },
    ]);
    expect(action.kpis[0].actualByMonth).toHaveLength(12);
  });

  it.each([
    ['1 250,50', 125_050],
    ['1250.5', 125_050],
    ['1 250 €', 125_000],
    ['1\u202f250,50\u00a0€', 125_050],
    ['300 EUR', 30_000],
  ])('reads the amount %j', async (amount, cents) => {
    const { action } = await oneAction(`Action;T3\nSalon;${amount}\n`);
    expect(action.costLines).toMatchObject([{ kind: 'fixed', amountCents: cents, period: { kind: 'quarter', quarter: 3 } }]);
  });

  it('uses the quarters when given and the total only otherwise; zero amounts make no cost line', async () => {
    const result = await preview('Action;T1;T2;T3;T4;Total\nA;100;0;;50;150\nB;;;;;1 200\nC;0;;;;\n');
    expect(result.warnings).toEqual([]);
    const lines = result.accepted.map(({ action }) => action.costLines.map((line) => line.kind === 'fixed' && [line.amountCents, line.period]));
    expect(lines).toEqual([
      [
        [10_000, { kind: 'quarter', quarter: 1 }],
        [5_000, { kind: 'quarter', quarter: 4 }],
      ],
      [[120_000, { kind: 'year' }]],
      [],
    ]);
  });

  it('refuses a negative total and a text too long for the plan', async () => {
    const result = await preview(`Action;Total;Responsable\nA;-1;\nB;;${'x'.repeat(201)}\n`);
    expect(result.refused).toEqual([
      { row: 2, reason: { code: 'negativeAmount', params: { column: 'Total', value: '-1' } } },
      { row: 3, reason: { code: 'textTooLong', params: { column: 'Responsable', max: 200 } } },
    ]);
  });

  it('warns when an action of the same title is already in the plan', async () => {
    const plan = planWithNames();
    plan.actions = [newAction({ id: 'existing', title: 'Salon du chocolat' })];
    const result = await preview('Action\nsalon du CHOCOLAT\nVitrine\n', plan);
    expect(result.accepted).toHaveLength(2);
    expect(result.warnings).toEqual([{ row: 2, code: 'sameTitleInPlan', params: { title: 'salon du CHOCOLAT' } }]);
  });
});

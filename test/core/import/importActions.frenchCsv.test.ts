import { describe, expect, it } from 'vitest';
import { parse, preview, rowsOf, utf8Bom, windows1252 } from './helpers';

/** As Excel (fr) or LibreOffice saves it: ';', BOM, CRLF, a quoted cell over three lines. */
const frenchCsv = [
  'Catégorie;Action;Description;Objectifs;Cibles;Responsable;T1;T2;T3;T4;Total;Mois;Couleur',
  'Événements et salons;Salon du chocolat;"Stand au salon\r\nContact : 06 12 34 56 78 ; code postal 01234\r\nLe ""meilleur"" stand, le 14/02/2027";"FIDELISER les clients ; Se faire connaître";familles du quartier;Marie;1 250,50;0,5;;;9 999;"févr. ; mars";bleu',
  'E-mailing et fichier clients;Newsletter mensuelle;Code 007;;;;;;;;1200.5;1 2 3;',
  'Imprimés et affichage;Flyers;;;;;-50;;;;;janv.;',
  ';;Une description sans titre;;;;100;;;;;;',
  'Partenariats;Partenariat mairie;;;;;;;;;;Smarch;',
  'Marketing direct;Courrier;;;;;;abc;;;;;',
  '',
  ';Total;;;;;1 250,50;;;;;;',
].join('\r\n');

describe('a French CSV', () => {
  it('comes in with its separator, BOM, multi-line cell, doubled quotes, decimal commas and leading zeros', async () => {
    const result = await preview(utf8Bom(frenchCsv));
    expect(result.format).toBe('csv');
    expect(rowsOf(result)).toEqual({
      accepted: [2, 3],
      refused: { 4: 'negativeAmount', 5: 'missingTitle', 6: 'unknownMonth', 7: 'invalidAmount' },
    });

    const [salon, newsletter] = result.accepted.map((entry) => entry.action);
    expect(salon.category).toBe('events');
    expect(salon.title).toBe('Salon du chocolat');
    expect(salon.description).toBe('Stand au salon\nContact : 06 12 34 56 78 ; code postal 01234\nLe "meilleur" stand, le 14/02/2027');
    expect(salon.objectiveIds).toEqual(['obj-loyalty', 'obj-awareness']);
    expect(salon.segmentIds).toEqual(['seg-families']);
    expect(salon.owner).toEqual({ kind: 'person', name: 'Marie' });
    expect(salon.activeMonths).toEqual([2, 3]);
    expect(salon.costLines.map((line) => line.kind === 'fixed' && [line.amountCents, line.period])).toEqual([
      [125_050, { kind: 'quarter', quarter: 1 }],
      [50, { kind: 'quarter', quarter: 2 }],
    ]);

    expect(newsletter.category).toBe('emailingCrm');
    expect(newsletter.description).toBe('Code 007');
    expect(newsletter.activeMonths).toEqual([1, 2, 3]);
    expect(newsletter.costLines.map((line) => line.kind === 'fixed' && [line.amountCents, line.period])).toEqual([
      [120_050, { kind: 'year' }],
    ]);
  });

  it('says why each bad row was refused, naming the column and the value', async () => {
    const result = await preview(utf8Bom(frenchCsv));
    expect(result.refused).toEqual([
      { row: 4, reason: { code: 'negativeAmount', params: { column: 'T1', value: '-50' } } },
      { row: 5, reason: { code: 'missingTitle' } },
      { row: 6, reason: { code: 'unknownMonth', params: { value: 'Smarch' } } },
      { row: 7, reason: { code: 'invalidAmount', params: { column: 'T2', value: 'abc' } } },
    ]);
  });

  it('reports ignored columns, a total that disagrees with the quarters, and skipped totals rows', async () => {
    const result = await preview(utf8Bom(frenchCsv));
    expect(result.warnings).toEqual([
      { code: 'unknownColumns', params: { columns: 'Couleur' } },
      { row: 2, code: 'totalIgnored', params: { column: 'Total' } },
      { code: 'rowsSkipped', params: { rows: '9' } },
    ]);
  });

  it('decodes Windows-1252 (Excel’s “CSV (point-virgule)”) when the bytes are not UTF-8', async () => {
    const csv = 'Catégorie;Action;Description;Total\r\nÉvénements et salons;Journée portes ouvertes d’été;Œufs, crème brûlée, façade à 1 250 €;1 250 €\r\n';
    const bytes = windows1252(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const [{ action }] = (await preview(bytes)).accepted;
    expect(action.category).toBe('events');
    expect(action.title).toBe('Journée portes ouvertes d’été');
    expect(action.description).toBe('Œufs, crème brûlée, façade à 1 250 €');
    expect(action.costLines).toMatchObject([{ kind: 'fixed', amountCents: 125_000, period: { kind: 'year' } }]);
  });

  it.each([
    ['commas', 'Action,Catégorie,Mois\r\n"Salon, stand",events,"Jan, Feb"\r\n'],
    ['tabs', 'Action\tCatégorie\tMois\nSalon, stand\tevents\tJan, Feb\n'],
    ['a sep= line', 'sep=,\nAction,Catégorie,Mois\n"Salon, stand",events,"Jan, Feb"\n'],
  ])('finds the separator with %s', async (_, csv) => {
    const result = await preview(csv);
    expect(result.accepted.map(({ action }) => [action.title, action.category, action.activeMonths])).toEqual([
      ['Salon, stand', 'events', [1, 2]],
    ]);
  });

  it('reads UTF-16 with a BOM (Excel’s “Texte Unicode”, tab-separated)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Action\tMois\r\nVitrine\tdéc.\r\n', 'utf16le')]);
    expect((await preview(bytes)).accepted.map(({ action }) => [action.title, action.activeMonths])).toEqual([['Vitrine', [12]]]);
  });

  it('refuses a quote opened and never closed, naming its row', async () => {
    const result = await parse('Action;Description\nSalon;"début\nsuite sans fin\n');
    expect(result).toEqual({ ok: false, error: { code: 'unclosedQuote', params: { row: 2 } } });
  });
});

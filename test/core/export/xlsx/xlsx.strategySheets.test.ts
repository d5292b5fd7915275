import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { scoreSelfCheck } from '../../../../shared/coach/positioning';
import { fr } from '../../../../shared/i18n/fr';
import { selfCheckQuestions, swotQuadrants, type Plan } from '../../../../shared/plan';
import { frenchOptions, richPlan } from './fixtures';
import { exportAndRead, onlyRow, rowWith, sheet } from './workbook';

let plan: Plan;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  plan = richPlan();
  ({ workbook } = await exportAndRead(plan, frenchOptions));
});

/** A column's values below a header cell, down to the first empty cell. */
function below(worksheet: ExcelJS.Worksheet, row: number, column: number): unknown[] {
  const values: unknown[] = [];
  for (let number = row + 1; worksheet.getCell(number, column).value !== null; number++) values.push(worksheet.getCell(number, column).value);
  return values;
}

describe('the diagnostic sheet', () => {
  it('lists the SWOT items under their quadrant, then one competitor per row', () => {
    const diagnostic = sheet(workbook, fr.steps.names.diagnostic);
    const header = onlyRow(diagnostic, ...swotQuadrants.map((quadrant) => fr.diagnostic.quadrants[quadrant].title));
    swotQuadrants.forEach((quadrant, index) => {
      expect(below(diagnostic, header.number, index + 1), quadrant).toEqual(plan.swot.filter((item) => item.quadrant === quadrant).map((item) => item.text));
    });
    const competitors = onlyRow(diagnostic, fr.diagnostic.competitor.name, fr.diagnostic.competitor.positioning);
    const first = diagnostic.getRow(competitors.number + 1);
    const competitor = plan.competitors[0];
    expect(first.values).toEqual([
      undefined,
      competitor.name,
      competitor.positioning,
      competitor.addedValue,
      competitor.strengths,
      competitor.weaknesses,
      fr.diagnostic.competitor.priceLevels[competitor.priceLevel],
      fr.diagnostic.competitor.keepsPromiseOptions[competitor.keepsPromise],
    ]);
  });
});

describe('the objectives sheet', () => {
  it('gives each objective its family, measure, deadline as a date and whether it is measurable yet', () => {
    const objectives = sheet(workbook, fr.steps.names.objectives);
    expect(objectives.getCell('A1').value).toBe(fr.objectives.fields.title);
    const [measurable, vague] = plan.objectives;
    const first = onlyRow(objectives, measurable.title);
    expect(first.getCell(2).value).toBe(fr.objectives.families[measurable.family]);
    expect(first.getCell(5).value).toBe('40,5');
    expect(first.getCell(7).value).toEqual(new Date('2027-06-30T00:00:00Z'));
    expect(first.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(8).value).toBe(fr.objectives.measurable);
    const second = onlyRow(objectives, vague.title);
    expect(second.getCell(7).value).toBeNull();
    expect(second.getCell(8).value).toBe(fr.objectives.notMeasurableTitle);
  });
});

describe('the targets sheet', () => {
  it('lists the segments with their role and labelled criteria, then the personas with their segment', () => {
    const targets = sheet(workbook, fr.steps.names.targets);
    const office = onlyRow(targets, plan.segments[1].name);
    expect(office.getCell(2).value).toBe(fr.targets.segment.roles.secondary);
    expect(office.getCell(3).value).toBe(3);
    expect(office.getCell(5).value).toBe('Secteur d’activité : Tertiaire ; Taille de l’entreprise : 50 à 200 salariés');
    expect(onlyRow(targets, plan.segments[0].name).getCell(5).value).toBe('âge : 25-50 ans ; lieu : Lyon 7e');
    const persona = onlyRow(targets, plan.personas[0].name);
    expect(persona.getCell(2).value).toBe(plan.segments[0].name);
    expect(persona.getCell(8).value).toBe(plan.personas[0].quote);
  });
});

describe('the positioning sheet', () => {
  it('gives the four pieces, the assembled statement and the self-check with its score', () => {
    const positioning = sheet(workbook, fr.steps.names.positioning);
    expect(onlyRow(positioning, fr.positioning.elements.promise.label).getCell(2).value).toBe(plan.positioning.promise);
    expect(onlyRow(positioning, fr.positioning.statementTitle).getCell(2).value).toBe(
      'Pour les actifs du quartier, Boulangerie Martin est, dans la catégorie « pain et viennoiseries au levain », le choix qui offre le pain du matin, prêt à 6 h 30, parce que Boulangerie Martin a ce que personne d’autre n’a : fournil sur place.',
    );
    const answers = selfCheckQuestions.map((question) => rowWith(positioning, 2, fr.positioning.questions[question]));
    expect(answers).toHaveLength(10);
    const score = scoreSelfCheck(plan.positioning);
    expect(answers.map((row) => row.getCell(3).value)).toEqual(
      selfCheckQuestions.map((question) => {
        const answer = plan.positioning.selfCheck[question];
        return answer === undefined ? fr.xlsx.positioning.unanswered : answer ? fr.positioning.yes : fr.positioning.no;
      }),
    );
    expect(rowWith(positioning, 2, fr.xlsx.positioning.question).number).toBeLessThan(answers[0].number);
    const scoreText = `${score.yes} « oui » sur ${score.total}`;
    expect(rowWith(positioning, 2, scoreText).number).toBe(answers[9].number + 1);
  });
});

import type ExcelJS from 'exceljs';
import { positioningElements, scoreSelfCheck } from '../../../../shared/coach/positioning';
import { positioningStatement } from '../../../../shared/coach/positioningStatement';
import { selfCheckQuestions } from '../../../../shared/plan';
import { argb, brandColor, font, setCell, styleBody, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeHeaderRow, writeTable } from './sheet';

/** The four pieces, the sentence they make, then the ten yes/no questions and their score. */
export function addPositioningSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t } = context;
  const { positioning } = plan;
  const sheet = addSheet(workbook, context, 'positioning', { widths: [24, 90, 16] });

  const afterElements = writeTable(
    sheet,
    1,
    [
      { header: t('xlsx.positioning.element'), value: (element) => t(`positioning.elements.${element}.label`), style: (cell) => (cell.font = font({ bold: true })) },
      { header: t('xlsx.positioning.text'), value: (element) => positioning[element], wrap: true },
    ],
    [...positioningElements],
  );

  // The sentence as the screen assembles it: the parts not written yet show as blanks to fill.
  const statement = positioningStatement(positioning, plan.company.name, context.options.language);
  const statementRow = sheet.getRow(afterElements + 1);
  setCell(statementRow.getCell(1), t('positioning.statementTitle'));
  statementRow.getCell(1).font = font({ bold: true });
  statementRow.getCell(1).alignment = { vertical: 'top', wrapText: true };
  setCell(statementRow.getCell(2), statement.sentence);
  statementRow.getCell(2).font = font({ bold: true, size: 13, color: { argb: argb(brandColor) } });
  statementRow.getCell(2).alignment = { vertical: 'top', wrapText: true };

  const questionsRow = afterElements + 3;
  writeHeaderRow(sheet, questionsRow, ['', t('xlsx.positioning.question'), t('xlsx.positioning.answer')]);
  selfCheckQuestions.forEach((question, index) => {
    const answer = positioning.selfCheck[question];
    const cells: CellInput[] = [
      index + 1,
      t(`positioning.questions.${question}`),
      answer === undefined ? t('xlsx.positioning.unanswered') : t(answer ? 'positioning.yes' : 'positioning.no'),
    ];
    const row = sheet.getRow(questionsRow + 1 + index);
    cells.forEach((value, column) => {
      setCell(row.getCell(column + 1), value);
      styleBody(row.getCell(column + 1), true);
    });
  });

  const score = scoreSelfCheck(positioning);
  const scoreRow = sheet.getRow(questionsRow + selfCheckQuestions.length + 1);
  setCell(scoreRow.getCell(2), t('positioning.score', { yes: score.yes, total: score.total }));
  scoreRow.getCell(2).font = font({ bold: true });
  setCell(scoreRow.getCell(3), t('positioning.answered', { count: score.answered, total: score.total }));
  const verdict = sheet.getRow(scoreRow.number + 1).getCell(2);
  setCell(verdict, t(`positioning.verdicts.${score.verdict}`));
  verdict.alignment = { wrapText: true, vertical: 'top' };
}

import { positioningElements, scoreSelfCheck } from '../../../../../shared/coach/positioning';
import { positioningStatement } from '../../../../../shared/coach/positioningStatement';
import { selfCheckQuestions } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable } from '../table';
import { colors, lineHeight, text } from '../theme';
import type { ReportWriter } from '../writer';

/** The sentence set large on a light band, as the screen shows it: blanks say what is missing. */
function drawStatement(writer: ReportWriter, context: ReportContext): void {
  const { t, plan } = context;
  const statement = positioningStatement(plan.positioning, plan.company.name, context.options.language, { prepare: (value) => context.cap(value, 400) });
  const lines = writer.wrapAtMost(statement.sentence, writer.width - 16, text.statement, 14);
  const height = 10 + lineHeight(text.small) + 3 + lines.length * lineHeight(text.statement);
  writer.ensure(height + 4);
  writer.fillRect(writer.left, writer.y, writer.width, height, colors.accentLight);
  writer.fillRect(writer.left, writer.y, 1.6, height, colors.accent);
  writer.drawLines([t('positioning.statementTitle').toUpperCase()], writer.left + 8, writer.y + 5, { ...text.small, color: colors.accent, bold: true });
  writer.drawLines(lines, writer.left + 8, writer.y + 5 + lineHeight(text.small) + 3, text.statement);
  writer.y += height + 5;
}

function drawSelfCheck(writer: ReportWriter, context: ReportContext): void {
  const { t, plan } = context;
  const score = scoreSelfCheck(plan.positioning);
  writer.subheading(t('pdf.positioning.selfCheck'));
  writer.ensure(14 + selfCheckQuestions.length * 6.3);
  const big = { ...text.h1, size: 22 };
  const scoreText = `${score.yes}/${score.total}`;
  writer.drawLines([scoreText], writer.left, writer.y, big);
  const textX = writer.left + writer.textWidth(scoreText, big) + 6;
  writer.drawLines([t('positioning.score', { yes: score.yes, total: score.total })], textX, writer.y, text.bodyBold);
  const answered = t('positioning.answered', { count: score.answered, total: score.total });
  const verdictText = t(`pdf.positioning.verdicts.${score.verdict}`);
  const verdict = writer.wrap(`${answered}. ${verdictText}`, writer.right - textX, text.muted);
  writer.drawLines(verdict, textX, writer.y + lineHeight(text.bodyBold), text.muted);
  writer.y += Math.max(lineHeight(big), lineHeight(text.bodyBold) + verdict.length * lineHeight(text.muted)) + 3;
  const answerText = (answer: boolean | undefined) =>
    answer === undefined ? t('pdf.positioning.notAnswered') : t(answer ? 'positioning.yes' : 'positioning.no');
  drawTable(
    writer,
    [
      // Each question of the screen's test, printed as what it says of the positioning.
      { header: t('pdf.positioning.selfCheck'), weight: 82, text: (question) => t(`pdf.positioning.criteria.${question}`) },
      {
        header: '',
        weight: 18,
        text: (question) => answerText(plan.positioning.selfCheck[question]),
        styleOf: (question) => {
          const answer = plan.positioning.selfCheck[question];
          return { ...text.cellBold, color: answer === undefined ? colors.muted : answer ? colors.positive : colors.warning };
        },
      },
    ],
    [...selfCheckQuestions],
    { showHeader: false },
  );
}

export const positioningSection: Section = {
  hasContent: ({ plan }) =>
    positioningElements.some((element) => plan.positioning[element].trim() !== '') || Object.keys(plan.positioning.selfCheck).length > 0,
  draw(writer, context) {
    const { t, plan } = context;
    writer.section(t('steps.names.positioning'), 'portrait');
    drawStatement(writer, context);
    drawFacts(
      writer,
      positioningElements.map((element) => [t(`positioning.elements.${element}.label`), context.cap(plan.positioning[element])]),
      { labelWeight: 22 },
    );
    drawSelfCheck(writer, context);
  },
};

import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { exportTranslator } from '../../../../electron/core/export/translator';
import type { Language } from '../../../../shared/i18n';
import { selfCheckQuestions } from '../../../../shared/plan';
import { buildSample, sampleIds, type SampleId } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, popplerMissing, runPoppler } from './pdfText';

/** The screen's form labels and questions: they ask the user something, the report states it. */
function formLabels(language: Language): string[] {
  const t = exportTranslator(language);
  return [
    t('company.customerKind'),
    t('offer.vatApplicable'),
    t('offer.priceStrategyNote'),
    t('offer.description'),
    t('offer.productsTitle'),
    t('diagnostic.competitorsTitle'),
    t('diagnostic.competitor.keepsPromise'),
    t('diagnostic.competitor.addedValue'),
    t('targets.segmentsTitle'),
    t('positioning.selfCheckTitle'),
    ...(['incomplete', 'solid', 'toStrengthen', 'toRethink'] as const).map((verdict) => t(`positioning.verdicts.${verdict}`)),
    ...selfCheckQuestions.map((question) => t(`positioning.questions.${question}`)),
  ];
}

const statements = (language: Language): string[] => {
  const t = exportTranslator(language);
  return [t('pdf.company.customerKind'), t('pdf.offer.vatApplicable'), t('pdf.diagnostic.keepsPromise'), t('pdf.positioning.selfCheck')];
};

/** The text in drawing order, every run of white space made one space: a wrapped label reads whole. */
const flatText = (bytes: Buffer): string => runPoppler('pdftotext', ['-raw'], bytes).replace(/\s+/g, ' ');

describe.skipIf(!hasPoppler)(`the report's labels (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  const cases = sampleIds.flatMap((id) => (['fr', 'en'] as const).map((language): [SampleId, Language] => [id, language]));

  it.each(cases)('state facts about the business, never ask the screen’s questions: %s (%s)', async (id, language) => {
    const text = flatText(await exportPdf(buildSample(id, language), language === 'fr' ? frenchOptions : englishOptions));
    for (const label of formLabels(language)) expect(text, label).not.toContain(label.replace(/\s+/g, ' '));
    for (const label of statements(language)) expect(text).toContain(label);
  });

  it('prints the self-check as statements, each with its answer', async () => {
    const plan = buildSample('salon', 'fr');
    const t = exportTranslator('fr');
    const text = flatText(await exportPdf(plan, frenchOptions));
    for (const question of selfCheckQuestions) {
      const answer = plan.positioning.selfCheck[question];
      const word = answer === undefined ? t('pdf.positioning.notAnswered') : t(answer ? 'positioning.yes' : 'positioning.no');
      expect(text).toContain(`${t(`pdf.positioning.criteria.${question}`)} ${word}`);
    }
  });

  it('words the customers and the VAT as statements: « Clientèle », « TVA facturée : oui »', async () => {
    const text = flatText(await exportPdf(buildSample('b2b', 'fr'), frenchOptions));
    expect(text).toContain('Clientèle entreprises (B2B)');
    expect(text).toContain('TVA facturée oui');
  });
});

import { formatCount, formatEuros, formatNumber, formatPercent } from '../../../../../shared/money';
import { customerSegmentIds, rgpdItemIds, rgpdItemOf, type CustomerFile, type CustomerFigures, type CustomerSegmentId, type RgpdItemId, type RgpdState } from '../../../../../shared/plan';
import { checklistBegun, rgpdSummary } from '../../../../../shared/rgpd';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable } from '../table';
import { orDash } from '../text';
import { colors, text, type TextStyle } from '../theme';
import type { ReportWriter } from '../writer';

/** Done in the report's green, still to do in its warning orange: what is left to do stands out. */
const stateStyles: Record<RgpdState, TextStyle> = {
  done: { ...text.cellBold, color: colors.positive },
  todo: { ...text.cellBold, color: colors.warning },
  notApplicable: { ...text.cell, color: colors.muted },
};

/** The figures of the sales export, as the step shows them: never a customer, only counts and amounts. */
function drawFigures(writer: ReportWriter, context: ReportContext, file: CustomerFile, figures: CustomerFigures): void {
  const { t } = context;
  const label = (key: string) => t(`customers.figures.${key}`);
  const rate = (basisPoints: number | null) => (basisPoints === null ? '' : formatPercent(basisPoints));
  const amounts = file.amounts === null ? '' : ` (${label(file.amounts === 'ht' ? 'amountsHt' : 'amountsTtc')})`;
  writer.subheading(t('rgpd.figuresTitle'));
  drawFacts(
    writer,
    [
      [t('rgpd.asOf'), `${context.formatIsoDate(figures.asOf)}${amounts}`],
      [label('customers'), formatCount(figures.customers)],
      [label('purchases'), formatCount(figures.purchases)],
      [label('revenue'), formatEuros(figures.revenueCents)],
      [label('averageBasket'), figures.averageBasketCents === null ? '' : formatEuros(figures.averageBasketCents)],
      [label('purchasesPerYear'), figures.purchasesPerYearHundredths === null ? '' : formatNumber(figures.purchasesPerYearHundredths / 100, 2)],
      [label('retention'), figures.retentionBasisPoints === null ? label('retentionNone') : formatPercent(figures.retentionBasisPoints)],
      [label('top20Share'), rate(figures.top20ShareBasisPoints)],
      [t('rgpd.sourceFile'), file.source === null ? '' : context.cap(file.source.fileName)],
    ],
    { labelWeight: 45 },
  );

  const { thresholds } = file;
  const ruleParams: Record<CustomerSegmentId, Record<string, number>> = {
    new: { days: thresholds.newWithinDays },
    loyal: { count: thresholds.loyalPurchases },
    lost: { days: thresholds.lostAfterDays },
    toReactivate: { from: thresholds.reactivateFromDays, to: thresholds.lostAfterDays },
    occasional: {},
  };
  writer.subheading(t('rgpd.segmentsTitle'));
  drawTable(
    writer,
    [
      { header: t('rgpd.segment'), weight: 22, style: text.cellBold, text: (id) => t(`customers.segments.${id}`) },
      { header: t('rgpd.customers'), weight: 14, align: 'right', noWrap: true, text: (id) => formatCount(figures.segments[id]) },
      { header: t('rgpd.rule'), weight: 64, text: (id) => t(`customers.segmentRules.${id}`, ruleParams[id]) },
    ],
    [...customerSegmentIds],
  );
}

/** The checklist, every item with its state and the owner's note. */
function drawChecklist(writer: ReportWriter, context: ReportContext): void {
  const { t, plan } = context;
  writer.subheading(t('rgpd.title'), 30);
  writer.paragraph(t('rgpd.summary', rgpdSummary(plan)), text.muted);
  const state = (id: RgpdItemId) => rgpdItemOf(plan.rgpd, id).state;
  drawTable(
    writer,
    [
      { header: t('rgpd.item'), weight: 42, style: text.cellBold, text: (id) => t(`rgpd.items.${id}.title`) },
      { header: t('rgpd.state'), weight: 14, noWrap: true, styleOf: (id) => stateStyles[state(id)], text: (id) => t(`rgpd.states.${state(id)}`) },
      { header: t('rgpd.note'), weight: 44, text: (id) => orDash(context.cap(rgpdItemOf(plan.rgpd, id).note, 800)) },
    ],
    [...rgpdItemIds],
  );
}

/** The « Fichier clients » step: the sales file's figures and segments when one was imported, then the RGPD checklist. */
export const customersSection: Section = {
  hasContent: ({ plan }) => plan.customerFile.figures !== null || checklistBegun(plan),
  draw(writer, context) {
    const file = context.plan.customerFile;
    writer.section(context.t('steps.names.customers'), 'portrait');
    if (file.figures !== null) drawFigures(writer, context, file, file.figures);
    drawChecklist(writer, context);
  },
};

import { breakEvenDateGap, breakEvenRevenueGap, computeBreakEven } from '../../../../../shared/compute/breakEven';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../../shared/compute/pricing';
import { computeYearlyForecast } from '../../../../../shared/compute/revenue';
import { formatCount, formatEuros, formatPercent } from '../../../../../shared/money';
import type { Product } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable, type Column } from '../table';
import { orDash } from '../text';
import { text } from '../theme';
import type { ReportWriter } from '../writer';

const rate = (value: number | null) => (value === null ? '—' : formatPercent(value));

function breakEven(context: ReportContext, product: Product): string {
  const fixedCosts = context.plan.offer.fixedCostsCents;
  if (fixedCosts === null) return '—';
  const volume = breakEvenVolume(fixedCosts, product);
  return volume === null ? context.t('offer.product.breakEvenNone') : context.t('offer.product.breakEvenValue', { count: formatCount(volume) });
}

function drawProducts(writer: ReportWriter, context: ReportContext): void {
  const { t, plan } = context;
  const { vatApplicable } = plan.offer;
  const label = (key: string) => t(`offer.product.${key}`);
  const amount = (value: (product: Product) => number) => (product: Product) => formatEuros(value(product));
  // Under the franchise en base no VAT is charged: no VAT columns, costs typed VAT included, and the mention below.
  const vatColumns: Column<Product>[] = vatApplicable
    ? [
        { header: label('vatRate'), weight: 7, align: 'right', noWrap: true, text: (p) => formatPercent(p.vatRateBasisPoints) },
        { header: label('priceInclVat'), weight: 11, align: 'right', noWrap: true, text: amount(priceInclVat) },
      ]
    : [];
  writer.subheading(t('pdf.offer.products'));
  drawTable(
    writer,
    [
      { header: label('name'), weight: 15, style: text.cellBold, text: (p) => orDash(context.cap(p.name)) },
      {
        header: vatApplicable ? label('unitCost') : t('offerFigures.franchiseLabels.unitCost'),
        weight: 11,
        align: 'right',
        noWrap: true,
        text: amount((p) => p.unitCostCents),
      },
      {
        header: vatApplicable ? label('priceExclVat') : t('offerFigures.franchiseLabels.price'),
        weight: 11,
        align: 'right',
        noWrap: true,
        text: amount((p) => p.priceExclVatCents),
      },
      ...vatColumns,
      { header: label('unitMargin'), weight: 11, align: 'right', noWrap: true, text: amount(unitMargin) },
      { header: label('marginRate'), weight: 9, align: 'right', noWrap: true, text: (p) => rate(marginRate(p)) },
      { header: label('markupRate'), weight: 9, align: 'right', noWrap: true, text: (p) => rate(markupRate(p)) },
      { header: label('breakEven'), weight: 18, align: 'right', text: (p) => breakEven(context, p) },
    ],
    plan.products,
  );
  if (!vatApplicable) writer.paragraph(t('offerFigures.vat.notApplicable'), text.bodyBold);
  // A price names its competitor by id; one typed without a competitor carries the name in its label.
  const competitorPrices = plan.products.flatMap((product) =>
    product.competitorPrices.map((price) => ({ product, price, competitor: plan.competitors.find((candidate) => candidate.id === price.competitorId) ?? null })),
  );
  if (competitorPrices.length === 0) return;
  writer.subheading(t('pdf.offer.competitorPrices'));
  drawTable(
    writer,
    [
      { header: t('pdf.offer.product'), weight: 28, text: ({ product }) => orDash(context.cap(product.name)) },
      { header: t('pdf.offer.competitor'), weight: 28, style: text.cellBold, text: ({ competitor, price }) => orDash(context.cap(competitor?.name ?? price.label)) },
      { header: t('pdf.offer.comparedOffer'), weight: 28, text: ({ competitor, price }) => (competitor ? orDash(context.cap(price.label)) : '—') },
      { header: t('pdf.offer.competitorPrice'), weight: 16, align: 'right', noWrap: true, text: ({ price }) => formatEuros(price.priceExclVatCents) },
    ],
    competitorPrices,
  );
}

/** Seuil de rentabilité, point mort and marge de sécurité of the whole business, from computeBreakEven. */
function drawBreakEven(writer: ReportWriter, context: ReportContext): void {
  const { t, plan } = context;
  const figures = computeBreakEven(plan);
  const words = (key: string) => t(`offerFigures.breakEven.${key}`);
  const revenueGap = breakEvenRevenueGap(plan, figures);
  const dateGap = breakEvenDateGap(plan, figures);
  const hasForecast = plan.company.revenueForecastCents.some((month) => month !== null);
  const safety =
    figures.safetyMarginCents === null
      ? '—'
      : figures.safetyMarginBasisPoints === null
        ? formatEuros(figures.safetyMarginCents)
        : t('offerFigures.breakEven.safetyMarginValue', { amount: formatEuros(figures.safetyMarginCents), share: formatPercent(figures.safetyMarginBasisPoints) });
  writer.subheading(words('title'));
  drawFacts(writer, [
    [words('variableMarginRate'), figures.variableMarginRateBasisPoints === null ? words('noProducts') : formatPercent(figures.variableMarginRateBasisPoints)],
    [words('revenue'), revenueGap !== null ? words(revenueGap) : formatEuros(figures.revenueCents ?? 0)],
    [words('forecast'), hasForecast ? formatEuros(computeYearlyForecast(plan.company)) : words('noForecast')],
    [words('date'), dateGap !== null ? words(dateGap) : figures.date === null ? '—' : context.formatIsoDate(figures.date)],
    [words('safetyMargin'), safety],
  ]);
  writer.paragraph(`${words('formula')} ${words('variableMarginRateHelp')} ${words('dateHelp')}`, text.muted);
}

export const offerSection: Section = {
  hasContent: ({ plan: { offer, products } }) =>
    products.length > 0 ||
    [offer.description, offer.competitiveAdvantage, offer.priceStrategyNote].some((value) => value.trim() !== '') ||
    offer.priceStrategy !== 'undecided' ||
    offer.fixedCostsCents !== null,
  draw(writer, context) {
    const { t, plan } = context;
    const { offer } = plan;
    writer.section(t('steps.names.offer'), 'portrait');
    drawFacts(writer, [
      [t('pdf.offer.description'), context.cap(offer.description)],
      [t('pdf.offer.competitiveAdvantage'), context.cap(offer.competitiveAdvantage)],
      [t('offer.priceStrategy'), offer.priceStrategy === 'undecided' ? '' : t(`offer.priceStrategies.${offer.priceStrategy}`)],
      [t('pdf.offer.priceStrategyNote'), context.cap(offer.priceStrategyNote)],
      offer.vatApplicable
        ? [t('pdf.offer.vatApplicable'), t('pdf.offer.vatYes')]
        : [t('offer.product.vatRate'), `${t('offerFigures.vat.notApplicable')}. ${t('offerFigures.amountsTtcUnderFranchise')}`],
      [t(offer.vatApplicable ? 'offer.fixedCosts' : 'offerFigures.franchiseLabels.fixedCosts'), offer.fixedCostsCents === null ? '' : formatEuros(offer.fixedCostsCents)],
    ]);
    if (plan.products.length > 0) drawProducts(writer, context);
    if (plan.products.length > 0 || offer.fixedCostsCents !== null) drawBreakEven(writer, context);
  },
};

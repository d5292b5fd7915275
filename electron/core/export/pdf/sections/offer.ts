import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../../shared/compute/pricing';
import { formatCount, formatEuros, formatPercent } from '../../../../../shared/money';
import type { Product } from '../../../../../shared/plan';
import type { ReportContext, Section } from '../context';
import { drawFacts, drawTable } from '../table';
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
  const label = (key: string) => t(`offer.product.${key}`);
  // Under the "franchise en base" no VAT is charged: the price incl. VAT is the price excl. VAT.
  const taxed = (product: Product) => (plan.offer.vatApplicable ? product : { ...product, vatRateBasisPoints: 0 });
  const amount = (value: (product: Product) => number) => (product: Product) => formatEuros(value(product));
  writer.subheading(t('offer.productsTitle'));
  drawTable(
    writer,
    [
      { header: label('name'), weight: 17, style: text.cellBold, text: (p) => orDash(context.cap(p.name)) },
      { header: label('unitCost'), weight: 11, align: 'right', noWrap: true, text: amount((p) => p.unitCostCents) },
      { header: label('priceExclVat'), weight: 11, align: 'right', noWrap: true, text: amount((p) => p.priceExclVatCents) },
      { header: label('vatRate'), weight: 7, align: 'right', noWrap: true, text: (p) => (plan.offer.vatApplicable ? formatPercent(p.vatRateBasisPoints) : label('noVat')) },
      { header: label('priceInclVat'), weight: 11, align: 'right', noWrap: true, text: amount((p) => priceInclVat(taxed(p))) },
      { header: label('unitMargin'), weight: 11, align: 'right', noWrap: true, text: amount(unitMargin) },
      { header: label('marginRate'), weight: 9, align: 'right', noWrap: true, text: (p) => rate(marginRate(p)) },
      { header: label('markupRate'), weight: 9, align: 'right', noWrap: true, text: (p) => rate(markupRate(p)) },
      { header: label('breakEven'), weight: 14, align: 'right', text: (p) => breakEven(context, p) },
    ],
    plan.products,
  );
  const competitorPrices = plan.products.flatMap((product) => product.competitorPrices.map((price) => ({ product, price })));
  if (competitorPrices.length === 0) return;
  writer.subheading(t('pdf.offer.competitorPrices'));
  drawTable(
    writer,
    [
      { header: t('pdf.offer.product'), weight: 40, text: ({ product }) => orDash(context.cap(product.name)) },
      { header: label('competitorLabel'), weight: 40, text: ({ price }) => orDash(context.cap(price.label)) },
      { header: label('competitorPrices'), weight: 20, align: 'right', noWrap: true, text: ({ price }) => formatEuros(price.priceExclVatCents) },
    ],
    competitorPrices,
    { width: writer.width * 0.75 },
  );
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
      [t('offer.description'), context.cap(offer.description)],
      [t('offer.competitiveAdvantage'), context.cap(offer.competitiveAdvantage)],
      [t('offer.priceStrategy'), offer.priceStrategy === 'undecided' ? '' : t(`offer.priceStrategies.${offer.priceStrategy}`)],
      [t('offer.priceStrategyNote'), context.cap(offer.priceStrategyNote)],
      [t('offer.vatApplicable'), t(offer.vatApplicable ? 'positioning.yes' : 'positioning.no')],
      [t('offer.fixedCosts'), offer.fixedCostsCents === null ? '' : formatEuros(offer.fixedCostsCents)],
    ]);
    if (plan.products.length > 0) drawProducts(writer, context);
  },
};

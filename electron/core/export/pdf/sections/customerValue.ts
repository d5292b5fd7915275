import { planCustomerValue } from '../../../../../shared/compute/customerValue';
import { basisPointsToInputText, formatEuros, formatPercent } from '../../../../../shared/money';
import type { Section } from '../context';
import { drawFacts } from '../table';
import { text } from '../theme';

const euros = (cents: number | null): string => (cents === null ? '' : formatEuros(cents));

/** The customer value (VMC) saved with the plan: the inputs, then the values the training's formula gives. */
export const customerValueSection: Section = {
  hasContent: ({ plan }) => planCustomerValue(plan).grossCents !== null,
  draw(writer, context) {
    const { t, plan } = context;
    const inputs = plan.customerValue;
    const figures = planCustomerValue(plan);
    const rate = (basisPoints: number | null) => (basisPoints === null ? '' : formatPercent(basisPoints));
    const marginRate =
      figures.marginRateBasisPoints === null
        ? ''
        : figures.marginRateFromProducts
          ? t('customerValuePlan.fromProducts', { rate: formatPercent(figures.marginRateBasisPoints) })
          : formatPercent(figures.marginRateBasisPoints);
    const acquisitionCost =
      figures.acquisitionCostFromProspects && figures.acquisitionCostCents !== null
        ? t('customerValuePlan.acquisitionCostUsed', { amount: formatEuros(figures.acquisitionCostCents) })
        : euros(figures.acquisitionCostCents);
    writer.section(t('customerValuePlan.title'), 'portrait');
    drawFacts(writer, [
      [t('kpis.averageTransaction'), euros(inputs.averageTransactionCents)],
      [t('kpis.purchasesPerYear'), basisPointsToInputText(inputs.purchasesPerYearHundredths)],
      [t('kpis.retention'), rate(inputs.retentionBasisPoints)],
      [t('kpis.years'), inputs.years === null ? '' : String(inputs.years)],
      [t('kpis.costPerProspect'), euros(inputs.costPerProspectCents)],
      [t('kpis.conversion'), rate(inputs.conversionBasisPoints)],
      [t('kpis.acquisitionCost'), acquisitionCost],
      [t('customerValuePlan.marginRateUsed'), marginRate],
      [t('customerValuePlan.profitPerTransaction'), euros(figures.profitPerTransactionCents)],
      [t('kpis.gross'), euros(figures.grossCents)],
      [t('kpis.net'), euros(figures.netCents)],
      [t('kpis.marginGross'), euros(figures.marginGrossCents)],
      [t('kpis.marginNet'), euros(figures.marginNetCents)],
    ]);
    writer.paragraph(t('customerValuePlan.formula'), text.muted);
    if (figures.laterYearsCountOnePurchase) writer.paragraph(t('customerValuePlan.laterYearsOnePurchase'), text.muted);
  },
};

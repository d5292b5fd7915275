import { describe, expect, it } from 'vitest';
import { planCustomerValue } from '../../shared/compute/customerValue';
import { emptyCustomerValue, type CustomerValueInputs } from '../../shared/plan/customerValue';
import { emptyPlan, planSchema } from '../../shared/plan';
import { product } from './fixtures/product';


// A cut at 10 € costing 4 € (60 %) and a treatment at 20 € costing 15 € (25 %): 42,5 % on average.
const products = [product('cut', 1_000, 400), product('treatment', 2_000, 1_500)];

/** The salon of the training: 45 € a visit, 6 visits a year, 60 % come back, over 3 years. */
const salon: CustomerValueInputs = {
  ...emptyCustomerValue(),
  averageTransactionCents: 4_500,
  purchasesPerYearHundredths: 600,
  retentionBasisPoints: 6_000,
  years: 3,
  costPerProspectCents: 150,
  conversionBasisPoints: 500,
};

describe('the customer value kept in the plan', () => {
  it('takes the margin rate from the plan’s products while none is typed', () => {
    const figures = planCustomerValue({ customerValue: salon, products });
    expect(figures.marginRateFromProducts).toBe(true);
    expect(figures.marginRateBasisPoints).toBe(4_250);
    // 324 € × 42,5 % = 137,70 €.
    expect(figures.marginGrossCents).toBe(13_770);
  });

  it('uses the rate typed by the owner instead, whatever the products say', () => {
    const figures = planCustomerValue({ customerValue: { ...salon, marginRateBasisPoints: 4_000 }, products });
    expect(figures.marginRateFromProducts).toBe(false);
    expect(figures.marginRateBasisPoints).toBe(4_000);
    expect(figures.marginGrossCents).toBe(12_960);
  });

  it('has no margin-based value when neither the products nor the owner give a rate', () => {
    const figures = planCustomerValue({ customerValue: salon, products: [] });
    expect(figures.marginRateBasisPoints).toBeNull();
    expect(figures).toMatchObject({ grossCents: 32_400, marginGrossCents: null, marginNetCents: null, profitPerTransactionCents: null });
  });

  it('shows the profit per transaction: average transaction × margin rate, rounded half away from zero', () => {
    // 45 € × 42,5 % = 19,125 € → 19,13 €.
    expect(planCustomerValue({ customerValue: salon, products }).profitPerTransactionCents).toBe(1_913);
  });

  it('keeps the training’s formula and takes off the acquisition cost worked out from the prospects when none is typed', () => {
    const figures = planCustomerValue({ customerValue: salon, products });
    // 6 × 45 € + 45 € × 60 % × 2 = 324 €; 1,50 € ÷ 5 % = 30 €.
    expect(figures).toMatchObject({ grossCents: 32_400, computedAcquisitionCostCents: 3_000, acquisitionCostCents: 3_000, acquisitionCostFromProspects: true });
    expect(figures.netCents).toBe(29_400);
    expect(figures.marginNetCents).toBe(10_770);
    const typed = planCustomerValue({ customerValue: { ...salon, acquisitionCostCents: 5_000 }, products });
    expect(typed).toMatchObject({ acquisitionCostCents: 5_000, acquisitionCostFromProspects: false, netCents: 27_400 });
  });

  it('has no net value without any acquisition cost, rather than calling the gross value net', () => {
    const figures = planCustomerValue({ customerValue: { ...salon, costPerProspectCents: null }, products });
    expect(figures.grossCents).toBe(32_400);
    expect(figures.netCents).toBeNull();
    expect(figures.marginNetCents).toBeNull();
  });

  it('says when later years count one purchase though the first counts several', () => {
    expect(planCustomerValue({ customerValue: salon, products }).laterYearsCountOnePurchase).toBe(true);
    expect(planCustomerValue({ customerValue: { ...salon, purchasesPerYearHundredths: 100 }, products }).laterYearsCountOnePurchase).toBe(false);
    expect(planCustomerValue({ customerValue: { ...salon, years: 1 }, products }).laterYearsCountOnePurchase).toBe(false);
  });

  it('waits for the transaction, the purchases, the years, and the retention when there is more than one year', () => {
    for (const missing of ['averageTransactionCents', 'purchasesPerYearHundredths', 'years', 'retentionBasisPoints'] as const) {
      expect(planCustomerValue({ customerValue: { ...salon, [missing]: null }, products }).grossCents, missing).toBeNull();
    }
    expect(planCustomerValue({ customerValue: { ...salon, years: 1, retentionBasisPoints: null }, products }).grossCents).toBe(27_000);
  });

  it('is a section of every new plan, empty, and a plan without it reads as empty', () => {
    const plan = emptyPlan(2027, 'Salon', '2026-09-01T00:00:00.000Z');
    expect(plan.customerValue).toEqual(emptyCustomerValue());
    const older: Record<string, unknown> = { ...plan };
    delete older.customerValue;
    expect(planSchema.parse(older).customerValue).toEqual(emptyCustomerValue());
    expect(planSchema.safeParse({ ...plan, customerValue: { ...salon, years: 0 } }).success).toBe(false);
  });
});

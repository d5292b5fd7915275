import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { categoryColors } from '../../../../shared/categories';
import { kpiIndicator } from '../../../../shared/compute/indicators';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../shared/compute/pricing';
import { fr } from '../../../../shared/i18n/fr';
import type { Plan } from '../../../../shared/plan';
import { frenchOptions, richPlan } from './fixtures';
import { euros, exportAndRead, onlyRow, rowWith, sheet, shown } from './workbook';

let plan: Plan;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  plan = richPlan();
  ({ workbook } = await exportAndRead(plan, frenchOptions));
});

const fillOf = (cell: ExcelJS.Cell): string | undefined => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined);
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

describe('the pricing sheet', () => {
  it('gives each product’s prices, margins and break-even volume from the pricing functions', () => {
    const pricing = sheet(workbook, fr.steps.names.offer);
    const label = fr.offer.product;
    expect(pricing.getRow(1).values).toEqual([
      undefined,
      label.name,
      label.unitCost,
      label.priceExclVat,
      label.vatRate,
      label.priceInclVat,
      label.unitMargin,
      label.marginRate,
      label.markupRate,
      fr.offer.product.breakEven,
    ]);
    const fixedCosts = plan.offer.fixedCostsCents!;
    for (const product of plan.products) {
      const row = onlyRow(pricing, product.name);
      const volume = breakEvenVolume(fixedCosts, product);
      // The computed columns are formulas: what a viewer shows is their cached result.
      expect([undefined, ...Array.from({ length: 9 }, (_, index) => shown(row.getCell(index + 1)))], product.name).toEqual([
        undefined,
        product.name,
        euros(product.unitCostCents),
        euros(product.priceExclVatCents),
        product.vatRateBasisPoints / 10_000,
        euros(priceInclVat(product)),
        euros(unitMargin(product)),
        marginRate(product)! / 10_000,
        markupRate(product)! / 10_000,
        volume ?? fr.offer.product.breakEvenNone,
      ]);
      expect(row.getCell(3).numFmt).toBe('#,##0.00 "€"');
      expect(row.getCell(4).numFmt).toBe('0.00 %');
      expect(row.getCell(7).numFmt).toBe('0.00 %');
    }
    expect(onlyRow(pricing, fr.offer.fixedCosts).getCell(2).value).toBe(euros(fixedCosts));
  });

  it('shows "no VAT" and the price itself for a business under the VAT threshold', async () => {
    const exempt = { ...plan, offer: { ...plan.offer, vatApplicable: false, fixedCostsCents: null } };
    const { workbook: book } = await exportAndRead(exempt, frenchOptions);
    const row = onlyRow(sheet(book, fr.steps.names.offer), plan.products[0].name);
    expect(row.getCell(4).value).toBe(fr.offer.product.noVat);
    expect(shown(row.getCell(5))).toBe(euros(plan.products[0].priceExclVatCents));
    expect(row.getCell(9).value).toBe(fr.offer.product.breakEvenNoCosts);
  });
});

describe('the calendar sheet', () => {
  it('fills each action’s active months with its category’s colour, under a band of that colour', () => {
    const calendar = sheet(workbook, fr.steps.names.calendar);
    expect(calendar.getRow(1).values).toEqual([undefined, fr.calendar.action, fr.calendar.owner, ...fr.months.short]);
    for (const action of plan.actions) {
      const row = rowWith(calendar, 1, action.title);
      const color = argb(categoryColors[action.category]);
      for (let month = 1; month <= 12; month++) {
        expect(fillOf(row.getCell(2 + month)), `${action.title} ${month}`).toBe(action.activeMonths.includes(month) ? color : undefined);
      }
      const band = rowWith(calendar, 1, fr.actionPlan.categories[action.category]);
      expect(band.number).toBeLessThan(row.number);
      expect(fillOf(band.getCell(1))).toBe(color);
    }
  });

  it('lists the plan’s key dates as dates', () => {
    const calendar = sheet(workbook, fr.steps.names.calendar);
    const date = rowWith(calendar, 1, 'Anniversaire de la boutique').getCell(2);
    expect(date.value).toEqual(new Date('2027-09-18T00:00:00Z'));
    expect(date.numFmt).toBe('dd/mm/yyyy');
  });
});

describe('the KPI sheet', () => {
  it('gives every action’s KPIs with their direction, start, target, monthly actuals as typed, progress and status', () => {
    const kpis = sheet(workbook, fr.steps.names.kpis);
    expect(kpis.getRow(1).values).toEqual([
      undefined, fr.kpis.action, fr.kpis.kpi, fr.promotion.kpis.unit, fr.indicators.direction, fr.indicators.baseline, fr.indicators.target,
      ...fr.months.short, fr.indicators.progress, fr.indicators.status,
    ]);
    const rows = plan.actions.flatMap((action) => action.kpis.map((kpi) => ({ action, kpi })));
    expect(kpis.rowCount).toBe(rows.length + 1);
    const clicks = rows.find(({ kpi }) => kpi.name === 'Clics')!;
    const row = rowWith(kpis, 2, 'Clics');
    expect(row.getCell(1).value).toBe(clicks.action.title);
    expect(row.getCell(6).value).toBe('1 200');
    expect(row.getCell(7).value).toBe('310');
    expect(row.getCell(9).value).toBeNull();
    const indicator = kpiIndicator(clicks.kpi, plan.company.planYear, `${plan.company.planYear}-12-31`);
    const progress = row.getCell(19);
    expect(progress.value).toBe(indicator.progressBasisPoints! / 10_000);
    expect(progress.numFmt).toBe('0.00 %');
    expect(row.getCell(20).value).toBe(fr.indicators.statuses[indicator.status]);
  });
});

import { describe, expect, it } from 'vitest';
import { readDecimal } from '../../../shared/compute/indicators';
import { customerBaselines } from '../../../shared/customers/baselines';
import type { CustomerFigures } from '../../../shared/plan/customerFile';

const figures = (patch: Partial<CustomerFigures>): CustomerFigures => ({
  asOf: '2026-11-30', customers: 1_412, purchases: 9_000, revenueCents: 11_250_000, averageBasketCents: 1_250, purchasesPerYearHundredths: 637,
  retentionBasisPoints: 6_480, top20ShareBasisPoints: 5_000, previousCustomers: 1_300, segments: { new: 1, loyal: 2, lost: 3, toReactivate: 4, occasional: 5 },
  probableDuplicates: 0, mergedDuplicates: 0, monthlyRevenue: [], lines: 9_100, badRows: 0, creditNotes: 0, ...patch,
});

describe('baselines taken from the customer file', () => {
  it('are typed as a French user types them, and read back as the same numbers', () => {
    const baselines = customerBaselines(figures({}));
    expect(baselines).toEqual([
      { key: 'customers', text: '1412' },
      { key: 'averageBasket', text: '12,50' },
      { key: 'retention', text: '64,8' },
    ]);
    expect(baselines.map(({ text }) => readDecimal(text))).toEqual([
      { units: 1_412n, scale: 0 },
      { units: 1_250n, scale: 2 },
      { units: 648n, scale: 1 },
    ]);
  });

  it('leave out what the file could not say', () => {
    expect(customerBaselines(figures({ averageBasketCents: null, retentionBasisPoints: null })).map(({ key }) => key)).toEqual(['customers']);
  });
});

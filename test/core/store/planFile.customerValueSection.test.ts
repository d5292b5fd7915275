import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { emptyCustomerValue, type CustomerValueInputs } from '../../../shared/plan/customerValue';
import { createClosedPlan, expectOk, samplePlan, tempDir, withRawDb } from './helpers';

const typed: CustomerValueInputs = {
  averageTransactionCents: 4_500,
  purchasesPerYearHundredths: 33,
  retentionBasisPoints: 6_000,
  years: 3,
  acquisitionCostCents: null,
  marginRateBasisPoints: 4_250,
  costPerProspectCents: 150,
  conversionBasisPoints: 500,
};

describe('the customer-value section of a plan file', () => {
  it('keeps what the calculator saved across close and reopen', () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, samplePlan()));
    expect(file.read().customerValue).toEqual(emptyCustomerValue());
    expectOk(file.updateSection('customerValue', typed));
    expect(file.read().customerValue).toEqual(typed);
    file.close();

    const stored = withRawDb(filePath, (db) => db.prepare("SELECT data FROM plan_section WHERE name = 'customerValue'").get()) as { data: string };
    expect(JSON.parse(stored.data)).toEqual(typed);
    const reopened = expectOk(PlanFile.open(filePath));
    try {
      expect(reopened.read().customerValue).toEqual(typed);
      // Back to "from the products": null is kept, not read as 0 %.
      expectOk(reopened.updateSection('customerValue', { ...typed, marginRateBasisPoints: null }));
      expect(reopened.read().customerValue.marginRateBasisPoints).toBeNull();
    } finally {
      reopened.close();
    }
  });

  it('reads an older file without the section as nothing typed yet', () => {
    const filePath = createClosedPlan(tempDir());
    withRawDb(filePath, (db) => db.prepare("DELETE FROM plan_section WHERE name = 'customerValue'").run());
    const file = expectOk(PlanFile.open(filePath));
    try {
      const plan = file.read();
      expect(plan.customerValue).toEqual(emptyCustomerValue());
      expect(plan.company.name).toBe(samplePlan().company.name);
    } finally {
      file.close();
    }
  });

  it('refuses inputs outside the schema, keeping what was saved', () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, samplePlan()));
    try {
      expectOk(file.updateSection('customerValue', typed));
      const refused = file.updateSection('customerValue', { ...typed, retentionBasisPoints: 12_000 });
      expect(refused.ok).toBe(false);
      expect(file.read().customerValue).toEqual(typed);
    } finally {
      file.close();
    }
  });
});

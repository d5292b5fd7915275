import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { COLLECTION_MAX } from '../../../shared/plan';
import { expectOk, samplePlan, tempDir } from './helpers';

describe('PlanFile.saveItem never writes a plan that readPlan would refuse', () => {
  it(`refuses an item beyond ${COLLECTION_MAX} in a collection, and the plan still opens`, () => {
    // BUG: readPlan caps each collection at COLLECTION_MAX, but saveItem inserts past it, after which
    // the plan is refused as "corrupted" on every open.
    const filePath = path.join(tempDir(), 'plan.capm');
    const full = samplePlan();
    full.swot = Array.from({ length: COLLECTION_MAX }, (_, index) => ({ id: `sw-${index}`, quadrant: 'strength' as const, text: '' }));
    const file = expectOk(PlanFile.create(filePath, full));
    try {
      const result = file.saveItem('swot', { id: 'one-too-many', quadrant: 'threat', text: '' });
      expect(result.ok).toBe(false);
    } finally {
      file.close();
    }

    const reopened = expectOk(PlanFile.open(filePath));
    expect(reopened.read().swot).toHaveLength(COLLECTION_MAX);
    reopened.close();
  });
});

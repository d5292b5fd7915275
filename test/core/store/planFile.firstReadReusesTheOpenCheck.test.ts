import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { createClosedPlan, expectOk, sampleAction, samplePlan, tempDir } from './helpers';

/** open validates the whole plan; the first read() returns that plan instead of validating it again. */
describe('PlanFile.read after open', () => {
  it.each([
    ['to edit', false],
    ['read-only', true],
  ])('gives each caller its own plan, opened %s', (_, readOnly) => {
    const file = expectOk(PlanFile.open(createClosedPlan(tempDir()), { readOnly }));
    const first = file.read();
    first.swot.pop();
    first.company.name = 'changé par le premier appelant';
    expect(file.read()).toEqual(samplePlan());
    expect(file.read()).not.toBe(file.read());
    file.close();
  });

  it('reads an edit made before the first read', () => {
    const file = expectOk(PlanFile.open(createClosedPlan(tempDir())));
    expectOk(file.saveItem('actions', sampleAction('act-2', 'Salon local')));
    expect(file.read().actions.map((action) => action.id)).toEqual(['act-1', 'act-2']);
    file.close();
  });

  it('reads a section updated before the first read, and a refused edit changes nothing', () => {
    const file = expectOk(PlanFile.open(createClosedPlan(tempDir())));
    expectOk(file.updateSection('offer', { ...samplePlan().offer, description: 'Pains et viennoiseries' }));
    expect(file.saveItem('actions', { ...sampleAction('act-3', 'x'), title: 'x'.repeat(1000) }).ok).toBe(false);
    expect(file.read()).toEqual({ ...samplePlan(), offer: { ...samplePlan().offer, description: 'Pains et viennoiseries' } });
    file.close();
  });
});

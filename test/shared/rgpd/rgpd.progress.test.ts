import { describe, expect, it } from 'vitest';
import { reviewCustomers } from '../../../shared/coach/customers';
import { reviewPlan } from '../../../shared/coach/progress';
import { emptyPlan, rgpdItemIds, type Plan, type RgpdState } from '../../../shared/plan';
import { rgpdSummary } from '../../../shared/rgpd';
import { bakeryFigures, partlyFilledItems } from './customersPlan';

const newPlan = (): Plan => emptyPlan(2027, 'Boulangerie', '2026-01-01T00:00:00.000Z');
const everyItem = (state: (index: number) => RgpdState) => Object.fromEntries(rgpdItemIds.map((id, index) => [id, { state: state(index), note: '' }]));

describe('the « Fichier clients » step’s progress', () => {
  it('has not started while no item was looked at and no sales file was imported', () => {
    expect(reviewCustomers(newPlan()).progress).toEqual({ step: 'customers', state: 'notStarted', missing: ['rgpdItems'] });
    expect(reviewPlan(newPlan()).customers.progress.state).toBe('notStarted');
  });

  it('is in progress once a sales file is imported, even with the checklist untouched', () => {
    const plan = newPlan();
    plan.customerFile.figures = bakeryFigures();
    expect(reviewCustomers(plan).progress).toEqual({ step: 'customers', state: 'inProgress', missing: ['rgpdItems'] });
  });

  it('is in progress once an item has a state or only a note', () => {
    const plan = newPlan();
    plan.rgpd.items = { retention: { state: 'todo', note: 'Demander à la comptable' } };
    expect(reviewCustomers(plan).progress.state).toBe('inProgress');
    plan.rgpd.items = partlyFilledItems();
    expect(reviewCustomers(plan).progress).toMatchObject({ state: 'inProgress', missing: ['rgpdItems'] });
  });

  it('is complete when every item is done or not applicable, with no sales file at all', () => {
    const plan = newPlan();
    plan.rgpd.items = everyItem((index) => (index % 3 === 0 ? 'notApplicable' : 'done'));
    expect(reviewCustomers(plan).progress).toEqual({ step: 'customers', state: 'complete', missing: [] });
    plan.rgpd.items = { ...plan.rgpd.items, cnilModels: { state: 'todo', note: '' } };
    expect(reviewCustomers(plan).progress.state).toBe('inProgress');
  });
});

describe('rgpdSummary', () => {
  it('counts the items by state, one never looked at as « à faire »', () => {
    const plan = newPlan();
    expect(rgpdSummary(plan)).toEqual({ done: 0, todo: rgpdItemIds.length, notApplicable: 0 });
    plan.rgpd.items = partlyFilledItems();
    expect(rgpdSummary(plan)).toEqual({ done: 3, todo: rgpdItemIds.length - 5, notApplicable: 2 });
  });
});

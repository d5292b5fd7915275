import { describe, expect, it } from 'vitest';
import { companyProgress, planProgress, planWarnings, reviewPlan } from '../../../shared/coach/progress';
import { reviewDiagnostic } from '../../../shared/coach/diagnostic';
import { reviewObjectives } from '../../../shared/coach/objectives';
import { reviewPositioning } from '../../../shared/coach/positioning';
import { reviewTargets } from '../../../shared/coach/targets';
import { emptyPlan, rgpdItemIds, selfCheckQuestions, type Plan } from '../../../shared/plan';
import { fullPlan, steeredTo } from '../fixtures/fullPlan';
import { visibleSteps } from '../../../shared/steps';

const newPlan = () => emptyPlan(2027, 'Boulangerie Martin', '2026-01-01T00:00:00.000Z');

/**
 * fullPlan with the two missing SWOT quadrants filled, the whole test answered, the shop added
 * beside the delivery app (85 % + 15 %), the budget built from the actions and every RGPD point
 * settled, followed up to the end of February: nothing left to do.
 */
function finishedPlan(): Plan {
  const plan = fullPlan();
  return steeredTo({
    ...plan,
    swot: [
      ...plan.swot,
      { id: 'swot-3', quadrant: 'weakness', text: 'Pas de site internet' },
      { id: 'swot-4', quadrant: 'opportunity', text: 'Nouveaux bureaux dans la rue' },
    ],
    positioning: { ...plan.positioning, selfCheck: Object.fromEntries(selfCheckQuestions.map((question) => [question, true])) },
    budget: { method: 'fromActions', envelopeCents: null, envelopeRateBasisPoints: null },
    channels: [...plan.channels, { ...plan.channels[0], id: 'chan-2', kind: 'ownShop', name: 'Boutique', role: 'Comptoir', revenueShareBasisPoints: 8500, commissionBasisPoints: 0, commissionInBudget: false }],
    rgpd: { items: Object.fromEntries(rgpdItemIds.map((id) => [id, { state: 'done' as const, note: '' }])) },
  }, '2027-02-28');
}

describe('reviewPlan', () => {
  it('reviews the steps that have rules, in the method’s order', () => {
    expect(Object.keys(reviewPlan(newPlan()))).toEqual([
      'company',
      'diagnostic',
      'customers',
      'objectives',
      'targets',
      'accounts',
      'positioning',
      'offer',
      'promotion',
      'distribution',
      'budget',
      'kpis',
      'calendar',
      'summary',
      'pilotage',
    ]);
  });

  it('hands back each step’s own review', () => {
    const plan = fullPlan();
    const review = reviewPlan(plan);
    expect(review.company).toEqual({ progress: companyProgress(plan.company), warnings: [] });
    expect(review.diagnostic).toEqual(reviewDiagnostic(plan));
    expect(review.objectives).toEqual(reviewObjectives(plan));
    expect(review.targets).toEqual(reviewTargets(plan));
    expect(review.positioning).toEqual(reviewPositioning(plan));
  });

  it('on a new plan: the company has begun (its name), nothing else has; objectives, targets and channels are asked for', () => {
    const plan = newPlan();
    expect(Object.values(planProgress(plan)).map((progress) => [progress.step, progress.state])).toEqual([
      ['company', 'inProgress'],
      ['diagnostic', 'notStarted'],
      ['customers', 'notStarted'],
      ['objectives', 'notStarted'],
      ['targets', 'notStarted'],
      ['accounts', 'notStarted'],
      ['positioning', 'notStarted'],
      ['offer', 'notStarted'],
      ['promotion', 'notStarted'],
      ['distribution', 'notStarted'],
      ['budget', 'notStarted'],
      ['kpis', 'notStarted'],
      ['calendar', 'notStarted'],
      ['summary', 'notStarted'],
      ['pilotage', 'notStarted'],
    ]);
    expect(planWarnings(plan).map((warning) => [warning.step, warning.code])).toEqual([
      ['objectives', 'noObjective'],
      ['targets', 'noSegment'],
      ['distribution', 'noChannel'],
    ]);
  });
});

describe('the fullPlan fixture, reviewed', () => {
  const review = reviewPlan(fullPlan());

  it('has a complete company: every field and twelve forecast months', () => {
    expect(review.company?.progress).toEqual({ step: 'company', state: 'complete', missing: [] });
  });

  it('has a diagnostic in progress: strengths and threats only, one named competitor', () => {
    expect(review.diagnostic?.progress).toEqual({ step: 'diagnostic', state: 'inProgress', missing: ['swot'] });
    expect(review.diagnostic?.warnings.map((warning) => (warning.params as { quadrant?: string } | undefined)?.quadrant)).toEqual(['weakness', 'opportunity']);
  });

  it('has its one objective measurable (indicator, target, deadline)', () => {
    expect(review.objectives).toEqual({ progress: { step: 'objectives', state: 'complete', missing: [] }, warnings: [] });
  });

  it('has its core target "Salariés du quartier" with the persona Julie', () => {
    expect(review.targets).toEqual({ progress: { step: 'targets', state: 'complete', missing: [] }, warnings: [] });
  });

  it('has a positioning with its four pieces but only two test answers', () => {
    expect(review.positioning).toEqual({ progress: { step: 'positioning', state: 'inProgress', missing: ['selfCheck'] }, warnings: [] });
  });
});

describe('planProgress and planWarnings', () => {
  it('planProgress is each review’s progress, by step', () => {
    const plan = fullPlan();
    const reviews = reviewPlan(plan);
    expect(planProgress(plan)).toEqual(Object.fromEntries(Object.entries(reviews).map(([step, review]) => [step, review.progress])));
  });

  it('planWarnings gathers the warnings of every step, in step order', () => {
    const plan: Plan = {
      ...fullPlan(),
      objectives: [],
      segments: [{ ...fullPlan().segments[0], name: 'Tout le monde' }],
    };
    expect(planWarnings(plan).map((warning) => `${warning.step}.${warning.code}`)).toEqual([
      'diagnostic.swotQuadrantEmpty',
      'diagnostic.swotQuadrantEmpty',
      'objectives.noObjective',
      'targets.everyoneTarget',
      'promotion.actionWithoutObjective',
      'distribution.sharesNotWhole',
      'budget.overEnvelope',
      'pilotage.actionWithoutActuals',
    ]);
  });

  it('a finished plan is complete in every step it lists and has no warning', () => {
    const plan = finishedPlan();
    const progress = planProgress(plan);
    const listed = visibleSteps(plan.company.customerKind, plan.accounts.length);
    expect(listed).toContain('accounts');
    expect(listed.map((step) => progress[step])).toEqual(listed.map((step) => ({ step, state: 'complete', missing: [] })));
    expect(planWarnings(plan)).toEqual([]);
  });
});

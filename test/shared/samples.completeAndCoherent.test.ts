import { visibleSteps } from '../../shared/steps';
import { describe, expect, it } from 'vitest';
import { budgetEnvelope } from '../../shared/coach/actions';
import { planWarnings, reviewPlan } from '../../shared/coach/progress';
import { computeBudget } from '../../shared/compute/budget';
import { unitMargin } from '../../shared/compute/pricing';
import { languages } from '../../shared/i18n';
import { actionPlanEn } from '../../shared/i18n/actionPlan.en';
import { actionPlanFr } from '../../shared/i18n/actionPlan.fr';
import { planSchema, selfCheckQuestions, swotQuadrants, type Plan } from '../../shared/plan';
import { buildSample, sampleIds, sampleIntendedWarnings, type SampleId } from '../../shared/samples';

const cases = sampleIds.flatMap((id) => languages.map((language) => ({ id, language, label: `${id} (${language})` })));
const yearRevenue = (plan: Plan) => plan.company.revenueForecastCents.reduce<number>((sum, month) => sum + (month ?? 0), 0);
const inPlanYear = (date: string) => /^2027-\d{2}-\d{2}$/.test(date);

/** The VAT rates each trade charges: food to take away at 5.5 %, food eaten at once at 10 %, services and goods at 20 %. */
const allowedVatRates: Record<SampleId, number[]> = { bakery: [550, 1000], salon: [2000], eshop: [2000], b2b: [2000] };

describe('the sample list', () => {
  it('keeps its stable ids, in the picker’s order', () => {
    expect(sampleIds).toEqual(['bakery', 'salon', 'eshop', 'b2b']);
  });

  it('builds a fresh plan on every call', () => {
    const first = buildSample('bakery', 'fr');
    first.actions.length = 0;
    expect(buildSample('bakery', 'fr').actions.length).toBeGreaterThan(0);
  });
});

describe.each(cases)('sample $label', ({ id, language }) => {
  const plan = buildSample(id, language);

  it('validates with the plan schema the store uses', () => {
    const parsed = planSchema.safeParse(plan);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(parsed.data).toEqual(plan);
  });

  it('has every step it lists complete', () => {
    const review = reviewPlan(plan);
    for (const step of visibleSteps(plan.company.customerKind, plan.accounts.length)) {
      expect(review[step].progress, step).toMatchObject({ state: 'complete', missing: [] });
    }
  });

  it('shows exactly the warnings it intends', () => {
    const codes = [...new Set(planWarnings(plan).map((warning) => warning.code))].sort();
    expect(codes).toEqual([...sampleIntendedWarnings(id)].sort());
  });

  it('spends between 1 % and 10 % of its forecast revenue, within its envelope', () => {
    const budget = computeBudget(plan);
    expect(budget.shareOfRevenueBasisPoints).not.toBeNull();
    expect(budget.shareOfRevenueBasisPoints).toBeGreaterThanOrEqual(100);
    expect(budget.shareOfRevenueBasisPoints).toBeLessThanOrEqual(1000);
    const envelope = budgetEnvelope(plan);
    expect(envelope).not.toBeNull();
    expect(budget.yearCents).toBeLessThanOrEqual(envelope ?? 0);
    // An envelope far above the spend would teach nothing: it frames the actions within 25 %.
    expect(budget.yearCents * 1.25).toBeGreaterThanOrEqual(envelope ?? 0);
  });

  it('splits its revenue among channels that add up to 100 %', () => {
    expect(plan.channels.reduce((sum, channel) => sum + channel.revenueShareBasisPoints, 0)).toBe(10_000);
  });

  it('describes the company with a full forecast for 2027', () => {
    expect(plan.company.planYear).toBe(2027);
    expect(plan.company.revenueForecastCents.every((month) => month !== null && month > 0)).toBe(true);
    // A forecast within 30 % of last year's revenue: ambitious, not fanciful (the e-shop doubles in its launch year).
    const growth = yearRevenue(plan) / (plan.company.currentRevenueCents ?? 1);
    expect(growth).toBeGreaterThan(1);
    expect(growth).toBeLessThanOrEqual(id === 'eshop' ? 2 : 1.3);
  });

  it('fills the diagnostic: 3 to 5 items per SWOT quadrant, 2 or 3 competitors', () => {
    for (const quadrant of swotQuadrants) {
      const count = plan.swot.filter((item) => item.quadrant === quadrant).length;
      expect(count, quadrant).toBeGreaterThanOrEqual(3);
      expect(count, quadrant).toBeLessThanOrEqual(5);
    }
    expect(plan.competitors.length).toBeGreaterThanOrEqual(2);
    expect(plan.competitors.length).toBeLessThanOrEqual(3);
  });

  it('sets 3 or 4 measurable objectives due within the plan year', () => {
    expect(plan.objectives.length).toBeGreaterThanOrEqual(3);
    expect(plan.objectives.length).toBeLessThanOrEqual(4);
    for (const objective of plan.objectives) {
      expect(objective.baseline, objective.id).not.toBe('');
      expect(objective.target, objective.id).not.toBe(objective.baseline);
      expect(inPlanYear(objective.deadline), objective.id).toBe(true);
    }
  });

  it('targets one core segment with criteria and a persona', () => {
    const cores = plan.segments.filter((segment) => segment.role === 'core');
    expect(cores).toHaveLength(1);
    expect(plan.segments.every((segment) => Object.keys(segment.criteria).length >= 1)).toBe(true);
    expect(plan.personas.map((persona) => persona.segmentId)).toEqual([cores[0].id]);
  });

  it('answers the whole positioning self-check, mostly with yes', () => {
    const answers = selfCheckQuestions.map((question) => plan.positioning.selfCheck[question]);
    expect(answers.every((answer) => typeof answer === 'boolean')).toBe(true);
    expect(answers.filter(Boolean).length).toBeGreaterThanOrEqual(8);
  });

  it('prices 3 to 5 products at the trade’s VAT rates, each with a margin', () => {
    expect(plan.products.length).toBeGreaterThanOrEqual(3);
    expect(plan.products.length).toBeLessThanOrEqual(5);
    const competitorIds = new Set(plan.competitors.map((competitor) => competitor.id));
    for (const product of plan.products) {
      expect(allowedVatRates[id], product.id).toContain(product.vatRateBasisPoints);
      expect(unitMargin(product), product.id).toBeGreaterThan(0);
      for (const price of product.competitorPrices) expect(competitorIds.has(price.competitorId ?? ''), product.id).toBe(true);
    }
  });

  it('plans 10 to 16 actions in at least 5 categories, each tied to known objectives and segments', () => {
    expect(plan.actions.length).toBeGreaterThanOrEqual(10);
    expect(plan.actions.length).toBeLessThanOrEqual(16);
    expect(new Set(plan.actions.map((action) => action.category)).size).toBeGreaterThanOrEqual(5);
    const objectiveIds = new Set(plan.objectives.map((objective) => objective.id));
    const segmentIds = new Set(plan.segments.map((segment) => segment.id));
    for (const action of plan.actions) {
      expect(action.objectiveIds.length, action.id).toBeGreaterThan(0);
      expect(action.objectiveIds.every((objectiveId) => objectiveIds.has(objectiveId)), action.id).toBe(true);
      expect(action.segmentIds.length, action.id).toBeGreaterThan(0);
      expect(action.segmentIds.every((segmentId) => segmentIds.has(segmentId)), action.id).toBe(true);
      expect(action.owner.name.trim(), action.id).not.toBe('');
      expect(action.costLines.length, action.id).toBeGreaterThan(0);
      expect(Object.values(action.detail).every((text) => text.trim() !== ''), action.id).toBe(true);
    }
  });

  it('uses fixed amounts and internal time, and a % of revenue where it fits', () => {
    const kinds = new Set(plan.actions.flatMap((action) => action.costLines.map((line) => line.kind)));
    expect(kinds.has('fixed')).toBe(true);
    expect(kinds.has('internalHours')).toBe(true);
    if (id !== 'b2b') expect(kinds.has('percentOfRevenue')).toBe(true);
  });

  it('measures with catalogue KPIs named as the catalogue names them, and records the first months', () => {
    const catalogue = (language === 'fr' ? actionPlanFr : actionPlanEn).kpiCatalogue as Record<string, { name: string; unit: string }>;
    const kpis = plan.actions.flatMap((action) => action.kpis);
    const fromCatalogue = kpis.filter((kpi) => kpi.catalogueKey !== null);
    expect(fromCatalogue.length / kpis.length).toBeGreaterThanOrEqual(0.75);
    for (const kpi of fromCatalogue) {
      const entry = catalogue[kpi.catalogueKey ?? ''];
      expect(entry, kpi.id).toBeDefined();
      expect({ name: kpi.name, unit: kpi.unit }, kpi.id).toEqual({ name: entry.name, unit: entry.unit });
    }
    const withActuals = kpis.filter((kpi) => kpi.actualByMonth.slice(0, 3).some((value) => value !== null));
    expect(withActuals.length).toBeGreaterThanOrEqual(5);
    // Nothing is recorded after the first quarter: the sample is a plan seen in early April.
    expect(kpis.every((kpi) => kpi.actualByMonth.slice(3).every((value) => value === null))).toBe(true);
  });

  it('pins key dates of 2027, built-in and its own', () => {
    expect(plan.keyDates.some((date) => date.builtIn)).toBe(true);
    expect(plan.keyDates.some((date) => !date.builtIn)).toBe(true);
    expect(plan.keyDates.every((date) => inPlanYear(date.date))).toBe(true);
  });
});

describe('what each sample shows in particular', () => {
  it('the bakery sells food to take away at 5.5 % and its lunch deal at 10 %', () => {
    const plan = buildSample('bakery', 'fr');
    expect(plan.products.find((product) => product.id === 'prod-lunch')?.vatRateBasisPoints).toBe(1000);
    expect(plan.products.filter((product) => product.vatRateBasisPoints === 550).length).toBeGreaterThanOrEqual(3);
  });

  it('the e-shop counts its marketplace commission in the budget and peaks in December', () => {
    const plan = buildSample('eshop', 'fr');
    const budget = computeBudget(plan);
    expect(budget.byChannel.map((commission) => commission.channelId)).toEqual(['chan-etsy']);
    expect(plan.channels.find((channel) => channel.id === 'chan-etsy')?.kind).toBe('marketplace');
    const forecast = plan.company.revenueForecastCents.map((month) => month ?? 0);
    expect(Math.max(...forecast)).toBe(forecast[11]);
    expect(forecast[11] / yearRevenue(plan)).toBeGreaterThanOrEqual(0.2);
    // Spending follows the season: the last quarter, with ads at a % of revenue and the commission, costs the most.
    expect(budget.quartersCents[3]).toBe(Math.max(...budget.quartersCents));
    expect(plan.objectives.some((objective) => objective.family === 'fundraising')).toBe(true);
  });

  it('the B2B firm works with prescribers and a named key-account list', () => {
    const plan = buildSample('b2b', 'fr');
    expect(plan.company.customerKind).toBe('b2b');
    expect(plan.segments.some((segment) => segment.role === 'prescriber')).toBe(true);
    const catalogueKeys = plan.actions.flatMap((action) => action.kpis.map((kpi) => kpi.catalogueKey));
    expect(catalogueKeys).toEqual(expect.arrayContaining(['pipelineValue', 'shareOfWallet', 'meetings']));
    expect(plan.actions.map((action) => action.category)).toEqual(expect.arrayContaining(['events', 'directMarketing', 'partnerships', 'communityManagement']));
  });
});

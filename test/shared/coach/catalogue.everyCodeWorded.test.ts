import { describe, expect, it } from 'vitest';
import { reviewPlan } from '../../../shared/coach/progress';
import { wordMissing, wordWarning } from '../../../shared/coach/wording';
import { createTranslator } from '../../../shared/i18n';
import { fr } from '../../../shared/i18n/fr';
import { emptyPlan, selfCheckQuestions, type Action, type Plan } from '../../../shared/plan';
import { buildSample, sampleIds } from '../../../shared/samples';

const noActuals = () => Array<string | null>(12).fill(null);
const action = (patch: Partial<Action>): Action => ({
  id: 'a1', category: 'events', title: 'Salon', description: '', objectiveIds: [], segmentIds: [], owner: { kind: 'person', name: '' },
  activeMonths: [], costLines: [], kpis: [], detail: { resources: '', successFactors: '', limits: '', review: '' }, actualSpendCents: Array(12).fill(null),
  ...patch,
});

/** Plans that, between them, break every rule the coach has. */
function troubledPlans(): Plan[] {
  const base = () => emptyPlan(2027, '', '2026-01-01T00:00:00.000Z');
  const troubled = base();
  troubled.swot = [{ id: 's', quadrant: 'strength', text: 'Bon pain' }];
  troubled.objectives = [{ id: 'o', title: 'Être connu', family: 'awareness', indicator: '', baseline: '', target: '', unit: '', deadline: '', notes: '' }];
  troubled.segments = ['1', '2'].map((id) => ({ id, name: 'Tout le monde', role: 'core' as const, criteria: {}, estimatedSize: '', priority: 1, description: '' }));
  troubled.positioning = { target: 'tout le monde', marketDefinition: '', promise: '', reasonToBelieve: '', selfCheck: Object.fromEntries(selfCheckQuestions.map((q, i) => [q, i < 2])) };
  troubled.offer = { ...troubled.offer, description: 'Du pain' };
  troubled.products = [{ id: 'p', name: 'Baguette', unitCostCents: 200, priceExclVatCents: 100, vatRateBasisPoints: 550, competitorPrices: [], notes: '' }];
  troubled.channels = [{ id: 'c', kind: 'ownShop', name: 'Boutique', role: '', revenueShareBasisPoints: 5_000, commissionBasisPoints: 0, commissionInBudget: false }];
  troubled.budget = { method: 'fixedEnvelope', envelopeCents: 1, envelopeRateBasisPoints: null };
  troubled.actions = [
    action({ id: 'a1' }),
    action({
      id: 'a2',
      activeMonths: [12],
      costLines: [
        { id: 'f', kind: 'fixed', label: 'Stand', amountCents: 100_000, period: { kind: 'year' } },
        { id: 'r', kind: 'percentOfRevenue', label: 'Pub', rateBasisPoints: 100, period: { kind: 'year' } },
        { id: 'h', kind: 'internalHours', label: 'Temps', minutes: 40 * 60, per: 'week', period: { kind: 'year' } },
      ],
    }),
    action({
      id: 'a3',
      category: 'printOutdoor',
      kpis: [{ id: 'k', name: 'Visites', unit: '', direction: 'higherIsBetter', baseline: '40', target: '25', actualByMonth: noActuals(), catalogueKey: null }],
    }),
  ];
  // A newsletter while the RGPD checklist is untouched, and a large group of customers to win back.
  troubled.actions.push(action({ id: 'a4', category: 'emailingCrm', title: 'Newsletter' }));
  troubled.customerFile.figures = {
    asOf: '2026-12-31', customers: 100, purchases: 300, revenueCents: 100_000, averageBasketCents: 333, purchasesPerYearHundredths: 300,
    retentionBasisPoints: null, top20ShareBasisPoints: null, previousCustomers: 0, segments: { new: 10, loyal: 20, lost: 10, toReactivate: 40, occasional: 20 },
    probableDuplicates: 0, mergedDuplicates: 0, monthlyRevenue: [], lines: 300, badRows: 0, creditNotes: 0,
  };
  const noCore = base();
  noCore.segments = [{ id: '1', name: 'Retraités du quartier', role: 'secondary', criteria: {}, estimatedSize: '', priority: 1, description: '' }];
  noCore.budget = { method: 'percentOfRevenue', envelopeCents: null, envelopeRateBasisPoints: null };
  noCore.actions = [action({ costLines: [{ id: 'f', kind: 'fixed', label: '', amountCents: 100, period: { kind: 'year' } }] })];
  // Followed to the end of June: an event that spent 500 € in January for 100 € over the year, a
  // KPI at 10 % of its way in May and June (late both times), an objective due mid-July at 10 %.
  const steered = base();
  steered.steering = { asOf: '2027-06-30', revisions: [] };
  const months = (values: Record<number, string>) => Array.from({ length: 12 }, (_, index) => values[index + 1] ?? null);
  steered.actions = [
    action({
      id: 'over',
      costLines: [{ id: 'f', kind: 'fixed', label: 'Stand', amountCents: 10_000, period: { kind: 'year' } }],
      actualSpendCents: Array.from({ length: 12 }, (_, index) => (index === 0 ? 50_000 : index < 6 ? 0 : null)),
      kpis: [{ id: 'k', name: 'Visites', unit: '', direction: 'higherIsBetter', baseline: '0', target: '100', actualByMonth: months({ 5: '10', 6: '10' }), catalogueKey: null }],
    }),
  ];
  steered.objectives = [
    { id: 'o', title: 'Vendre 100 coffrets', family: 'conversion', indicator: 'Coffrets vendus', baseline: '0', target: '100', unit: 'coffrets', deadline: '2027-07-15', notes: '', actualByMonth: months({ 6: '10' }) },
  ];
  // Key accounts: one known through a single person who does not decide, buying more than its
  // potential, with no reason given; another with no committee, whose deal falls short of the target.
  const accounts = base();
  accounts.company.customerKind = 'b2b';
  const account = {
    id: 'k1', company: 'Cabinet Roy', sector: '', size: null, why: '', currentRevenueCents: 2_000, potentialCents: 1_000, nextStep: '', nextStepDate: '',
    actions: [], committee: [{ id: 'm', name: 'Hugo', position: '', role: 'buyer' as const, attitude: 'neutral' as const, channel: 'phone' as const, lastContact: '' }], opportunities: [],
  };
  accounts.accounts = [
    account,
    { ...account, id: 'k2', why: 'Nouveaux bureaux', currentRevenueCents: null, committee: [], opportunities: [{ id: 'o', title: 'Audit', amountCents: 100_000, closingMonth: 3, stage: 'proposal' as const, probabilityBasisPoints: null }] },
  ];
  accounts.pipelineTargets = { quarterCents: [50_000, null, null, null] };
  return [base(), troubled, noCore, steered, accounts];
}

const reviews = () => troubledPlans().map((plan) => reviewPlan(plan));

describe('every coaching code and missing item is emitted by a rule and worded in both languages', () => {
  it('emits every warning code of the French catalogue', () => {
    const emitted = new Set(reviews().flatMap((review) => Object.values(review).flatMap((step) => step.warnings.map((warning) => warning.code))));
    expect([...emitted].sort()).toEqual(Object.keys(fr.warnings).sort());
  });

  it('emits every missing item of the French catalogue', () => {
    const emitted = new Set(reviews().flatMap((review) => Object.values(review).flatMap((step) => step.progress.missing)));
    expect([...emitted].sort()).toEqual(Object.keys(fr.coach.missing).sort());
  });

  for (const language of ['fr', 'en'] as const) {
    it(`words each of them in ${language} with no raw key or placeholder left`, () => {
      const t = createTranslator(language);
      for (const review of reviews()) {
        for (const step of Object.values(review)) {
          for (const warning of step.warnings) {
            const sentence = wordWarning(t, warning);
            expect(sentence, warning.code).not.toMatch(/\{\{|\}\}|warnings\.|coach\.|\b[a-z]+\.[a-z]+[A-Z]\w*/);
            expect(sentence.length, warning.code).toBeGreaterThan(20);
          }
          const missing = wordMissing(t, step.progress.missing);
          expect(missing).not.toMatch(/coach\.missing|\{\{/);
        }
      }
    });
  }

  it('shows no raw key for any sample or an empty plan, in French and English', () => {
    for (const language of ['fr', 'en'] as const) {
      const t = createTranslator(language);
      const plans = [...sampleIds.map((id) => buildSample(id, language)), emptyPlan(2027, 'Vide', '')];
      for (const plan of plans) {
        for (const step of Object.values(reviewPlan(plan))) {
          expect(wordMissing(t, step.progress.missing)).not.toMatch(/coach\.missing|\{\{/);
          for (const warning of step.warnings) expect(wordWarning(t, warning)).not.toMatch(/warnings\.|\{\{/);
        }
      }
    }
  });
});

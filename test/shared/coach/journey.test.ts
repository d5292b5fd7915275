import { describe, expect, it } from 'vitest';
import { actionJourneyStages, journeyCoverage, journeyFor, journeyWarnings } from '../../../shared/coach/journey';
import { wordWarning } from '../../../shared/coach/wording';
import { createTranslator } from '../../../shared/i18n';
import { emptyPlan, type Action, type ActionCategory, type Plan } from '../../../shared/plan';
import { buildSample, sampleIds } from '../../../shared/samples';

const action = (id: string, category: ActionCategory, title: string, description = ''): Action => ({
  id, category, title, description, objectiveIds: [], segmentIds: [], owner: { kind: 'person', name: '' }, activeMonths: [], costLines: [], kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' }, actualSpendCents: Array(12).fill(null),
});

const shop = (actions: Action[], customerKind: Plan['company']['customerKind'] = 'b2c'): Plan => {
  const plan = emptyPlan(2027, 'Boulangerie', '2026-01-01T00:00:00.000Z');
  return { ...plan, company: { ...plan.company, customerKind }, actions };
};

const missingStages = (plan: Plan) => journeyWarnings(plan).map((warning) => (warning.code === 'journeyStageMissing' ? warning.params.stage : null));

describe('the customer-journey check', () => {
  it('warns a shop with neither an online-research nor a review action, and says what would do', () => {
    const plan = shop([action('a', 'printOutdoor', 'Flyers dans les boîtes aux lettres'), action('b', 'merchandising', 'Vitrine de Noël'), action('c', 'emailingCrm', 'Carte de fidélité')]);
    expect(missingStages(plan)).toEqual(['research', 'sharing']);
    const t = createTranslator('fr');
    expect(journeyWarnings(plan).map((warning) => wordWarning(t, warning))).toEqual([
      expect.stringMatching(/«\u00a0être trouvé en ligne\u00a0».*fiche Google/),
      expect.stringMatching(/«\u00a0avis et recommandation\u00a0».*avis Google/),
    ]);
  });

  it('finds the moments from the category and from the words, whatever the accents and case', () => {
    expect(actionJourneyStages(action('a', 'websiteSeo', 'Refonte'))).toContain('research');
    expect(actionJourneyStages(action('a', 'other', 'Fiche Google à jour'))).toContain('research');
    expect(actionJourneyStages(action('a', 'other', 'Demander un AVIS après chaque coupe'))).toEqual(['sharing']);
    expect(actionJourneyStages(action('a', 'other', 'Programme de PARRAINAGE'))).toEqual(['sharing']);
    expect(actionJourneyStages(action('a', 'other', 'Réservation en ligne'))).toEqual(['conversion']);
    expect(actionJourneyStages(action('a', 'other', 'Ask for reviews'))).toEqual(['sharing']);
    // Not inside a longer word: « avis » is not in « ravissant », « site » not in « visite ».
    expect(actionJourneyStages(action('a', 'other', 'Un décor ravissant pour la visite'))).toEqual([]);
  });

  it('takes the moments the owner ticked over the inferred ones, even none', () => {
    expect(actionJourneyStages({ ...action('a', 'websiteSeo', 'Avis Google'), journeyStages: ['afterSale'] })).toEqual(['afterSale']);
    const plan = shop([{ ...action('a', 'websiteSeo', 'Site et avis'), journeyStages: [] }]);
    expect(missingStages(plan)).toEqual(['research', 'conversion', 'afterSale', 'sharing']);
  });

  it('checks a company buyer’s journey for B2B plans, and both for a mixed plan with key accounts', () => {
    expect(journeyFor(shop([], 'b2b'))).toEqual(['awareness', 'qualification', 'proposal', 'loyalty']);
    expect(journeyFor(shop([], 'both'))).toEqual(['research', 'conversion', 'afterSale', 'sharing']);
    const mixed = { ...shop([], 'both'), accounts: [{ id: 'k', company: 'Roy', sector: '', size: null, why: '', currentRevenueCents: null, potentialCents: null, nextStep: '', nextStepDate: '', actions: [], committee: [], opportunities: [] }] };
    expect(journeyFor(mixed)).toHaveLength(8);
    const b2b = shop([action('a', 'events', 'Salon professionnel'), action('b', 'directMarketing', 'Appel après l’envoi'), action('c', 'other', 'Démonstration chez le client')], 'b2b');
    expect(missingStages(b2b)).toEqual(['loyalty']);
  });

  it('says nothing about an empty plan: its gap is having no action at all', () => {
    expect(journeyWarnings(shop([]))).toEqual([]);
  });

  it('lists, for each moment, the actions that serve it', () => {
    const plan = shop([action('a', 'websiteSeo', 'Site'), action('b', 'other', 'Avis Google')]);
    expect(journeyCoverage(plan)).toEqual([
      { stage: 'research', actionIds: ['a', 'b'] },
      { stage: 'conversion', actionIds: [] },
      { stage: 'afterSale', actionIds: [] },
      { stage: 'sharing', actionIds: ['b'] },
    ]);
  });

  it.each(sampleIds)('finds every moment of the journey in the %s sample', (id) => {
    for (const language of ['fr', 'en'] as const) {
      const plan = buildSample(id, language);
      expect(journeyCoverage(plan).filter((coverage) => coverage.actionIds.length === 0), language).toEqual([]);
    }
  });
});

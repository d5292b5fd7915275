import { describe, expect, it } from 'vitest';
import { REACTIVATION_MIN_CUSTOMERS, REACTIVATION_MIN_SHARE_BASIS_POINTS, reviewCustomers } from '../../../shared/coach/customers';
import { wordWarning } from '../../../shared/coach/wording';
import { createTranslator } from '../../../shared/i18n';
import { emptyPlan, rgpdItemIds, type CustomerFigures, type Plan } from '../../../shared/plan';
import { bakeryFigures, rgpdAction as action } from './customersPlan';

const newPlan = (): Plan => emptyPlan(2027, 'Boulangerie', '2026-01-01T00:00:00.000Z');
const fr = createTranslator('fr');

describe('warnings on actions that rely on checklist items still « à faire »', () => {
  it('names the action and its open items, joined « a, b et c », once per action', () => {
    const plan = newPlan();
    plan.actions = [action({ id: 'news', title: 'Newsletter des fêtes' }), action({ id: 'vitrine', title: 'Vitrine de Noël' })];
    const { warnings } = reviewCustomers(plan);
    expect(warnings).toEqual([
      {
        step: 'customers',
        code: 'actionNeedsRgpd',
        severity: 'warning',
        itemId: 'news',
        params: {
          title: 'Newsletter des fêtes',
          items: 'register,legalBasis,information,emailSmsConsent,oppositionList,retention,minimisation,processors',
        },
      },
    ]);
    const items =
      'inscrire le fichier au registre des traitements, choisir la base légale de chaque usage, informer les personnes dès la collecte, ' +
      'avoir l’accord des particuliers pour l’e-mail et le SMS, tenir une liste d’opposition respectée à chaque campagne, ' +
      'fixer et appliquer les durées de conservation, ne garder que les données utiles et encadrer vos sous-traitants par un contrat';
    expect(wordWarning(fr, warnings[0])).toBe(
      `L’action «\u00a0Newsletter des fêtes\u00a0» utilise les coordonnées de vos clients ou prospects. Avant de la lancer, réglez ces points de la check-list RGPD encore à faire : ${items}.`,
    );
  });

  it('leaves out the items done or not applicable, and says nothing once none is left', () => {
    const plan = newPlan();
    plan.company.customerKind = 'b2b';
    plan.actions = [action({ id: 'tel', title: 'Téléprospection des PME' })];
    plan.rgpd.items = {
      register: { state: 'done', note: '' },
      legalBasis: { state: 'done', note: '' },
      information: { state: 'notApplicable', note: '' },
      oppositionList: { state: 'done', note: '' },
      retention: { state: 'done', note: '' },
    };
    expect(reviewCustomers(plan).warnings).toMatchObject([{ itemId: 'tel', params: { items: 'minimisation' } }]);
    plan.rgpd.items.minimisation = { state: 'notApplicable', note: 'Nous ne gardons que le nom et la ville' };
    expect(reviewCustomers(plan).warnings).toEqual([]);
  });

  it('names the items in the reader’s language, two of them joined with « et » alone', () => {
    const plan = newPlan();
    plan.actions = [action({ title: 'Publipostage' })];
    plan.rgpd.items = Object.fromEntries(rgpdItemIds.filter((id) => id !== 'retention' && id !== 'register').map((id) => [id, { state: 'done' as const, note: '' }]));
    const [warning] = reviewCustomers(plan).warnings;
    expect(warning).toMatchObject({ params: { items: 'register,retention' } });
    expect(wordWarning(createTranslator('fr'), warning)).toContain('inscrire le fichier au registre des traitements et fixer et appliquer les durées de conservation');
    const english = wordWarning(createTranslator('en'), warning);
    expect(english).toContain(' and ');
    expect(english).not.toContain('registre');
  });

  it('puts a placeholder for an action without a title', () => {
    const plan = newPlan();
    plan.actions = [action({ title: '  ', category: 'emailingCrm' })];
    expect(reviewCustomers(plan).warnings[0]).toMatchObject({ code: 'actionNeedsRgpd', params: { title: '…' } });
  });
});

describe('the suggestion to win back the « à réactiver » customers', () => {
  const withFigures = (segments: Partial<CustomerFigures['segments']>): Plan => {
    const plan = newPlan();
    plan.customerFile.figures = bakeryFigures({ segments: { new: 0, loyal: 0, lost: 0, toReactivate: 0, occasional: 0, ...segments } });
    return plan;
  };
  const suggestions = (plan: Plan) => reviewCustomers(plan).warnings.filter((warning) => warning.code === 'reactivationGroup');

  it('keeps its thresholds where the rule says: 20 customers and 15 %', () => {
    expect(REACTIVATION_MIN_CUSTOMERS).toBe(20);
    expect(REACTIVATION_MIN_SHARE_BASIS_POINTS).toBe(1_500);
  });

  it('names the count and the share, in French figures, as a piece of advice', () => {
    const plan = withFigures({ toReactivate: 1_260, occasional: 5_740 });
    expect(suggestions(plan)).toEqual([{ step: 'customers', code: 'reactivationGroup', severity: 'info', params: { count: '1\u202f260', share: '18\u00a0%' } }]);
    expect(wordWarning(fr, suggestions(plan)[0])).toMatch(/^1\u202f260 clients sont «\u00a0à réactiver\u00a0» \(18\u00a0% de vos clients\)\./);
  });

  it('is given from exactly 20 customers, not at 19', () => {
    expect(suggestions(withFigures({ toReactivate: 20, loyal: 80 }))).toHaveLength(1);
    expect(suggestions(withFigures({ toReactivate: 19, loyal: 76 }))).toEqual([]);
  });

  it('is given from exactly 15 % of the segmented customers, not just under', () => {
    // 30 of 200 is 15 %; 30 of 201 is 14,9 %.
    expect(suggestions(withFigures({ toReactivate: 30, loyal: 170 }))).toMatchObject([{ params: { share: '15\u00a0%' } }]);
    expect(suggestions(withFigures({ toReactivate: 30, loyal: 171 }))).toEqual([]);
  });

  it('is not given without a sales file', () => {
    expect(suggestions(newPlan())).toEqual([]);
  });

  it('is not given when an action already goes after them', () => {
    for (const [title, description] of [
      ['Réactiver les clients perdus de vue', ''],
      ['Offre de retour', 'Une relance des clients qui ne sont pas venus depuis six mois'],
      ['Win-back e-mail', ''],
      ['Customer reactivation', ''],
    ]) {
      const plan = withFigures({ toReactivate: 100, loyal: 100 });
      plan.actions = [action({ title, description })];
      expect(suggestions(plan), title).toEqual([]);
    }
  });

  it('is not given when a target segment is about them', () => {
    const plan = withFigures({ toReactivate: 100, loyal: 100 });
    plan.segments = [{ id: 's', name: 'Clients à réactiver', role: 'secondary', criteria: {}, estimatedSize: '', priority: 2, description: '' }];
    expect(suggestions(plan)).toEqual([]);
  });
});

import { businessJourneyStages, consumerJourneyStages, type Action, type ActionCategory, type JourneyStage, type Plan } from '../plan';
import { plainText, wordStarts } from '../rgpd/words';
import { warningAt, type CoachWarning } from './types';

/**
 * How an action is placed on the journey when the owner has not said (DOMAIN §5c): by its category,
 * then by the words of its title and description, in French and in English. Stems are written for
 * plain text (no accents, lower case).
 */
const stageRules: Record<JourneyStage, { categories: readonly ActionCategory[]; words: RegExp }> = {
  research: {
    categories: ['websiteSeo', 'onlineAdvertising'],
    words: wordStarts(
      ['site', 'seo', 'referenc', 'google', 'fiche (d\'etablissement|google|entreprise)', 'annuaire', 'pages jaunes', 'maps', 'moteur', 'website', 'search', 'listing'].join('|'),
    ),
  },
  conversion: {
    categories: ['merchandising'],
    words: wordStarts(
      ['vitrine', 'boutique', 'magasin', 'reserv', 'rendez-vous', 'prise de rendez', 'devis', 'commande', 'click', 'retrait', 'degustation', 'essai', 'panier', 'caisse', 'booking', 'quote', 'shop', 'order', 'checkout', 'tasting', 'trial'].join('|'),
    ),
  },
  afterSale: {
    categories: ['emailingCrm'],
    words: wordStarts(['fidel', 'carte', 'newsletter', 'abonne', 'anniversaire', 'relance client', 'suivi client', 'loyalty', 'follow-up', 'birthday', 'subscri'].join('|')),
  },
  sharing: {
    categories: [],
    words: wordStarts(['avis', 'review', 'recommand', 'parrain', 'bouche', 'temoign', 'e-reputation', 'reputation', 'partag', 'referral', 'testimon', 'word of mouth', 'recommend'].join('|')),
  },
  awareness: {
    categories: ['contentMarketing', 'communityManagement', 'events', 'pressPr', 'partnerships', 'websiteSeo'],
    words: wordStarts(['linkedin', 'salon', 'reseau', 'prescri', 'webinai', 'article', 'blog', 'conferenc', 'network', 'trade show', 'partenai', 'partner', 'contenu', 'content'].join('|')),
  },
  qualification: {
    categories: ['directMarketing'],
    words: wordStarts(['qualif', 'prospect', 'teleprospect', 'phoning', 'appel', 'rendez-vous', 'audit', 'diagnostic', 'prise de contact', 'lead', 'call', 'meeting'].join('|')),
  },
  proposal: {
    categories: [],
    words: wordStarts(['proposition', 'devis', 'offre commerciale', 'demonstr', 'demo', 'essai', 'pilote', 'soutenance', 'appel d\'offres', 'quote', 'proposal', 'tender', 'pitch', 'trial'].join('|')),
  },
  loyalty: {
    categories: ['emailingCrm'],
    words: wordStarts(['fidel', 'client existant', 'clients existants', 'revue de compte', 'comite de pilotage', 'satisfaction', 'newsletter', 'club', 'account review', 'upsell', 'loyalty', 'existing client', 'existing customer'].join('|')),
  },
};

/** The journey moments an action serves: the ones the owner ticked, else those its category and words point to. */
export function actionJourneyStages(action: Pick<Action, 'category' | 'title' | 'description' | 'journeyStages'>): JourneyStage[] {
  if (action.journeyStages !== undefined) return [...action.journeyStages];
  const known = inferred.get(action);
  if (known) return [...known];
  const words = plainText(`${action.title}\n${action.description}`);
  const stages = (Object.keys(stageRules) as JourneyStage[]).filter((stage) => {
    const rule = stageRules[stage];
    return rule.categories.includes(action.category) || rule.words.test(words);
  });
  inferred.set(action, stages);
  return [...stages];
}

/** Plans are immutable: an action edited is a new object, so each one is read once, not at every review of every keystroke. */
const inferred = new WeakMap<object, readonly JourneyStage[]>();

/**
 * The journey the plan is checked against: a shop's customer's, a company buyer's, or, for a firm
 * selling to both, the shop's and, once it has key accounts, the company's too.
 */
export function journeyFor(plan: Pick<Plan, 'company' | 'accounts'>): JourneyStage[] {
  const kind = plan.company.customerKind;
  if (kind === 'b2c') return [...consumerJourneyStages];
  if (kind === 'b2b') return [...businessJourneyStages];
  return plan.accounts.length > 0 ? [...consumerJourneyStages, ...businessJourneyStages] : [...consumerJourneyStages];
}

export interface JourneyCoverage {
  stage: JourneyStage;
  actionIds: string[];
}

/** For each moment of the plan's journey, the actions that serve it (empty: a gap). */
export function journeyCoverage(plan: Pick<Plan, 'company' | 'accounts' | 'actions'>): JourneyCoverage[] {
  const placed = plan.actions.map((action) => ({ id: action.id, stages: actionJourneyStages(action) }));
  return journeyFor(plan).map((stage) => ({ stage, actionIds: placed.filter((action) => action.stages.includes(stage)).map((action) => action.id) }));
}

const warn = warningAt('promotion');

/**
 * One remark per moment with no action, once the plan has actions at all (an empty plan has a
 * louder gap to fill first). Being found and being recommended are the method's two musts (§5c).
 */
export function journeyWarnings(plan: Pick<Plan, 'company' | 'accounts' | 'actions'>): CoachWarning[] {
  if (plan.actions.length === 0) return [];
  return journeyCoverage(plan)
    .filter((coverage) => coverage.actionIds.length === 0)
    // Both parameters carry the stage's id: the wording (coach/wording.ts) turns one into its name, the other into examples.
    .map((coverage) => warn('journeyStageMissing', 'warning', { stage: coverage.stage, examples: coverage.stage }));
}

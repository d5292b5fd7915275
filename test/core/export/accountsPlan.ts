import type { CommitteeMember, KeyAccount, Opportunity, Plan } from '../../../shared/plan';
import { fixtureAction } from '../../shared/fixtures/fixtureAction';
import { fullPlan } from '../../shared/fixtures/fullPlan';

const member = (id: string, name: string, position: string, role: CommitteeMember['role'], attitude: CommitteeMember['attitude'], channel: CommitteeMember['channel'], lastContact: string): CommitteeMember => ({
  id,
  name,
  position,
  role,
  attitude,
  channel,
  lastContact,
});

const deal = (id: string, title: string, amountCents: number, closingMonth: number, stage: Opportunity['stage'], probabilityBasisPoints: number | null = null): Opportunity => ({
  id,
  title,
  amountCents,
  closingMonth,
  stage,
  probabilityBasisPoints,
});

/**
 * The deals of accountsPlan, with the probability each one counts for (its stage's usual one unless
 * typed): the tests work the weighted amounts out from these, not from shared/compute.
 */
export const accountDeals = {
  durand: [
    // 1 234,57 € at 15 %: 185,1855 € to round to 185,19 €.
    deal('opp-audit', 'Audit sécurité du parc', 123_457, 2, 'qualified'),
    deal('opp-postes', 'Renouvellement des postes', 2_450_000, 5, 'proposal'),
    // Negotiation is usually 45 %: the owner typed 35 %.
    deal('opp-infogerance', 'Contrat d’infogérance', 3_600_000, 8, 'negotiation', 3_500),
  ],
  clinique: [
    // 9 999,99 € at 10 %: 999,999 € to round to 1 000,00 €.
    deal('opp-sauvegarde', 'Sauvegarde externalisée', 999_999, 3, 'identified'),
    deal('opp-formation', 'Formation à l’hameçonnage', 456_789, 11, 'won'),
    deal('opp-parefeu', 'Pare-feu du bloc opératoire', 800_000, 12, 'lost'),
    // 3 333,33 € at a typed 33,33 %: 1 110,998889 € to round to 1 111,00 €.
    deal('opp-messagerie', 'Messagerie sécurisée', 333_333, 10, 'proposal', 3_333),
  ],
  mairie: [deal('opp-cablage', 'Câblage de l’école Jean-Moulin', 1_500_000, 7, 'qualified', 1_250)],
};

/** The probability a deal counts for, in basis points, from the method's scale unless typed. */
export const usualProbability = { identified: 1_000, qualified: 1_500, proposal: 2_000, negotiation: 4_500, won: 10_000, lost: 0 } as const;

/** Three key accounts of the full plan's firm, their committees and deals, and the actions that reach them. */
export function accountsPlan(): Plan {
  const plan = fullPlan();
  const accounts: KeyAccount[] = [
    {
      id: 'acc-durand',
      company: 'Transports Durand',
      sector: 'Transport et logistique',
      size: 'eti',
      why: 'Trois cents postes répartis sur six dépôts, un parc vieillissant et un incident de rançongiciel chez un concurrent cet hiver.',
      currentRevenueCents: 1_500_000,
      potentialCents: 6_000_000,
      nextStep: 'Présenter l’audit au comité de direction',
      nextStepDate: '2027-02-15',
      actions: [
        { actionId: 'act-salon', roles: ['decisionMaker', 'prescriber'] },
        { actionId: 'act-1', roles: [] },
      ],
      committee: [
        member('mem-durand', 'M. Durand', 'Directeur général', 'decisionMaker', 'favourable', 'event', '2026-11-20'),
        member('mem-roy', 'Mme Roy', 'Responsable informatique', 'prescriber', 'neutral', 'linkedin', '2026-12-03'),
        member('mem-martin', 'Léa Martin', 'Cheffe de dépôt', 'user', 'reserved', 'phone', '2026-10-12'),
      ],
      opportunities: accountDeals.durand,
    },
    {
      id: 'acc-clinique',
      company: 'Clinique Saint-Roch',
      sector: 'Santé',
      size: 'pme',
      why: 'Des données de santé à protéger et une certification à renouveler en 2028.',
      currentRevenueCents: 300_000,
      potentialCents: 1_000_000,
      nextStep: 'Démonstration de la messagerie sécurisée',
      nextStepDate: '2027-03-10',
      actions: [{ actionId: 'act-salon', roles: ['buyer', 'user'] }],
      committee: [
        member('mem-morel', 'Dr Morel', 'Directrice', 'decisionMaker', 'neutral', 'introduction', '2026-09-30'),
        member('mem-lenoir', 'Paul Lenoir', 'Acheteur', 'buyer', 'favourable', 'phone', '2026-12-15'),
      ],
      opportunities: accountDeals.clinique,
    },
    {
      id: 'acc-mairie',
      company: 'Mairie de Vienne',
      sector: 'Collectivité',
      size: null,
      why: 'Un marché public de câblage des écoles annoncé pour l’été.',
      currentRevenueCents: null,
      potentialCents: 2_000_000,
      nextStep: 'Répondre à l’appel d’offres',
      nextStepDate: '',
      actions: [],
      committee: [],
      opportunities: accountDeals.mairie,
    },
  ];
  return {
    ...plan,
    actions: [
      ...plan.actions,
      fixtureAction('act-salon', 'events', 'Salon Préventica', [10], [
        { id: 'cost-salon', kind: 'fixed', label: 'Stand de 9 m²', amountCents: 450_000, period: { kind: 'months', from: 10, to: 10 } },
      ]),
    ],
    accounts,
    // T1 and T2 just out of reach, T3 far from it, no target for T4.
    pipelineTargets: { quarterCents: [500_000, 500_000, 3_250_000, null] },
  };
}

/** The same firm with eight accounts, long texts among them: for the pages' layout. */
export function eightAccountsPlan(): Plan {
  const plan = accountsPlan();
  const sectors = ['Industrie agroalimentaire', 'Cabinet d’avocats', 'Enseignement supérieur', 'Hôtellerie', 'Bâtiment et travaux publics'];
  const extra: KeyAccount[] = sectors.map((sector, index) => ({
    id: `acc-extra-${index}`,
    company: ['Fromageries du Vercors', 'Cabinet Lefèvre & Associés', 'Institut universitaire de technologie de Lyon', 'Hôtel des Célestins', 'Constructions Rhodaniennes'][index],
    sector,
    size: (['pme', 'tpe', 'eti', 'pme', 'large'] as const)[index],
    why: index === 2 ? 'Un campus de quatre bâtiments, deux mille étudiants, un service informatique de trois personnes débordé à chaque rentrée et un projet de salle blanche pour la recherche. '.repeat(2) : 'Un besoin de sécurité qui grandit avec l’activité.',
    currentRevenueCents: [250_000, 0, 1_200_000, 600_000, 2_999_900][index],
    potentialCents: [2_000_000, 400_000, 1_800_000, 1_000_000, 4_999_800][index],
    nextStep: 'Rendez-vous de découverte',
    nextStepDate: `2027-0${index + 3}-12`,
    actions: [{ actionId: 'act-salon', roles: index % 2 === 0 ? [] : ['decisionMaker', 'buyer', 'gatekeeper'] }],
    committee: Array.from({ length: 2 + (index % 3) }, (_, at) =>
      member(`mem-x${index}-${at}`, ['Sophie Garnier', 'Karim Benali', 'Jean-Baptiste de La Tour-Maubourg', 'Nadia Perrin'][at], ['Directrice administrative et financière', 'Responsable des achats', 'Directeur des systèmes d’information', 'Assistante'][at], (['decisionMaker', 'buyer', 'prescriber', 'gatekeeper'] as const)[at], (['favourable', 'neutral', 'reserved', 'neutral'] as const)[at], (['linkedin', 'phone', 'event', 'introduction'] as const)[at], '2026-12-01'),
    ),
    opportunities: [
      deal(`opp-x${index}-a`, 'Audit de sécurité et plan de remédiation sur trois ans', 1_000_000 + index * 125_050, 3 + index, 'proposal'),
      deal(`opp-x${index}-b`, 'Maintenance', 420_000, 9 + (index % 4), index % 2 === 0 ? 'negotiation' : 'identified'),
    ],
  }));
  return { ...plan, accounts: [...plan.accounts, ...extra] };
}

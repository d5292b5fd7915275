/** Key accounts, the buying committee, the weighted pipeline and the customer journey (issue 17), in French. */
export const accountsFr = {
  missing: {
    keyAccounts: 'nommer les comptes clés que vous voulez gagner ou développer',
    accountWhy: 'dire pour chaque compte pourquoi il est une cible',
    buyingCommittee: 'décrire le comité d’achat de chaque compte',
    opportunities: 'noter les affaires en cours (opportunités)',
    pipelineTargets: 'indiquer le chiffre d’affaires nouveau à signer par trimestre',
  },
  warnings: {
    accountWithoutDecisionMaker:
      '«\u00a0{{company}}\u00a0» n’a pas de décideur identifié : sans lui, aucune proposition ne sera signée. Trouvez qui décide, et qui peut vous le présenter.',
    accountSingleContact:
      'Chez «\u00a0{{company}}\u00a0», vous ne connaissez qu’une personne : un départ ou un refus et le compte est perdu. Visez au moins deux contacts, dont le décideur.',
    accountAbovePotential:
      'Chez «\u00a0{{company}}\u00a0», le chiffre d’affaires actuel dépasse le potentiel estimé : revoyez le potentiel, qui est tout ce que le compte dépense dans votre métier.',
    pipelineShortfall: 'Il vous manque {{missing}} d’affaires pondérées au T{{quarter}} pour atteindre {{target}} de chiffre d’affaires nouveau.',
    journeyStageMissing: 'Aucune action ne sert le moment «\u00a0{{stage}}\u00a0» du parcours client. {{examples}}',
  },
  accountTerms: {
    sizes: { tpe: 'TPE (moins de 10 salariés)', pme: 'PME (10 à 249 salariés)', eti: 'ETI (250 à 4 999 salariés)', large: 'Grande entreprise' },
    roles: {
      decisionMaker: 'Décideur',
      prescriber: 'Prescripteur',
      user: 'Utilisateur',
      buyer: 'Acheteur',
      influencer: 'Influenceur',
      gatekeeper: 'Filtre / bloqueur',
    },
    attitudes: { favourable: 'Favorable', neutral: 'Neutre', reserved: 'Réservé' },
    channels: { linkedin: 'LinkedIn', phone: 'Téléphone', event: 'Événement', introduction: 'Mise en relation' },
    stages: {
      identified: 'Identifiée',
      qualified: 'Qualifiée',
      proposal: 'Proposition',
      negotiation: 'Négociation',
      won: 'Gagnée',
      lost: 'Perdue',
    },
    bands: { conquest: 'Conquête', development: 'Développement', loyalty: 'Fidélisation' },
    bandHelp: {
      conquest: 'moins de 30 % de ses achats : il reste presque tout à gagner',
      development: 'de 30 à 60 % : développez les autres besoins du compte',
      loyalty: 'plus de 60 % : protégez la relation',
    },
  },
  journey: {
    title: 'Le parcours client couvert par vos actions',
    stages: {
      research: { name: 'être trouvé en ligne', examples: 'Par exemple : fiche Google à jour, site avec vos prix et vos preuves, présence dans les annuaires.' },
      conversion: { name: 'faire acheter', examples: 'Par exemple : vitrine et boutique soignées, réservation ou devis en ligne, offre d’essai.' },
      afterSale: { name: 'après l’achat', examples: 'Par exemple : carte de fidélité, lettre d’information, relance des clients.' },
      sharing: { name: 'avis et recommandation', examples: 'Par exemple : demander un avis Google après l’achat, y répondre, proposer un parrainage.' },
      awareness: { name: 'se faire connaître (réseaux, contenus)', examples: 'Par exemple : publications LinkedIn, salon professionnel, prescripteurs, articles de blog.' },
      qualification: { name: 'qualifier les prospects', examples: 'Par exemple : appel après un envoi, rendez-vous découverte, audit offert.' },
      proposal: { name: 'la proposition', examples: 'Par exemple : démonstration, proposition commerciale suivie, pilote chez le client.' },
      loyalty: { name: 'fidéliser les clients', examples: 'Par exemple : revue de compte annuelle, lettre d’information clients, club utilisateurs.' },
    },
    covered_one: '{{count}} action',
    covered_other: '{{count}} actions',
    gap: 'aucune action',
    tagsLabel: 'Moments du parcours servis',
    tagsHelp: 'Déduits de la catégorie et du titre de l’action ; cochez vous-même pour corriger.',
    automatic: 'Déduire automatiquement',
  },
} as const;

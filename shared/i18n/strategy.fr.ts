/** Strategy steps (diagnostic, objectives, targets, positioning), coaching warnings and the `check` command, in French. */
export const strategyFr = {
  diagnostic: {
    intro:
      'Avant de décider quoi faire, faites le point : ce qui marche, ce qui coince, et ce qui change autour de vous. Une bonne réponse est courte et concrète : « 60 % de nos clients reviennent chaque semaine » vaut mieux que « bonne clientèle ». Ce diagnostic guidera tous vos choix : cibles, positionnement, actions.',
    swotTitle: 'La grille SWOT',
    swotHelp:
      'Les forces et les faiblesses parlent de votre entreprise (interne), les opportunités et les menaces de ce qui se passe autour d’elle (externe) ; les unes vous aident, les autres vous freinent.',
    axisInternal: 'Interne (votre entreprise)',
    axisExternal: 'Externe (votre marché)',
    axisPositive: 'Positif (ce qui vous aide)',
    axisNegative: 'Négatif (ce qui vous freine)',
    quadrants: {
      strength: {
        title: 'Forces',
        help: 'Ce que vous faites mieux que les autres, ce que vos clients apprécient.',
        placeholder: 'Ex. : clientèle fidèle, pain cuit sur place toute la journée',
      },
      weakness: {
        title: 'Faiblesses',
        help: 'Ce qui vous freine aujourd’hui et que vous pourriez améliorer.',
        placeholder: 'Ex. : pas de site internet, très peu d’avis en ligne',
      },
      opportunity: {
        title: 'Opportunités',
        help: 'Ce qui change autour de vous et pourrait vous profiter.',
        placeholder: 'Ex. : un nouveau quartier de logements ouvre à 500 m',
      },
      threat: {
        title: 'Menaces',
        help: 'Ce qui, à l’extérieur, pourrait vous coûter des clients ou de la marge.',
        placeholder: 'Ex. : une chaîne de boulangeries s’installe dans la rue',
      },
    },
    addItem: 'Ajouter',
    itemLabel: 'Élément',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    remove: 'Supprimer',
    examplesTitle: 'Exemples — cliquez pour ajouter',
    examples: {
      strength: [
        'Clientèle fidèle qui revient chaque semaine',
        'Savoir-faire artisanal reconnu, travail soigné',
        'Prix accessibles pour une qualité équivalente',
        'Nombreux avis clients très positifs en ligne',
        'Fichier clients à jour avec les adresses e-mail',
        'Relations de confiance avec quelques gros clients',
      ],
      weakness: [
        'Ventes en baisse au dernier trimestre',
        'Peu connu en dehors du quartier',
        'Site internet daté, qui attire peu de visites',
        'Une gamme qui rapporte peu de marge',
        'Trop dépendant de deux ou trois gros clients',
        'Agenda de rendez-vous très irrégulier selon les semaines',
      ],
      opportunity: [
        'Les ventes en ligne progressent dans notre secteur',
        'Un concurrent proche vient de fermer',
        'Nouveaux logements en construction à proximité',
        'Des aides à la rénovation qui relancent la demande',
        'Demande croissante pour le local et le fait maison',
        'Des entreprises voisines cherchent un prestataire local',
      ],
      threat: [
        'Un concurrent qui se développe vite dans la zone',
        'Baisse du pouvoir d’achat de nos clients',
        'Hausse du prix des matières premières et de l’énergie',
        'Les clients comparent tout en ligne avant d’acheter',
        'Une nouvelle réglementation plus contraignante',
        'De grandes plateformes vendent les mêmes produits moins cher',
      ],
    },
    competitorsTitle: 'Vos concurrents',
    competitorsHelp:
      'Pour chacun, notez ce qu’il promet, ce qu’il fait bien ou mal et le niveau de ses prix : vous verrez plus vite où vous démarquer. Pensez aussi aux concurrents indirects, comme une grande surface ou un site en ligne.',
    addCompetitor: 'Ajouter un concurrent',
    removeCompetitor: 'Supprimer ce concurrent',
    noCompetitor: 'Aucun concurrent pour l’instant. Commencez par celui que vos clients citent le plus souvent.',
    competitor: {
      name: 'Nom',
      namePlaceholder: 'Ex. : Boulangerie du Marché',
      positioning: 'Son positionnement',
      positioningPlaceholder: 'Ex. : le pain bio haut de gamme, pour une clientèle aisée',
      addedValue: 'Ce qu’il apporte à ses clients',
      addedValuePlaceholder: 'Ex. : ouvert le dimanche après-midi',
      strengths: 'Ce qu’il fait bien',
      strengthsPlaceholder: 'Ex. : grand choix de viennoiseries, vitrine soignée',
      weaknesses: 'Ce qu’il fait moins bien',
      weaknessesPlaceholder: 'Ex. : longue attente le samedi, accueil froid',
      priceLevel: 'Niveau de prix',
      priceLevels: {
        low: 'Bas',
        medium: 'Moyen',
        high: 'Élevé',
        unknown: 'Je ne sais pas',
      },
      keepsPromise: 'Tient-il ses promesses ?',
      keepsPromiseOptions: {
        yes: 'Oui',
        no: 'Non',
        unknown: 'Je ne sais pas',
      },
      notes: 'Remarques',
      notesPlaceholder: 'Ex. : vient d’ouvrir un second point de vente près de la gare.',
    },
  },
  objectives: {
    intro:
      'Avant de choisir vos actions (réseaux sociaux, flyers, site…), décidez ce que vous voulez obtenir : ce sont vos objectifs qui désignent les bons outils, pas l’inverse. Un bon objectif se mesure : un indicateur, un point de départ, une valeur visée et une date. « Avoir plus de clients » est un souhait ; « passer de 20 à 30 nouveaux clients par mois d’ici septembre » est un objectif.',
    add: 'Ajouter un objectif',
    remove: 'Supprimer cet objectif',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    empty: 'Aucun objectif pour l’instant. Partez d’un des exemples proposés ou écrivez le vôtre.',
    startersTitle: 'Pour démarrer',
    startersHelp: 'Cliquez sur un objectif courant pour l’ajouter, puis adaptez-le à vos propres chiffres.',
    starters: [
      {
        title: 'Augmenter le chiffre d’affaires',
        family: 'conversion',
        indicator: 'Chiffre d’affaires HT sur l’année',
        unit: '€',
      },
      {
        title: 'Se faire connaître dans sa zone',
        family: 'awareness',
        indicator: 'Abonnés sur Instagram ou Facebook',
        unit: 'abonnés',
      },
      {
        title: 'Gagner de nouveaux clients',
        family: 'acquisition',
        indicator: 'Nouveaux clients par mois',
        unit: 'clients/mois',
      },
      {
        title: 'Faire revenir les clients',
        family: 'loyalty',
        indicator: 'Part des clients revenus dans les trois mois',
        unit: '%',
      },
      {
        title: 'Augmenter le panier moyen',
        family: 'conversion',
        indicator: 'Montant moyen d’un achat',
        unit: '€',
      },
      {
        title: 'Attirer plus de visiteurs sur le site',
        family: 'acquisition',
        indicator: 'Visites du site par mois',
        unit: 'visites/mois',
      },
      {
        title: 'Obtenir plus d’avis clients en ligne',
        family: 'awareness',
        indicator: 'Nombre d’avis Google',
        unit: 'avis',
      },
      {
        title: 'Être vendu dans de nouveaux points de vente',
        family: 'distribution',
        indicator: 'Revendeurs ou points de vente actifs',
        unit: 'points de vente',
      },
    ],
    fields: {
      title: 'Objectif',
      titlePlaceholder: 'Ex. : Attirer plus de clients en semaine',
      family: 'Type d’objectif',
      indicator: 'Indicateur (ce que vous comptez)',
      indicatorPlaceholder: 'Ex. : clients par jour, du mardi au jeudi',
      baseline: 'Point de départ',
      baselinePlaceholder: 'Ex. : 45',
      target: 'Valeur visée',
      targetPlaceholder: 'Ex. : 60',
      unit: 'Unité',
      unitPlaceholder: 'Ex. : clients/jour',
      deadline: 'Échéance',
      notes: 'Remarques',
      notesPlaceholder: 'Ex. : chiffre relevé sur la caisse à la fin de chaque mois.',
    },
    families: {
      awareness: 'Notoriété',
      acquisition: 'Acquisition',
      conversion: 'Conversion',
      loyalty: 'Fidélisation',
      distribution: 'Distribution',
      fundraising: 'Financement',
      other: 'Autre',
    },
    familyHelp: {
      awareness: 'Être connu et reconnu par plus de monde.',
      acquisition: 'Attirer de nouveaux clients ou prospects.',
      conversion: 'Transformer l’intérêt en achats, et vendre plus à chaque passage.',
      loyalty: 'Faire revenir vos clients et les garder longtemps.',
      distribution: 'Être disponible là où vos clients achètent.',
      fundraising: 'Réunir de l’argent pour un projet, par exemple par un financement participatif.',
      other: 'Tout objectif qui n’entre pas dans les cases précédentes.',
    },
    measurable: 'Mesurable',
    notMeasurableTitle: 'Pas encore mesurable',
    notMeasurableWhy: 'Sans chiffre ni date, impossible de savoir en fin d’année si vos efforts ont payé.',
    notMeasurableExample:
      'Au lieu de « Être plus visible », écrivez : « Passer de 300 à 600 visites par mois sur notre site d’ici juin ».',
    missingParts: {
      indicator: 'un indicateur',
      target: 'une valeur visée',
      deadline: 'une échéance',
    },
  },
  targets: {
    intro:
      'D’abord, on découpe son marché en groupes de clients qui se ressemblent (âge, lieu, habitudes, type d’entreprise…) : c’est la segmentation. Ensuite, on choisit le ou les groupes à servir en priorité : c’est le ciblage. « Tout le monde » n’est pas une cible : un message qui parle à tous ne touche personne, et le budget s’éparpille.',
    segmentsTitle: 'Vos segments de clientèle',
    segmentsHelp:
      'Un segment est un groupe de clients aux besoins et aux habitudes proches. Pour chacun, indiquez son rôle et sa priorité.',
    addSegment: 'Ajouter un segment',
    removeSegment: 'Supprimer ce segment',
    empty: 'Aucun segment pour l’instant. Commencez par vos meilleurs clients d’aujourd’hui : qui sont-ils ?',
    segment: {
      name: 'Nom du segment',
      namePlaceholder: 'Ex. : Jeunes parents du quartier',
      role: 'Rôle',
      roles: {
        core: 'Cœur de cible',
        secondary: 'Cible secondaire',
        influencer: 'Influenceur',
        prescriber: 'Prescripteur',
        distributor: 'Distributeur',
        investor: 'Investisseur',
      },
      roleHelp:
        'Le cœur de cible est le groupe prioritaire, celui pour qui vous construisez votre offre. Les autres comptent aussi : ceux qui vous recommandent, influencent l’achat, revendent ou financent.',
      estimatedSize: 'Taille estimée',
      estimatedSizePlaceholder: 'Ex. : environ 1 200 foyers à moins d’un kilomètre',
      priority: 'Priorité',
      priorityHelp: '1 = la plus haute, 5 = la plus basse.',
      description: 'Description',
      descriptionPlaceholder:
        'Ex. : couples de 28 à 40 ans avec de jeunes enfants, pressés le matin, attachés au fait maison.',
    },
    criteriaTitleB2c: 'Critères (clients particuliers)',
    criteriaTitleB2b: 'Critères (clients entreprises)',
    criteria: {
      b2c: {
        age: { label: 'Âge', placeholder: 'Ex. : 25 à 40 ans' },
        gender: { label: 'Sexe', placeholder: 'Ex. : surtout des femmes' },
        location: { label: 'Lieu', placeholder: 'Ex. : habitants à moins de 2 km' },
        income: { label: 'Revenus', placeholder: 'Ex. : revenus moyens à élevés' },
        familySituation: { label: 'Situation familiale', placeholder: 'Ex. : couples avec jeunes enfants' },
        behaviour: { label: 'Habitudes d’achat', placeholder: 'Ex. : achètent le matin en allant au travail' },
        motivations: { label: 'Motivations', placeholder: 'Ex. : gagner du temps, manger sain' },
      },
      b2b: {
        sector: { label: 'Secteur d’activité', placeholder: 'Ex. : cabinets d’expertise comptable' },
        companySize: { label: 'Taille de l’entreprise', placeholder: 'Ex. : 10 à 50 salariés' },
        location: { label: 'Zone géographique', placeholder: 'Ex. : Auvergne-Rhône-Alpes' },
        buyerRole: { label: 'Qui décide de l’achat', placeholder: 'Ex. : le dirigeant, avec l’avis du comptable' },
        buyingProcess: { label: 'Façon d’acheter', placeholder: 'Ex. : trois devis comparés, décision en deux mois' },
        budget: { label: 'Budget', placeholder: 'Ex. : 2 000 à 5 000 € par an' },
      },
    },
    personasTitle: 'Personas : vos clients types',
    personasHelp:
      'Donnez un visage à votre cœur de cible : un client imaginaire mais réaliste, avec un prénom, des besoins et des habitudes. Vous saurez mieux comment lui parler.',
    addPersona: 'Ajouter un persona',
    removePersona: 'Supprimer ce persona',
    personaFor: 'Persona de la cible « {{segment}} »',
    personaNoSegment: 'Persona sans cible rattachée',
    persona: {
      name: 'Prénom',
      namePlaceholder: 'Ex. : Julie',
      age: 'Âge',
      agePlaceholder: 'Ex. : 34 ans',
      situation: 'Situation',
      situationPlaceholder: 'Ex. : infirmière, deux enfants, habite à cinq minutes de la boutique.',
      needs: 'Besoins',
      needsPlaceholder: 'Ex. : un petit-déjeuner rapide pour toute la famille avant l’école.',
      frustrations: 'Frustrations',
      frustrationsPlaceholder: 'Ex. : la file d’attente du samedi matin, les prix qui ne sont pas affichés.',
      habits: 'Habitudes',
      habitsPlaceholder: 'Ex. : passe vers 7 h 30, commande parfois la veille par téléphone, regarde Instagram le soir.',
      quote: 'Ce qu’elle ou il pourrait dire',
      quotePlaceholder: 'Ex. : « J’aime bien qu’on me mette ma baguette de côté sans que je le demande. »',
    },
  },
  positioning: {
    intro:
      'Le positionnement, c’est la place que vous voulez occuper dans l’esprit de vos clients. Il tient en quatre pièces : pour qui, dans quelle catégorie, avec quelle promesse et quelle preuve. Assemblées, elles forment une phrase qui guidera vos décisions : offre, prix, communication.',
    elements: {
      target: {
        label: 'Cible',
        help: 'À qui vous adressez-vous en priorité ? Décrivez en quelques mots leur profil et leurs habitudes.',
        placeholder: 'Ex. : les actifs du quartier qui achètent leur petit-déjeuner en allant au travail',
      },
      marketDefinition: {
        label: 'Catégorie',
        help: 'Dans quelle catégorie vos clients vous rangent-ils, et quel service leur rendez-vous ? C’est à cela qu’ils vous comparent.',
        placeholder: 'Ex. : la boulangerie artisanale de quartier',
      },
      promise: {
        label: 'Promesse',
        help: 'Le bénéfice, un seul, qui fait venir vos clients : gain de temps, goût, prix, sérénité… Commencez par un verbe, car la promesse complète « … qui ».',
        placeholder: 'Ex. : sert un petit-déjeuner fait maison, prêt en deux minutes',
      },
      reasonToBelieve: {
        label: 'Preuve',
        help: 'Ce qui rend votre promesse crédible : un savoir-faire, un chiffre, un label, un engagement. Sans preuve, une promesse n’est qu’un slogan ; commencez là aussi par un verbe.',
        placeholder: 'Ex. : cuit tout sur place dès 5 h et réserve une caisse aux formules du matin',
      },
    },
    statementTitle: 'Votre phrase de positionnement',
    statementTemplate: 'Pour {{target}}, {{brand}} est {{category}} qui {{benefit}}, parce que seul {{brand}} {{proof}}.',
    statementBlanks: {
      target: '[votre cible]',
      brand: '[votre entreprise]',
      category: '[votre catégorie]',
      benefit: '[votre promesse]',
      proof: '[votre preuve]',
    },
    selfCheckTitle: 'Testez votre positionnement',
    selfCheckHelp: 'Répondez franchement par oui ou par non : chaque « non » montre un point à retravailler.',
    yes: 'Oui',
    no: 'Non',
    questions: {
      differentiates: 'Vous distingue-t-il clairement de vos concurrents ?',
      focusesCoreTarget: 'S’adresse-t-il d’abord à votre cœur de cible ?',
      roomToGrow: 'Vous laisse-t-il de la place pour grandir (nouveaux clients, nouvelles offres) ?',
      uniqueValue: 'Apporte-t-il à vos clients quelque chose qu’ils ne trouvent pas ailleurs ?',
      crediblePromise: 'Votre promesse est-elle crédible, appuyée par une vraie preuve ?',
      clearAndMemorable: 'Est-il simple à comprendre et facile à retenir ?',
      consistentAcrossCompany: 'Toute votre équipe peut-elle l’expliquer et le tenir au quotidien ?',
      hardToCopy: 'Est-il difficile à copier, au point que vous puissiez vous l’approprier ?',
      resistsCompetitors: 'Tiendrait-il si un concurrent répliquait (baisse de prix, offre semblable) ?',
      guidesDecisions: 'Vous aide-t-il à trancher vos choix : offre, prix, communication ?',
    },
    score: '{{yes}} « oui » sur {{total}}',
    answered: '{{count}} réponse(s) sur {{total}}',
    verdicts: {
      incomplete: 'Répondez à toutes les questions pour obtenir le bilan.',
      solid: 'Positionnement solide : vous pouvez bâtir vos actions dessus.',
      toStrengthen: 'Bonne base, à renforcer : retravaillez les points où vous avez répondu « non ».',
      toRethink: 'Positionnement à repenser : reprenez la cible, la promesse ou la preuve avant de passer aux actions.',
    },
  },
  warnings: {
    swotQuadrantEmpty:
      'La case « {{quadrant}} » de votre grille SWOT est vide. Ajoutez au moins un élément : un diagnostic incomplet fausse les choix qui suivent.',
    noCompetitor:
      'Aucun concurrent n’est renseigné. Vos clients vous comparent toujours à quelqu’un : notez au moins votre principal concurrent pour savoir où vous démarquer.',
    noObjective:
      'Aucun objectif n’est défini. Sans objectif, impossible de choisir les bonnes actions ni de savoir si elles ont marché : commencez par un ou deux objectifs chiffrés.',
    objectiveNotMeasurable:
      'L’objectif « {{title}} » n’est pas encore mesurable (manque : {{missing}}). Complétez-le pour pouvoir suivre vos progrès en cours d’année.',
    noSegment:
      'Aucun segment de clientèle n’est décrit. Découpez votre marché en quelques groupes de clients : vous choisirez ensuite lesquels servir en priorité.',
    noCoreTarget:
      'Aucun segment n’est désigné comme cœur de cible. Choisissez votre groupe prioritaire : c’est pour lui que vous construirez votre offre et vos messages.',
    severalCoreTargets:
      '{{count}} segments sont marqués « cœur de cible ». Un cœur de cible, c’est un choix : gardez le plus important et passez les autres en cible secondaire.',
    everyoneTarget:
      'Le segment « {{name}} » revient à viser « tout le monde ». Une cible aussi large dilue vos messages et votre budget : précisez qui achète vraiment chez vous (âge, lieu, habitudes).',
    coreWithoutPersona:
      'Votre cœur de cible « {{name}} » n’a pas encore de persona. Décrire un client type aide à choisir les bons mots et les bons canaux.',
    positioningIncomplete:
      'Votre positionnement est incomplet. Remplissez les quatre pièces (cible, catégorie, promesse, preuve) pour obtenir une phrase claire.',
    positioningEveryone:
      'La cible de votre positionnement revient à « tout le monde ». Un positionnement qui vise tout le monde ne se distingue de personne : repartez de votre cœur de cible.',
    positioningWeak:
      'Votre positionnement n’obtient que {{yes}} « oui » sur {{total}} au test. Retravaillez la promesse et la preuve avant de lancer vos actions : tout le reste s’appuie dessus.',
  },
  missing: {
    swot: 'remplir les quatre cases de la grille SWOT',
    competitors: 'nommer au moins un concurrent',
    objectives: 'définir au moins un objectif',
    measurableObjectives: 'rendre chaque objectif mesurable (indicateur, valeur visée, échéance)',
    segments: 'décrire vos segments de clientèle',
    coreTarget: 'choisir un cœur de cible',
    persona: 'créer un persona pour votre cœur de cible',
    positioningElements: 'remplir les quatre pièces du positionnement',
    selfCheck: 'répondre à toutes les questions du test',
  },
  check: {
    title: 'Vérification du plan « {{title}} »',
    stepLine: '{{step}} : {{state}}',
    toDo: 'À faire : {{items}}',
    noWarning: 'Aucun point d’attention. Beau travail !',
    warningCount: '{{count}} point(s) d’attention',
    severity: {
      warning: 'Attention',
      info: 'Conseil',
    },
    usageLine: 'check FICHIER [--lang en]                vérifie le plan et liste les points à revoir',
  },
} as const;

/** Literal strings widen to string, arrays (of strings or of objects) and objects recursively. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };

/** The English catalogue must have exactly the same keys. */
export type StrategyCatalog = Widen<typeof strategyFr>;

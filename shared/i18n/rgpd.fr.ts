/** The RGPD checklist of the « Fichier clients » step (issue 15), in French. */
export const rgpdFr = {
  /** What the step still lacks (coach.missing.<key>). */
  missing: {
    rgpdItems: 'passer en revue chaque point de la check-list RGPD (fait ou sans objet)',
  },
  /** Coaching remarks (warnings.<code>). */
  warnings: {
    actionNeedsRgpd:
      'L’action «\u00a0{{title}}\u00a0» utilise les coordonnées de vos clients ou prospects. Avant de la lancer, réglez ces points de la check-list RGPD encore à faire : {{items}}.',
    reactivationGroup:
      '{{count}} clients sont «\u00a0à réactiver\u00a0» ({{share}} de vos clients). Ils vous connaissent déjà : une action pour les faire revenir, comme une offre de retour par e-mail ou par courrier, coûte bien moins cher que de gagner de nouveaux clients.',
  },
  rgpd: {
    /** Between the last two items of a list: « a, b et c ». */
    and: 'et',
    title: 'Check-list RGPD',
    intro:
      'Votre fichier clients ne sert vos actions que s’il respecte le RGPD : passez chaque point en revue et marquez-le fait ou sans objet.',
    states: { todo: 'À faire', done: 'Fait', notApplicable: 'Sans objet' },
    /** Counts of the checklist, for the exports' heading. */
    summary: 'Fait : {{done}} · À faire : {{todo}} · Sans objet : {{notApplicable}}',
    item: 'Point à vérifier',
    explanation: 'Explication',
    state: 'État',
    note: 'Remarque',
    notePlaceholder: 'Ex. : registre tenu dans le classeur «\u00a0RGPD\u00a0» du bureau, mis à jour en janvier',
    figuresTitle: 'Chiffres du fichier de ventes',
    segmentsTitle: 'Segments de clients',
    segment: 'Segment',
    customers: 'Clients',
    rule: 'Règle',
    sourceFile: 'Fichier importé',
    asOf: 'Date des chiffres',
    amounts: 'Montants',
    noSalesFile: 'Aucun fichier de ventes importé : les chiffres et les segments de vos clients s’afficheront ici après l’import.',
    items: {
      register: {
        title: 'Inscrire le fichier au registre des traitements',
        explanation:
          'Le registre des activités de traitement est un document tenu par l’entreprise qui décrit chacun de ses fichiers de données personnelles : à quoi il sert, ce qu’il contient, qui y a accès et combien de temps il est gardé. Votre fichier de clients et de prospects doit y avoir sa fiche. Une page par fichier suffit : le modèle de registre simplifié de la CNIL est fait pour cela.',
      },
      legalBasis: {
        title: 'Choisir la base légale de chaque usage',
        explanation:
          'Chaque usage du fichier repose sur une base légale prévue par le RGPD : le contrat pour les commandes et la facturation, l’obligation légale pour la comptabilité, l’intérêt légitime ou le consentement pour la prospection. Notez-la dans le registre : c’est elle qui dit ce que vous pouvez faire des données et ce que vous devez demander aux personnes.',
      },
      information: {
        title: 'Informer les personnes dès la collecte',
        explanation:
          'Quand vous recueillez des coordonnées (bon de commande, carte de fidélité, formulaire du site), dites qui vous êtes, à quoi elles serviront, combien de temps vous les gardez et comment les personnes peuvent exercer leurs droits. Une courte mention sur le formulaire, qui renvoie vers une page plus complète, suffit.',
      },
      emailSmsConsent: {
        title: 'Avoir l’accord des particuliers pour l’e-mail et le SMS',
        explanation:
          'Pour prospecter un particulier par e-mail ou par SMS, il faut son accord préalable : une case qu’il coche lui-même, jamais cochée d’avance. Exception pour vos clients : vous pouvez leur écrire au sujet de produits ou de services analogues à ceux qu’ils vous ont achetés, s’ils en ont été prévenus à la collecte et ont pu refuser à ce moment-là. Ils doivent aussi pouvoir refuser dans chaque message, par un lien de désinscription.',
      },
      phoneConsent: {
        title: 'Avoir l’accord des particuliers avant de les appeler',
        explanation:
          'À partir du 11 août 2026, démarcher un consommateur par téléphone demande son consentement préalable, libre, spécifique, éclairé, sans ambiguïté et révocable, dont vous gardez la preuve (article L223-1 du code de la consommation, réécrit par la loi du 30 juin 2025). Seule exception : appeler un client pendant un contrat en cours, au sujet de ce contrat. Le démarchage pour des travaux de rénovation énergétique du logement est, lui, interdit.',
      },
      b2bOptOut: {
        title: 'Laisser les professionnels refuser la prospection',
        explanation:
          'Un professionnel peut recevoir sans accord préalable des messages sur son adresse professionnelle, à condition qu’ils portent sur son métier : un logiciel de caisse proposé à un restaurateur, pas un voyage. Il doit être prévenu de cet usage de son adresse et pouvoir refuser simplement, dans chaque message ; s’il refuse, vous cessez.',
      },
      oppositionList: {
        title: 'Tenir une liste d’opposition respectée à chaque campagne',
        explanation:
          'Les personnes qui ont demandé à ne plus être sollicitées (désinscription, refus au téléphone, courrier) vont sur une liste d’opposition que vous consultez avant chaque campagne. Ne vous contentez pas de les effacer du fichier : au prochain import de vos ventes ou d’un fichier acheté, elles reviendraient.',
      },
      retention: {
        title: 'Fixer et appliquer les durées de conservation',
        explanation:
          'Un prospect peut être gardé 3 ans après son dernier contact avec vous, un client 3 ans après la fin de la relation commerciale (son dernier achat, le plus souvent). Passé ce délai, supprimez ses données ou rendez-les anonymes ; les factures, elles, se conservent 10 ans, à part, pour la comptabilité.',
      },
      minimisation: {
        title: 'Ne garder que les données utiles',
        explanation:
          'Ne demandez et ne gardez que ce dont la relation a besoin : le nom, les coordonnées et les achats suffisent le plus souvent ; une date de naissance n’a sa place que si vous vous en servez vraiment. Dans les zones de commentaire, restez factuel : aucune appréciation sur la personne, rien sur sa santé, ses opinions ou sa religion.',
      },
      security: {
        title: 'Protéger l’accès au fichier',
        explanation:
          'Seules les personnes qui en ont besoin ouvrent le fichier, chacune avec son compte et un mot de passe solide qu’elle ne partage pas. Faites des sauvegardes régulières, rangées à part, et vérifiez de temps en temps qu’elles se relisent ; un ordinateur portable ou une clé USB qui contient le fichier doit être chiffré.',
      },
      processors: {
        title: 'Encadrer vos sous-traitants par un contrat',
        explanation:
          'L’outil d’e-mailing, le logiciel de caisse en ligne ou l’hébergeur qui traitent les données pour votre compte sont vos sous-traitants : un contrat doit dire ce qu’ils ont le droit d’en faire et comment ils les protègent. Chez les grands outils, ce sont leurs conditions ou leur avenant «\u00a0protection des données\u00a0» (DPA) : vérifiez qu’il existe et gardez-en une copie.',
      },
      transfers: {
        title: 'Savoir si les données sortent de l’Union européenne',
        explanation:
          'Si l’un de vos outils stocke ou consulte les données hors de l’Union européenne, comme beaucoup d’outils américains, ce transfert doit être encadré : pays reconnu par la Commission européenne, clauses contractuelles types ou cadre de protection des données UE–États-Unis. Vérifiez-le dans les conditions de l’outil et notez-le au registre ; à défaut, préférez un outil hébergé en Europe.',
      },
      requests: {
        title: 'Répondre aux demandes d’accès et d’effacement',
        explanation:
          'Chacun peut vous demander les données que vous avez sur lui, les faire corriger ou effacer, ou refuser la prospection ; vous avez un mois pour répondre. Décidez qui s’en occupe et comment vérifier l’identité de la personne. Quand quelqu’un refuse la prospection, inscrivez-le sur la liste d’opposition plutôt que de seulement l’effacer.',
      },
      cnilModels: {
        title: 'S’appuyer sur les modèles de la CNIL',
        explanation:
          'La CNIL publie gratuitement sur son site, cnil.fr, un modèle de registre simplifié à remplir et un guide pratique du RGPD pour les TPE et PME, avec des exemples de mentions d’information. Cherchez «\u00a0registre simplifié\u00a0» et «\u00a0guide TPE PME\u00a0» sur cnil.fr : partir de ces modèles évite d’oublier un point.',
      },
    },
  },
} as const;

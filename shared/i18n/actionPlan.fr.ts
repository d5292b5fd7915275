/** Action plan: categories, the catalogue of ready actions with their tool sheets, the KPI catalogue and the key dates of the French commercial year, in French. */
export const actionPlanFr = {
  actionPlan: {
    categories: {
      contentMarketing: 'Marketing de contenu',
      merchandising: 'Merchandising',
      communityManagement: 'Animation des réseaux sociaux',
      onlineAdvertising: 'Publicité en ligne',
      websiteSeo: 'Site web et référencement',
      emailingCrm: 'E-mailing et fichier clients',
      events: 'Événements et salons',
      printOutdoor: 'Imprimés et affichage',
      pressPr: 'Presse et relations publiques',
      directMarketing: 'Marketing direct',
      partnerships: 'Partenariats',
      other: 'Autre',
    },
    categoryHelp: {
      contentMarketing:
        'Articles, guides, vidéos ou études de cas qui montrent votre savoir-faire et attirent des clients sans les démarcher.',
      merchandising:
        'La mise en valeur de vos produits là où l’on achète : vitrine, rayons, comptoir, fiches produits du site.',
      communityManagement:
        'Publier, répondre et faire vivre une communauté sur les réseaux sociaux et les sites d’avis.',
      onlineAdvertising:
        'Des annonces payantes sur les moteurs de recherche, les réseaux sociaux ou d’autres sites, visibles tant que vous payez.',
      websiteSeo: 'Votre site, votre fiche Google et tout ce qui aide à vous trouver quand on cherche en ligne.',
      emailingCrm: 'Votre fichier clients et ce que vous en faites : newsletters, relances, fidélisation, SMS.',
      events: 'Les occasions de rencontrer vos clients en vrai : salons, portes ouvertes, marchés, ateliers.',
      printOutdoor: 'Flyers, plaquettes, affiches, panneaux et marquage de véhicule.',
      pressPr:
        'Faire parler de vous dans les journaux, à la radio ou dans la presse professionnelle, sans acheter d’espace.',
      directMarketing:
        'Contacter personnellement des clients ou des prospects choisis : courrier, téléphone, SMS, liste de comptes clés. Démarcher des particuliers par téléphone demande leur accord préalable depuis le 11 août 2026.',
      partnerships: 'S’allier à d’autres : commerces voisins, revendeurs, prescripteurs, associations.',
      other: 'Ce qui n’entre dans aucune autre case : un nouveau canal de vente, un financement participatif…',
    },
  },
  actionCatalogue: [
    {
      key: 'expert-blog',
      category: 'contentMarketing',
      family: 'acquisition',
      audience: 'both',
      title: 'Publier des articles de conseils sur son site',
      description:
        'Écrire chaque mois un ou deux articles qui répondent aux questions de vos clients (« comment entretenir un parquet ? », « quelle coupe pour des cheveux fins ? ») et les partager sur vos réseaux.',
      kpis: ['searchRanking', 'trafficBySource', 'leads'],
      detail: {
        resources:
          'Deux à quatre heures par article, ou un rédacteur indépendant, et une liste de sujets tirés des questions de vos clients.',
        successFactors:
          'La régularité et des réponses vraiment utiles, écrites avec les mots que vos clients tapent dans les moteurs de recherche.',
        limits: 'Les effets arrivent lentement, souvent après plusieurs mois, et un blog laissé à l’abandon donne une image négligée.',
        review:
          'Chaque trimestre, suivez les visites venues des moteurs de recherche et les demandes de contact nées des articles.',
      },
    },
    {
      key: 'customer-case-study',
      category: 'contentMarketing',
      family: 'conversion',
      audience: 'b2b',
      title: 'Rédiger une étude de cas client',
      description:
        'Raconter en une page, avec l’accord d’un client satisfait, son problème de départ, la solution apportée et les résultats chiffrés, puis s’en servir sur le site, en rendez-vous et sur LinkedIn.',
      kpis: ['leads', 'meetings', 'conversionRate'],
      detail: {
        resources: 'Un entretien d’une heure avec le client, une demi-journée de rédaction et sa validation écrite.',
        successFactors:
          'Des chiffres concrets et la parole du client lui-même : un prospect croit un confrère plus volontiers qu’un vendeur.',
        limits:
          'Certains clients refusent d’être cités ; prévoyez une version anonyme (« un cabinet comptable de 20 personnes »).',
        review: 'Comptez les prospects qui l’ont lue avant de signer et demandez aux commerciaux si elle a levé des doutes.',
      },
    },
    {
      key: 'expert-webinar',
      category: 'contentMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Animer un webinaire d’expert',
      description:
        'Organiser une conférence en ligne de 45 minutes sur un problème que vivent vos clients, avec inscription par formulaire, questions en direct et envoi de l’enregistrement aux inscrits.',
      kpis: ['participants', 'leads', 'meetings'],
      detail: {
        resources:
          'Un outil de visioconférence, une présentation, deux jours de préparation et des invitations envoyées trois semaines avant.',
        successFactors:
          'Un sujet précis et utile, sans argumentaire commercial, et une relance personnelle des inscrits dans la semaine.',
        limits:
          'Une bonne partie des inscrits ne se connecte pas en direct : l’enregistrement et la relance comptent autant que la séance.',
        review: 'Comparez inscrits, présents et rendez-vous obtenus dans le mois qui suit.',
      },
    },
    {
      key: 'how-to-videos',
      category: 'contentMarketing',
      family: 'awareness',
      audience: 'b2c',
      title: 'Filmer de courtes vidéos de savoir-faire',
      description:
        'Tourner au téléphone des vidéos d’une minute qui montrent votre métier (le façonnage du pain, une coloration, la pose d’un carrelage) et les publier sur Instagram, TikTok ou YouTube.',
      kpis: ['impressions', 'engagementRate', 'audienceSize'],
      detail: {
        resources: 'Un téléphone, un petit trépied, une application de montage gratuite et une heure par semaine.',
        successFactors:
          'Montrer les gestes et les coulisses, avec des sous-titres pour ceux qui regardent sans le son, à un rythme que vous pouvez tenir.',
        limits:
          'Les vues ne deviennent pas toutes des clients : sans rappel de votre adresse ou de votre offre, l’effet reste diffus.',
        review:
          'Chaque mois, notez les vues, les abonnés gagnés et les clients qui disent vous avoir découvert par une vidéo.',
      },
    },
    {
      key: 'downloadable-guide',
      category: 'contentMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Proposer un guide pratique à télécharger',
      description:
        'Rédiger un guide ou une liste de contrôle (« 10 points à vérifier avant de choisir un prestataire informatique ») à télécharger sur votre site en échange d’une adresse e-mail professionnelle.',
      kpis: ['leads', 'costPerLead', 'conversionRate'],
      detail: {
        resources:
          'Deux à trois jours de rédaction et de mise en page, un formulaire sur le site et un e-mail de suivi automatique.',
        successFactors:
          'Un vrai problème de vos clients, résolu concrètement, puis une relance qui propose un échange.',
        limits: 'Beaucoup de téléchargements viennent de simples curieux : triez les contacts avant de les appeler.',
        review: 'Mesurez le nombre de contacts obtenus, ce que chacun a coûté et la part qui devient un rendez-vous.',
      },
    },
    {
      key: 'seasonal-window',
      category: 'merchandising',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Renouveler la vitrine à chaque saison',
      description:
        'Changer la vitrine au moins six fois par an autour d’un thème (fêtes, rentrée, produits de saison), avec un produit phare et un prix bien lisibles.',
      kpis: ['footfall', 'newCustomers'],
      detail: {
        resources: 'Une demi-journée par vitrine, un petit budget de décor réutilisable et un calendrier des thèmes.',
        successFactors:
          'Un seul message par vitrine, un bon éclairage et des prix affichés : le passant se décide en quelques secondes.',
        limits: 'Une vitrine ne touche que les gens qui passent devant : elle ne suffit pas dans une rue peu fréquentée.',
        review:
          'Comparez le nombre d’entrées ou de tickets de caisse la semaine avant et les deux semaines après le changement.',
      },
    },
    {
      key: 'checkout-impulse-display',
      category: 'merchandising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Placer de petits achats d’impulsion près de la caisse',
      description:
        'Installer près de la caisse un présentoir de petits produits à moins de 5 € (biscuits, soins de voyage, accessoires) qui complètent l’achat principal.',
      kpis: ['averageBasket', 'revenue'],
      detail: {
        resources:
          'Un présentoir, une sélection de produits qui laissent une bonne marge et dix minutes par jour pour le garder plein et rangé.',
        successFactors:
          'Des produits liés à ce que les clients viennent acheter, renouvelés souvent et proposés de vive voix.',
        limits: 'Un comptoir encombré ralentit le passage en caisse et brouille l’image d’une boutique haut de gamme.',
        review: 'Suivez chaque mois le panier moyen et les ventes des produits du présentoir.',
      },
    },
    {
      key: 'in-store-tasting',
      category: 'merchandising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Organiser une dégustation en boutique',
      description:
        'Faire goûter un samedi par mois un produit nouveau ou méconnu, avec une petite offre valable le jour même.',
      kpis: ['footfall', 'averageBasket', 'newCustomers'],
      detail: {
        resources:
          'Quelques produits offerts, une table, une personne disponible trois heures et une affichette posée la semaine d’avant.',
        successFactors:
          'Choisir l’heure d’affluence, raconter l’origine du produit et avoir assez de stock pour vendre tout de suite.',
        limits: 'Les règles d’hygiène s’appliquent, et certains visiteurs goûtent sans jamais acheter.',
        review: 'Comparez les ventes du produit goûté et le panier moyen du jour avec ceux d’un samedi ordinaire.',
      },
    },
    {
      key: 'eshop-product-pages',
      category: 'merchandising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Soigner les fiches produits de la boutique en ligne',
      description:
        'Reprendre les fiches des produits les plus vus : plusieurs photos nettes, usages, dimensions, délai de livraison, avis clients et suggestions de produits complémentaires.',
      kpis: ['conversionRate', 'averageBasket'],
      detail: {
        resources: 'Une journée de photos, puis une heure par fiche, en commençant par les dix produits les plus consultés.',
        successFactors:
          'Répondre d’avance aux questions qui freinent l’achat : taille, matière, frais et délai de livraison, retours.',
        limits: 'De belles fiches ne rattrapent pas un prix trop élevé ni des frais de port dissuasifs.',
        review: 'Comparez le taux de conversion des fiches reprises avant et après, sur au moins un mois.',
      },
    },
    {
      key: 'holiday-gift-boxes',
      category: 'merchandising',
      family: 'conversion',
      audience: 'both',
      title: 'Composer des coffrets cadeaux pour les fêtes',
      description:
        'Préparer trois coffrets à prix ronds (20, 35 et 50 €) pour Noël, la fête des mères ou les cadeaux d’entreprise, mis en avant en boutique et en ligne.',
      kpis: ['averageBasket', 'revenue'],
      detail: {
        resources: 'Des emballages, une demi-journée de composition et des photos pour le site et les réseaux.',
        successFactors: 'Des coffrets prêts à offrir, disponibles tôt, avec une version sur commande pour les entreprises.',
        limits: 'Les emballages et les produits invendus pèsent sur la marge si l’on en prépare trop.',
        review: 'Comptez les coffrets vendus par modèle et la marge dégagée, puis ajustez pour l’année suivante.',
      },
    },
    {
      key: 'regular-social-posts',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'b2c',
      title: 'Publier régulièrement sur Instagram ou Facebook',
      description:
        'Publier deux ou trois fois par semaine selon un planning simple (nouveautés, coulisses, clients avec leur accord, infos pratiques) et répondre aux commentaires dans la journée.',
      kpis: ['audienceSize', 'engagementRate', 'impressions'],
      detail: {
        resources: 'Deux à trois heures par semaine, un téléphone et un tableau des sujets du mois.',
        successFactors: 'Choisir le réseau où sont vos clients plutôt que tous à la fois, et tenir le rythme dans la durée.',
        limits:
          'Les publications gratuites touchent peu de monde, et le nombre d’abonnés ne dit rien des ventes.',
        review: 'Chaque mois, regardez les abonnés gagnés, les réactions et les clients qui citent vos réseaux.',
      },
    },
    {
      key: 'linkedin-social-selling',
      category: 'communityManagement',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Développer ses relations d’affaires sur LinkedIn',
      description:
        'Soigner son profil, partager chaque semaine un conseil ou une analyse de son métier, commenter les publications de ses prospects et proposer un échange aux contacts intéressés. N’envoyez jamais de plaquette commerciale dès la mise en relation.',
      kpis: ['meetings', 'leads', 'audienceSize'],
      detail: {
        resources: 'Un profil complet et vingt à trente minutes par jour, pour le dirigeant et, si possible, chaque commercial.',
        successFactors:
          'Apporter de l’expertise plutôt que de l’autopromotion, et passer de l’échange en ligne à un vrai rendez-vous.',
        limits: 'Les résultats viennent lentement, et un argumentaire envoyé juste après la connexion fait fuir.',
        review: 'Comptez les conversations engagées et les rendez-vous obtenus, pas les ventes immédiates.',
      },
    },
    {
      key: 'ask-and-answer-reviews',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'both',
      title: 'Demander des avis clients et y répondre',
      description:
        'Demander un avis en ligne aux clients satisfaits (carte avec QR code à la caisse, e-mail après la prestation) et répondre à chaque avis, bon ou mauvais, sous 48 heures.',
      kpis: ['reviewsCount', 'averageRating'],
      detail: {
        resources: 'Des cartes ou un chevalet avec QR code, et un quart d’heure par semaine pour répondre.',
        successFactors:
          'Demander au bon moment, quand le client vient de vous remercier, et répondre aux critiques avec calme et une solution.',
        limits: 'Acheter ou inventer des avis est interdit et sanctionné ; un avis négatif ne s’efface pas, il se traite.',
        review: 'Chaque mois, relevez le nombre d’avis et la note moyenne sur Google et les sites de votre métier.',
      },
    },
    {
      key: 'micro-influencer-campaign',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'b2c',
      title: 'Mini-campagne avec de petits influenceurs',
      description:
        'Confier vos produits à trois à cinq créateurs de contenu de votre domaine suivis par 1 000 à 10 000 abonnés (on parle de micro- ou de nano-influenceurs), chacun avec un code promo personnel pour suivre les ventes.',
      kpis: ['impressions', 'couponRedemption', 'newCustomers'],
      detail: {
        resources:
          'Des produits offerts, parfois une rémunération, et quelques heures pour choisir les comptes et leur écrire.',
        successFactors:
          'Des créateurs dont le public ressemble à votre cible, libres de leur ton, avec un partenariat clairement signalé.',
        limits:
          'La loi impose d’indiquer la collaboration commerciale, et certains comptes gonflent leur audience avec de faux abonnés.',
        review: 'Comptez les codes promo utilisés par créateur et rapportez les ventes au coût total.',
      },
    },
    {
      key: 'social-media-contest',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'b2c',
      title: 'Organiser un jeu-concours sur les réseaux sociaux',
      description:
        'Faire gagner un produit ou une prestation aux personnes qui commentent une publication ou s’abonnent au compte, avec un règlement simple et un tirage au sort à date annoncée.',
      kpis: ['audienceSize', 'engagementRate'],
      detail: {
        resources: 'Un lot attirant, un règlement écrit et deux heures pour lancer, suivre et annoncer le gagnant.',
        successFactors: 'Un lot lié à votre métier, pour attirer de futurs clients plutôt que des chasseurs de cadeaux.',
        limits: 'Beaucoup de participants se désabonnent après le tirage, et chaque réseau impose ses règles : demander de partager la publication pour participer y est interdit.',
        review: 'Regardez combien de nouveaux abonnés restent un mois après, et si certains sont devenus clients.',
      },
    },
    {
      key: 'search-ads',
      category: 'onlineAdvertising',
      family: 'acquisition',
      audience: 'both',
      title: 'Acheter des annonces sur les moteurs de recherche',
      description:
        'Diffuser des annonces sur quelques recherches précises (« plombier urgence Nantes », « coffret thé bio »), avec un budget fixé en pourcentage du chiffre d’affaires qu’elles apportent, par exemple 10 %.',
      kpis: ['costPerAcquisition', 'conversionRate', 'roi'],
      detail: {
        resources: 'Un compte publicitaire, un budget mensuel plafonné et une heure par semaine pour surveiller les résultats.',
        successFactors:
          'Des mots-clés précis, des annonces qui mènent à la bonne page et un suivi des ventes réellement obtenues.',
        limits:
          'La visibilité s’arrête dès que vous cessez de payer, et ces annonces ne sont pas utiles dans toutes les niches.',
        review: 'Chaque mois, comparez le chiffre d’affaires apporté par les annonces à ce qu’elles ont coûté : c’est le ROAS (CA ÷ dépense).',
      },
    },
    {
      key: 'retargeting-ads',
      category: 'onlineAdvertising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Relancer les visiteurs du site par la publicité',
      description:
        'Montrer pendant quelques semaines des annonces, sur les réseaux sociaux et d’autres sites, aux personnes qui ont vu vos pages produits sans acheter.',
      kpis: ['conversionRate', 'costPerAcquisition', 'roi'],
      detail: {
        resources:
          'Un bandeau de consentement aux cookies conforme, le code de suivi de la plateforme publicitaire installé sur le site et un petit budget mensuel.',
        successFactors: 'Limiter le nombre d’affichages par personne et montrer le produit réellement consulté.',
        limits:
          'Les visiteurs qui refusent les cookies échappent à la relance, et trop d’insistance agace.',
        review: 'Comparez le coût de chaque vente obtenue ainsi avec celui de vos autres canaux.',
      },
    },
    {
      key: 'local-social-ads',
      category: 'onlineAdvertising',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Faire de la publicité locale sur les réseaux sociaux',
      description:
        'Sponsoriser une publication auprès des habitants situés à quelques kilomètres de votre commerce, pour une ouverture, une nouveauté ou une offre limitée dans le temps.',
      kpis: ['impressions', 'newCustomers', 'costPerAcquisition'],
      detail: {
        resources: 'Un visuel ou une courte vidéo, quelques dizaines d’euros par campagne et une heure de réglage.',
        successFactors: 'Un ciblage par zone, âge et centres d’intérêt, et une offre claire à présenter en boutique.',
        limits:
          'Les vues coûtent peu mais ne font pas venir à elles seules ; sans offre à présenter, l’effet est difficile à prouver.',
        review: 'Comptez les clients qui présentent l’offre en caisse et divisez le coût de la campagne par ce nombre.',
      },
    },
    {
      key: 'linkedin-ads-key-accounts',
      category: 'onlineAdvertising',
      family: 'awareness',
      audience: 'b2b',
      title: 'Toucher ses comptes clés par la publicité LinkedIn',
      description:
        'Sponsoriser une étude de cas ou un guide auprès des salariés d’une liste précise d’entreprises cibles, pour préparer le terrain avant l’appel du commercial.',
      kpis: ['impressions', 'leads', 'costPerLead'],
      detail: {
        resources:
          'La liste des entreprises visées, un contenu utile à mettre en avant et un budget de quelques centaines d’euros par mois.',
        successFactors: 'Une liste courte, choisie avec les commerciaux, et un contenu qui parle des problèmes de ces entreprises.',
        limits: 'Le coût par clic est élevé, et la liste doit être assez large pour que la diffusion démarre.',
        review:
          'Suivez combien de personnes des comptes visés ont vu ou cliqué, puis les rendez-vous décrochés dans ces entreprises.',
      },
    },
    {
      key: 'google-business-profile',
      category: 'websiteSeo',
      family: 'acquisition',
      audience: 'both',
      title: 'Compléter sa fiche d’établissement Google',
      description:
        'Remplir entièrement votre fiche Google (horaires, photos, services, prix, lien de réservation) et y publier chaque semaine une actualité ou une offre.',
      kpis: ['searchRanking', 'impressions', 'reviewsCount'],
      detail: {
        resources: 'Une heure pour la créer ou la reprendre, puis un quart d’heure par semaine.',
        successFactors:
          'Des horaires toujours justes, jours fériés compris, de vraies photos et des réponses à tous les avis.',
        limits: 'Vous ne maîtrisez pas tout : des internautes peuvent suggérer des modifications ou ajouter des photos.',
        review:
          'Chaque mois, regardez dans les statistiques de la fiche les appels, les demandes d’itinéraire et les clics vers le site.',
      },
    },
    {
      key: 'local-seo',
      category: 'websiteSeo',
      family: 'acquisition',
      audience: 'both',
      title: 'Améliorer le référencement local du site',
      description:
        'Lister cinq à dix recherches typiques de vos clients (« coiffeur Annecy », « menuisier sur mesure Lyon ») et retravailler les titres, les textes et les pages du site pour y répondre.',
      kpis: ['searchRanking', 'trafficBySource', 'websiteVisits'],
      detail: {
        resources: 'Quelques jours de travail ou un prestataire, et un outil gratuit de suivi des recherches.',
        successFactors:
          'Une page claire par service et par zone, des textes écrits pour les gens avant les moteurs, un site rapide sur téléphone.',
        limits: 'Les positions progressent en plusieurs mois et peuvent bouger sans prévenir.',
        review: 'Chaque trimestre, notez vos positions sur ces recherches et les visites venues des moteurs.',
      },
    },
    {
      key: 'online-booking',
      category: 'websiteSeo',
      family: 'conversion',
      audience: 'b2c',
      title: 'Proposer la prise de rendez-vous en ligne',
      description:
        'Permettre de réserver un créneau à toute heure depuis le site, la fiche Google et les réseaux sociaux, avec un rappel automatique par SMS la veille.',
      kpis: ['conversionRate', 'newCustomers', 'returningCustomers'],
      detail: {
        resources: 'Un outil de réservation en abonnement mensuel et une heure pour le paramétrer.',
        successFactors: 'Un agenda toujours à jour et un lien de réservation visible partout.',
        limits:
          'L’abonnement coûte chaque mois, et certaines plateformes prennent une commission ou mettent vos concurrents en avant.',
        review: 'Suivez la part des rendez-vous pris en ligne et le nombre de rendez-vous manqués.',
      },
    },
    {
      key: 'click-and-collect',
      category: 'websiteSeo',
      family: 'distribution',
      audience: 'b2c',
      title: 'Proposer le retrait en boutique (click & collect)',
      description:
        'Montrer vos produits et leur stock sur le site, laisser les clients commander et payer en ligne, puis retirer leur commande au magasin.',
      kpis: ['revenue', 'conversionRate', 'averageBasket'],
      detail: {
        resources: 'Un module de boutique en ligne, un stock tenu à jour et un coin de retrait au magasin.',
        successFactors:
          'Les mêmes prix en ligne et en boutique, une commande prête à l’heure dite et un message pour prévenir qu’elle l’est.',
        limits: 'Un stock faux en ligne déçoit vite : il faut le mettre à jour chaque jour.',
        review: 'Comptez les commandes retirées et les achats ajoutés au moment du retrait.',
      },
    },
    {
      key: 'quote-request-page',
      category: 'websiteSeo',
      family: 'conversion',
      audience: 'b2b',
      title: 'Créer une page d’offre avec demande de devis',
      description:
        'Consacrer une page à chacune de vos offres principales, avec les bénéfices, des références clients, des prix indicatifs si possible et un formulaire de demande de devis très court.',
      kpis: ['leads', 'conversionRate', 'bounceRate'],
      detail: {
        resources: 'Une à deux journées de rédaction et de mise en ligne, ou quelques heures d’un prestataire web.',
        successFactors:
          'Un formulaire de trois ou quatre champs, une réponse sous 24 heures et des preuves visibles : clients, certifications.',
        limits: 'Une page bien faite ne sert à rien si personne n’y arrive : reliez-la à vos autres actions.',
        review: 'Suivez le nombre de demandes reçues, leur sérieux et la part qui devient un devis signé.',
      },
    },
    {
      key: 'monthly-newsletter',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'b2c',
      title: 'Envoyer une newsletter mensuelle aux clients',
      description:
        'Envoyer chaque mois à vos clients inscrits un e-mail court : une nouveauté, un conseil, un rendez-vous à venir et, de temps en temps, une offre réservée aux abonnés.',
      kpis: ['openRate', 'clickRate', 'unsubscribeRate'],
      detail: {
        resources:
          'Un outil d’e-mailing, souvent gratuit pour un petit fichier, des adresses recueillies avec accord (ou de clients informés à l’achat) et deux heures par envoi.',
        successFactors: 'La régularité, un objet court, un expéditeur que l’on reconnaît et un contenu lisible sur téléphone.',
        limits:
          'Les particuliers doivent avoir donné leur accord, sauf vos clients pour des produits ou services analogues à ceux qu’ils ont achetés, s’ils en ont été informés quand vous avez recueilli leur adresse ; chaque message doit permettre de se désinscrire. Sans adresses recueillies, pas de newsletter.',
        review: 'À chaque envoi, suivez ouvertures, clics, désinscriptions et ventes liées à l’offre.',
      },
    },
    {
      key: 'b2b-newsletter',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'b2b',
      title: 'Envoyer une lettre d’information professionnelle',
      description:
        'Adresser chaque mois ou chaque trimestre à vos clients et prospects une lettre signée par une personne, avec une actualité du secteur, un conseil, une étude de cas et un seul bouton d’action précis.',
      kpis: ['openRate', 'clickRate', 'meetings'],
      detail: {
        resources: 'Un fichier nettoyé et découpé par type de contact, un outil d’e-mailing et une demi-journée par numéro.',
        successFactors:
          'Un objet court, un expéditeur nommé plutôt qu’une adresse générique, une mise en page lisible sur téléphone et le bon jour d’envoi.',
        limits:
          'Vos contacts reçoivent déjà des dizaines d’e-mails par jour : sans contenu utile, la lettre finit à la corbeille. Entre professionnels, l’envoi est permis sans accord préalable si le message concerne le métier du destinataire, avec un lien de désinscription dans chaque envoi.',
        review: 'Suivez ouvertures et clics par type de contact, et notez les rendez-vous demandés après chaque envoi.',
      },
    },
    {
      key: 'abandoned-cart-emails',
      category: 'emailingCrm',
      family: 'conversion',
      audience: 'b2c',
      title: 'Relancer les paniers abandonnés par e-mail',
      description:
        'Envoyer automatiquement un premier e-mail quelques heures après un panier abandonné, puis un second un ou deux jours plus tard, qui rappelle les produits et répond aux questions fréquentes.',
      kpis: ['cartAbandonmentRate', 'conversionRate', 'revenue'],
      detail: {
        resources: 'Le module de relance de votre boutique en ligne et une heure pour écrire les messages.',
        successFactors: 'Un envoi rapide, un ton serviable plutôt qu’insistant et, au besoin, un petit geste sur la livraison.',
        limits:
          'Seuls les visiteurs qui ont laissé leur adresse peuvent être relancés, et une remise systématique apprend à attendre la relance.',
        review: 'Chaque mois, comptez les paniers récupérés et le chiffre d’affaires qu’ils représentent.',
      },
    },
    {
      key: 'loyalty-card',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'b2c',
      title: 'Lancer une carte de fidélité',
      description:
        'Offrir un avantage après un certain nombre d’achats (la dixième baguette, une coupe offerte après cinq) grâce à une carte papier ou numérique qui recueille aussi les coordonnées des clients volontaires.',
      kpis: ['returningCustomers', 'ordersPerCustomer', 'customerLifetimeValue'],
      detail: {
        resources: 'Des cartes imprimées ou une application de fidélité, et un budget pour les avantages offerts.',
        successFactors:
          'Une règle simple, un avantage atteignable en quelques semaines et une carte proposée à chaque passage en caisse.',
        limits: 'Les avantages coûtent de la marge, et les données recueillies doivent respecter le RGPD.',
        review: 'Suivez le nombre de cartes actives, la fréquence de visite de leurs porteurs et le coût des avantages.',
      },
    },
    {
      key: 'win-back-inactive',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'both',
      title: 'Relancer les clients qui ne viennent plus',
      description:
        'Repérer dans le fichier les clients sans achat depuis six mois et leur envoyer un message personnel avec une raison de revenir : une nouveauté, une offre de retour.',
      kpis: ['returningCustomers', 'couponRedemption', 'revenue'],
      detail: {
        resources: 'Un fichier clients avec la date du dernier achat et une heure pour préparer l’envoi.',
        successFactors:
          'Un ton personnel et une offre limitée dans le temps ; avec les clients professionnels, un appel vaut souvent mieux.',
        limits:
          'Certains clients sont partis pour de bonnes raisons (déménagement, mauvaise expérience) : écoutez ce qu’ils répondent. Par e-mail ou SMS, un particulier peut être relancé sur des produits analogues à ceux qu’il a achetés s’il en a été informé et peut refuser dans chaque message ; par téléphone, il faut son accord préalable depuis le 11 août 2026.',
        review: 'Comptez les clients revenus dans les deux mois et ce qu’ils ont dépensé.',
      },
    },
    {
      key: 'satisfaction-survey',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'both',
      title: 'Envoyer un questionnaire de satisfaction',
      description:
        'Poser trois à cinq questions après un achat ou une prestation (note sur 10, ce qui a plu, ce qui a manqué) et rappeler les clients mécontents.',
      kpis: ['satisfaction', 'reviewsCount'],
      detail: {
        resources: 'Un formulaire en ligne gratuit et un envoi, automatique ou à la main, après chaque prestation.',
        successFactors: 'Un questionnaire très court, et des clients qui voient que leurs remarques changent quelque chose.',
        limits: 'Les clients très contents et très mécontents répondent plus que les autres.',
        review: 'Chaque trimestre, suivez la note moyenne et listez les trois améliorations les plus demandées.',
      },
    },
    {
      key: 'trade-show',
      category: 'events',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Exposer sur un salon professionnel',
      description:
        'Réserver un stand sur le salon de votre secteur, fixer à l’avance des rendez-vous avec vos prospects et relancer chaque contact dans la semaine qui suit.',
      kpis: ['leads', 'meetings', 'costPerLead'],
      detail: {
        resources:
          'La location du stand, le mobilier, les déplacements, des documents imprimés et deux personnes présentes.',
        successFactors: 'Des rendez-vous pris avant le salon, un objectif de contacts sérieux et une relance rapide.',
        limits: 'Le coût total dépasse souvent la seule location du stand, et sans relance les contacts refroidissent vite.',
        review:
          'Divisez le coût total par le nombre de contacts sérieux, puis suivez les affaires signées dans les mois suivants.',
      },
    },
    {
      key: 'open-day',
      category: 'events',
      family: 'awareness',
      audience: 'both',
      title: 'Organiser une journée portes ouvertes',
      description:
        'Ouvrir votre atelier, cabinet ou boutique une journée, avec démonstrations, visite des coulisses et collation, en invitant clients, voisins et prescripteurs.',
      kpis: ['participants', 'newCustomers', 'leads'],
      detail: {
        resources: 'Une journée de préparation, des invitations, une collation et toute l’équipe mobilisée.',
        successFactors: 'Des choses à voir et à faire, pas seulement un discours, et un moyen de recueillir les coordonnées.',
        limits: 'La fréquentation dépend de la météo et des autres événements prévus le même jour.',
        review: 'Comptez les visiteurs, les coordonnées recueillies et les commandes passées dans le mois qui suit.',
      },
    },
    {
      key: 'market-stall',
      category: 'events',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Tenir un stand sur un marché ou un marché de Noël',
      description:
        'Vendre et faire découvrir vos produits au marché de la semaine, sur un marché de producteurs ou un marché de Noël, avec des cartes de visite et une offre pour venir en boutique.',
      kpis: ['revenue', 'newCustomers', 'couponRedemption'],
      detail: {
        resources: 'Le droit de place, un stand démontable, du stock et une personne pour la journée.',
        successFactors: 'Un stand visible et bien garni, des prix affichés et un moyen de retrouver les clients ensuite.',
        limits:
          'Les journées sont longues et dépendent de la météo ; les ventes du jour ne paient pas toujours le temps passé.',
        review: 'Comparez les ventes du stand à ses coûts et comptez les offres utilisées ensuite en boutique.',
      },
    },
    {
      key: 'customer-workshop',
      category: 'events',
      family: 'loyalty',
      audience: 'b2c',
      title: 'Animer un atelier pour les clients',
      description:
        'Proposer, sur inscription, un atelier gratuit ou payant en petit groupe : initiation à la pâtisserie, soin des cheveux bouclés, entretien d’un vélo.',
      kpis: ['participants', 'satisfaction', 'revenue'],
      detail: {
        resources: 'Deux heures d’animation, le matériel, un lieu adapté et des inscriptions en ligne ou en boutique.',
        successFactors:
          'Un petit groupe, un geste que chacun repart capable de refaire, et des produits à acheter sur place.',
        limits: 'La préparation prend du temps pour un petit nombre de personnes.',
        review: 'Suivez le remplissage, la satisfaction et les achats des participants dans les semaines suivantes.',
      },
    },
    {
      key: 'client-breakfast',
      category: 'events',
      family: 'loyalty',
      audience: 'b2b',
      title: 'Inviter clients et prospects à une matinale',
      description:
        'Réunir une quinzaine de clients et de prospects autour d’un petit-déjeuner, avec une courte intervention utile (une nouvelle règle, un retour d’expérience) et du temps pour échanger.',
      kpis: ['participants', 'meetings', 'satisfaction'],
      detail: {
        resources: 'Un lieu, un traiteur, des invitations personnelles et un intervenant : un client ou un expert extérieur.',
        successFactors:
          'Un sujet d’actualité pour vos invités, et des clients satisfaits qui parlent eux-mêmes de vous aux prospects.',
        limits: 'Les désistements de dernière minute sont fréquents : confirmez la veille.',
        review: 'Comptez les présents, les rendez-vous pris ensuite et les affaires nées de ces rendez-vous.',
      },
    },
    {
      key: 'neighbourhood-flyers',
      category: 'printOutdoor',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Distribuer des flyers avec une offre dans le quartier',
      description:
        'Déposer dans les boîtes aux lettres de votre zone un flyer portant une offre de bienvenue à rapporter, pour une ouverture, une nouveauté ou un service peu connu.',
      kpis: ['couponRedemption', 'newCustomers', 'costPerAcquisition'],
      detail: {
        resources: 'Un visuel clair, l’impression et la distribution, par vous-même ou par une société spécialisée.',
        successFactors:
          'Une zone bien choisie, une offre que l’on peut compter (coupon à rapporter) et un message lisible en trois secondes.',
        limits:
          'Beaucoup de flyers finissent à la poubelle ; respectez les « Stop pub » et vérifiez les règles de votre commune.',
        review: 'Comptez les coupons rapportés et divisez le coût total par le nombre de nouveaux clients.',
      },
    },
    {
      key: 'vehicle-signage',
      category: 'printOutdoor',
      family: 'awareness',
      audience: 'both',
      title: 'Faire marquer son véhicule professionnel',
      description:
        'Habiller votre camionnette ou votre voiture avec votre nom, votre métier, votre numéro et votre site, lisibles de loin.',
      kpis: ['newCustomers', 'leads'],
      detail: {
        resources: 'Un lettrage ou un habillage complet posé par un professionnel, payé une fois pour plusieurs années.',
        successFactors: 'Peu d’informations, très lisibles, et un véhicule toujours propre et conduit avec courtoisie.',
        limits: 'L’effet est difficile à mesurer, et chaque manœuvre brusque se fait au nom de votre entreprise.',
        review: 'Demandez à chaque nouveau client comment il vous a connu et notez ceux qui citent le véhicule.',
      },
    },
    {
      key: 'local-posters',
      category: 'printOutdoor',
      family: 'awareness',
      audience: 'b2c',
      title: 'Afficher dans les lieux fréquentés du quartier',
      description:
        'Poser des affiches chez des commerçants partenaires, dans les salles de sport ou les lieux associatifs, ou louer quelques emplacements près de chez vous, pour un événement ou une offre de saison.',
      kpis: ['footfall', 'newCustomers'],
      detail: {
        resources: 'Des affiches imprimées, l’accord des lieux qui les accueillent ou la location d’emplacements.',
        successFactors: 'Un visuel simple, une date ou une offre, et des lieux où passe votre cible.',
        limits: 'L’effet est difficile à séparer de celui des autres actions, et l’affichage sauvage est interdit.',
        review: 'Demandez en caisse comment les clients ont entendu parler de l’événement ou de l’offre.',
      },
    },
    {
      key: 'sales-brochure',
      category: 'printOutdoor',
      family: 'conversion',
      audience: 'b2b',
      title: 'Éditer une plaquette commerciale',
      description:
        'Réaliser une plaquette de quatre pages qui présente vos offres, vos références et votre méthode, à remettre en rendez-vous ou sur un salon et à joindre à un courrier.',
      kpis: ['meetings', 'conversionRate'],
      detail: {
        resources: 'Un graphiste, un imprimeur et quelques jours pour rassembler textes, photos et références.',
        successFactors:
          'Parler des résultats obtenus pour les clients plutôt que de l’histoire de l’entreprise, avec un contact bien visible.',
        limits: 'Un document imprimé vieillit vite : prévoyez de petits tirages et une version PDF à jour.',
        review: 'Demandez aux commerciaux quand elle a aidé à conclure et suivez le nombre d’exemplaires remis.',
      },
    },
    {
      key: 'local-press-story',
      category: 'pressPr',
      family: 'awareness',
      audience: 'both',
      title: 'Proposer une histoire à la presse locale',
      description:
        'Envoyer au journal local, au bulletin municipal ou à la radio locale un court communiqué sur une vraie nouvelle (ouverture, anniversaire, embauche, prix gagné) avec une belle photo, puis appeler le journaliste.',
      kpis: ['mediaMentions', 'websiteVisits', 'footfall'],
      detail: {
        resources: 'Une demi-journée pour écrire le communiqué, une photo de qualité et la liste des journalistes locaux.',
        successFactors: 'Un angle humain ou local qui intéresse les lecteurs, pas une publicité déguisée.',
        limits: 'Rien ne garantit la parution, et vous ne relisez pas l’article avant sa publication.',
        review: 'Comptez les articles et passages obtenus et notez l’effet sur la fréquentation dans la semaine.',
      },
    },
    {
      key: 'trade-press-article',
      category: 'pressPr',
      family: 'awareness',
      audience: 'b2b',
      title: 'Publier une tribune dans la presse professionnelle',
      description:
        'Proposer à une revue ou à un site de votre secteur un article d’expert, un retour d’expérience client ou des chiffres tirés de votre activité.',
      kpis: ['mediaMentions', 'leads'],
      detail: {
        resources: 'Deux ou trois jours pour trouver l’angle, écrire et échanger avec la rédaction.',
        successFactors: 'Un vrai point de vue ou des chiffres nouveaux, utiles aux lecteurs, sans ton commercial.',
        limits: 'Les délais de publication sont longs, et la rédaction peut couper ou refuser le texte.',
        review: 'Suivez les reprises, les visites sur votre site et les contacts qui citent l’article.',
      },
    },
    {
      key: 'award-entry',
      category: 'pressPr',
      family: 'awareness',
      audience: 'both',
      title: 'Concourir pour un prix ou un label',
      description:
        'Présenter votre entreprise ou un produit à un concours reconnu (meilleure baguette du département, trophées de l’artisanat, prix de l’innovation) et faire connaître le résultat.',
      kpis: ['mediaMentions', 'newCustomers'],
      detail: {
        resources: 'Un dossier de candidature, parfois des frais d’inscription, et des produits à présenter.',
        successFactors:
          'Choisir un prix que vos clients connaissent, et afficher la distinction partout : vitrine, site, signature d’e-mail.',
        limits: 'On ne gagne pas à tous les coups, et un prix inconnu du public apporte peu.',
        review: 'Notez les articles parus et les nouveaux clients dans les mois qui suivent une distinction.',
      },
    },
    {
      key: 'key-account-list',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Dresser et travailler une liste de comptes clés',
      description:
        'Choisir avec les commerciaux 10 à 30 entreprises cibles ; pour chacune, noter les décideurs et leur rôle, les signes de besoin repérés, le prochain contact et le canal, puis les approcher de façon personnalisée.',
      kpis: ['meetings', 'pipelineValue', 'shareOfWallet'],
      detail: {
        resources:
          'Un tableau ou un logiciel de gestion des contacts, des alertes d’actualité et une réunion mensuelle entre ventes et marketing.',
        successFactors:
          'Un objectif commun aux ventes et au marketing, et un message adapté à chaque décideur, y compris ceux qui peuvent bloquer.',
        limits:
          'Chaque compte demande du temps ; mal choisie, la liste mobilise l’équipe sur des entreprises qui n’achèteront pas.',
        review: 'Chaque mois, suivez les rendez-vous et les affaires ouvertes sur les comptes de la liste.',
      },
    },
    {
      key: 'emailing-phone-follow-up',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Appeler les destinataires après un e-mailing',
      description:
        'Deux à cinq jours après une campagne d’e-mails, appeler les contacts qui ont ouvert ou cliqué pour comprendre leur besoin et proposer un rendez-vous, en profitant de l’appel pour mettre à jour le fichier.',
      kpis: ['meetings', 'leads', 'conversionRate'],
      detail: {
        resources:
          'Un argumentaire court, la liste des contacts qui ont ouvert ou cliqué, et une à deux demi-journées d’appels ou un prestataire.',
        successFactors: 'Appeler vite, rappeler l’e-mail reçu et chercher à comprendre le besoin avant de vendre.',
        limits:
          'C’est long et parfois ingrat. Inscrivez les personnes qui refusent d’être démarchées sur une liste d’opposition que chaque campagne respecte : les supprimer ne suffit pas, le prochain import les ferait revenir. Appeler des particuliers demande leur accord préalable depuis le 11 août 2026.',
        review: 'Comptez les appels passés, les interlocuteurs joints, les rendez-vous obtenus et les fiches mises à jour.',
      },
    },
    {
      key: 'b2b-direct-mail',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Envoyer un courrier personnalisé aux décideurs',
      description:
        'Adresser par la poste à quelques dizaines de décideurs choisis une lettre signée avec un document utile (étude, échantillon, invitation), puis les appeler une semaine plus tard.',
      kpis: ['meetings', 'leads'],
      detail: {
        resources: 'Des adresses nominatives à jour, une lettre soignée, l’affranchissement et du temps pour rappeler.',
        successFactors: 'Une lettre courte et vraiment personnelle, et un contenu qui donne envie d’ouvrir l’enveloppe.',
        limits: 'Chaque envoi coûte cher : réservez-le à une cible restreinte et bien choisie.',
        review: 'Divisez le coût total par le nombre de rendez-vous décrochés.',
      },
    },
    {
      key: 'customer-referral',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'both',
      title: 'Lancer une offre de parrainage',
      description:
        'Récompenser les clients qui vous recommandent : un avantage pour le parrain et un pour le nouveau client, présentés en caisse, sur les factures et dans la newsletter.',
      kpis: ['newCustomers', 'costPerAcquisition'],
      detail: {
        resources: 'Des cartes de parrainage ou des codes, et le budget des avantages accordés.',
        successFactors: 'Deux avantages vraiment attirants et une démarche en une seule étape.',
        limits:
          'Seuls les clients très satisfaits recommandent : le parrainage amplifie la qualité, il ne la remplace pas.',
        review: 'Comptez les nouveaux clients parrainés et comparez ce qu’ils ont coûté à vos autres canaux.',
      },
    },
    {
      key: 'flash-sms',
      category: 'directMarketing',
      family: 'conversion',
      audience: 'b2c',
      title: 'Envoyer un SMS pour une occasion à saisir',
      description:
        'Prévenir par SMS les clients qui l’ont accepté d’une occasion à saisir vite : créneaux libérés, vente privée, arrivage du jour.',
      kpis: ['couponRedemption', 'revenue', 'unsubscribeRate'],
      detail: {
        resources:
          'Un service d’envoi de SMS payé au message et des numéros recueillis avec l’accord des clients ou, pour des produits analogues à ceux qu’ils ont achetés, de clients informés à la collecte et libres de refuser.',
        successFactors: 'Des envois rares, un message court avec le nom du commerce et une offre valable peu de temps.',
        limits:
          'Trop d’envois font fuir ; chaque SMS doit permettre de se désinscrire (« STOP »), et les usages excluent les envois le soir, le dimanche et les jours fériés.',
        review: 'Mesurez les ventes ou réservations du jour de l’envoi et les désinscriptions.',
      },
    },
    {
      key: 'reseller-challenge',
      category: 'partnerships',
      family: 'distribution',
      audience: 'b2b',
      title: 'Animer un challenge pour ses revendeurs',
      description:
        'Lancer auprès de vos revendeurs ou partenaires un concours de ventes de deux ou trois mois sur un objectif précis (un nouveau produit, une saison), avec un classement partagé et des lots.',
      kpis: ['revenue', 'activeResellers'],
      detail: {
        resources:
          'Des lots, un classement mis à jour sur votre site ou par e-mail, des SMS pour les nouvelles urgentes et un courrier de lancement.',
        successFactors:
          'Un objectif commercial clair, des règles simples, un ton ludique et des canaux adaptés aux habitudes de chaque partenaire.',
        limits:
          'Les ventes peuvent retomber après le challenge, et un classement où gagnent toujours les mêmes démotive les autres.',
        review:
          'Comparez les ventes des revendeurs pendant et après le challenge avec la même période de l’année précédente.',
      },
    },
    {
      key: 'neighbour-shops-cross-promotion',
      category: 'partnerships',
      family: 'acquisition',
      audience: 'b2c',
      title: 'S’associer avec des commerces voisins',
      description:
        'Monter avec deux ou trois commerçants complémentaires (fleuriste, caviste, fromager) une opération croisée : bons échangés, vitrine commune ou panier de fête.',
      kpis: ['newCustomers', 'couponRedemption'],
      detail: {
        resources: 'Une rencontre pour fixer les règles, des bons imprimés et un peu de temps de coordination.',
        successFactors: 'Des clientèles proches mais des offres qui ne se concurrencent pas, et un engagement égal de chacun.',
        limits: 'Le résultat dépend de l’implication de vos partenaires, que vous ne maîtrisez pas.',
        review: 'Comptez les bons venus de chaque partenaire et les nouveaux clients qui reviennent ensuite.',
      },
    },
    {
      key: 'local-sponsorship',
      category: 'partnerships',
      family: 'awareness',
      audience: 'b2c',
      title: 'Soutenir un club ou une association locale',
      description:
        'Parrainer une équipe sportive, une fête de quartier ou une association en échange de visibilité (maillots, banderole, programme) et d’une offre pour ses adhérents.',
      kpis: ['newCustomers', 'couponRedemption'],
      detail: {
        resources: 'Une somme ou des produits offerts, et votre présence aux événements du club.',
        successFactors:
          'Une association qui rassemble votre cible, et une contrepartie mesurable comme une offre réservée aux adhérents.',
        limits: 'La visibilité seule rapporte peu si personne ne fait le lien avec votre commerce.',
        review: 'Comptez les adhérents qui utilisent l’offre et comparez avec le montant du soutien.',
      },
    },
    {
      key: 'prescriber-network',
      category: 'partnerships',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Constituer un réseau de prescripteurs',
      description:
        'Repérer les professionnels qui conseillent vos clients avant l’achat (architecte, expert-comptable, agent immobilier), les rencontrer, les tenir informés et les remercier de chaque recommandation.',
      kpis: ['leads', 'newCustomers'],
      detail: {
        resources: 'Une liste de prescripteurs choisis, quelques déjeuners ou rencontres par an et un suivi des recommandations.',
        successFactors: 'La confiance : un prescripteur ne vous recommande que s’il est sûr que vous ne le décevrez pas.',
        limits: 'Le réseau se construit lentement, et il faut savoir recommander ses partenaires en retour.',
        review: 'Notez l’origine de chaque demande et suivez ce que rapporte chaque prescripteur.',
      },
    },
    {
      key: 'new-stockists',
      category: 'partnerships',
      family: 'distribution',
      audience: 'both',
      title: 'Trouver de nouveaux points de vente',
      description:
        'Démarcher des boutiques, épiceries fines ou dépôts-ventes dont la clientèle ressemble à la vôtre, avec des échantillons, un tarif revendeur et des conditions claires.',
      kpis: ['activeResellers', 'revenue'],
      detail: {
        resources:
          'Un tarif revendeur qui laisse une marge au commerçant, des échantillons et des visites ou envois de présentation.',
        successFactors:
          'Des points de vente cohérents avec votre image, et un suivi régulier : réassort, présentoir, conseils au vendeur.',
        limits: 'La marge du revendeur réduit la vôtre, et vous ne choisissez plus la façon dont vos produits sont présentés.',
        review: 'Chaque trimestre, suivez le nombre de points de vente actifs et leurs ventes.',
      },
    },
    {
      key: 'marketplace-listing',
      category: 'other',
      family: 'distribution',
      audience: 'b2c',
      title: 'Vendre sur une place de marché en ligne',
      description:
        'Proposer une partie de votre gamme sur une grande place de marché ou une plateforme spécialisée (artisanat, produits locaux), qui prélève une commission sur chaque vente.',
      kpis: ['revenue', 'newCustomers', 'roi'],
      detail: {
        resources:
          'Des fiches produits, du temps pour les commandes et les messages, et une commission à prévoir en pourcentage du chiffre d’affaires.',
        successFactors:
          'Des prix cohérents avec votre propre boutique, des délais tenus et des réponses rapides pour garder une bonne note de vendeur.',
        limits:
          'Le client appartient surtout à la plateforme, dont les règles et les commissions peuvent changer du jour au lendemain.',
        review: 'Calculez, produit par produit, la marge qui reste après commission et frais d’envoi.',
      },
    },
    {
      key: 'crowdfunding-campaign',
      category: 'other',
      family: 'fundraising',
      audience: 'b2c',
      title: 'Lancer une campagne de financement participatif',
      description:
        'Présenter un projet précis (nouvel atelier, nouvelle gamme, camion de vente) sur une plateforme de financement participatif, avec des contreparties (produits, ateliers, nom sur un mur) et une durée de 30 à 45 jours.',
      kpis: ['fundsRaised', 'backers', 'audienceSize'],
      detail: {
        resources:
          'Une vidéo, des contreparties chiffrées, la commission de la plateforme et beaucoup de temps pour animer la campagne.',
        successFactors:
          'Un premier cercle (clients, proches) prêt à contribuer dès le premier jour, puis des nouvelles régulières.',
        limits:
          'Si l’objectif n’est pas atteint, l’argent est souvent rendu aux contributeurs, et les contreparties ont un coût de fabrication et d’envoi.',
        review:
          'Suivez chaque jour la somme collectée et, après la campagne, le nombre de contributeurs devenus clients.',
      },
    },
  ],
  kpiCatalogue: {
    roi: {
      name: 'ROAS (CA ÷ dépense)',
      unit: '€ pour 1 € dépensé',
      help: 'Ce que rapporte chaque euro dépensé : chiffre d’affaires obtenu ÷ dépense marketing, la formule simple de la formation. Le retour sur investissement au sens strict se calcule sur la marge : (marge obtenue − coût) ÷ coût.',
    },
    costPerAcquisition: {
      name: 'Coût d’acquisition d’un client',
      unit: '€ par client',
      help: 'Ce que coûte en moyenne un nouveau client : dépense de l’action ÷ nombre de nouveaux clients obtenus.',
    },
    conversionRate: {
      name: 'Taux de conversion',
      unit: '%',
      help: 'La part des visiteurs ou des contacts qui passent à l’acte : achats (ou demandes) ÷ visiteurs × 100.',
    },
    averageBasket: {
      name: 'Panier moyen',
      unit: '€',
      help: 'Le montant moyen d’un achat : chiffre d’affaires hors taxes ÷ nombre de tickets ou de commandes.',
    },
    openRate: {
      name: 'Taux d’ouverture',
      unit: '%',
      help: 'La part des e-mails reçus qui ont été ouverts : e-mails ouverts ÷ e-mails délivrés × 100.',
    },
    clickRate: {
      name: 'Taux de clics',
      unit: '%',
      help: 'La part des destinataires qui ont cliqué sur au moins un lien : destinataires qui ont cliqué ÷ e-mails délivrés × 100.',
    },
    audienceSize: {
      name: 'Taille de l’audience',
      unit: 'abonnés',
      help: 'Le nombre de personnes qui vous suivent (abonnés d’un réseau social, inscrits à la newsletter), relevé à la même date chaque mois.',
    },
    impressions: {
      name: 'Nombre d’affichages',
      unit: 'vues',
      help: 'Combien de fois votre annonce, votre publication ou votre fiche a été affichée à l’écran, selon les statistiques de l’outil.',
    },
    trafficBySource: {
      name: 'Visites par origine',
      unit: '% des visites',
      help: 'D’où viennent les visiteurs de votre site (moteurs de recherche, réseaux sociaux, e-mails, publicité, accès direct), selon votre outil de statistiques.',
    },
    ordersPerCustomer: {
      name: 'Achats par client',
      unit: 'achats/an',
      help: 'Combien de fois un client achète en moyenne : nombre de commandes de l’année ÷ nombre de clients différents.',
    },
    customerLifetimeValue: {
      name: 'Valeur d’un client dans la durée',
      unit: '€',
      help: 'Ce qu’un client rapporte sur plusieurs années, moins ce qu’il a coûté à gagner ; le calculateur de l’étape Indicateurs le fait pour vous.',
    },
    satisfaction: {
      name: 'Satisfaction client',
      unit: 'note sur 10',
      help: 'La note moyenne que vos clients donnent à la question « Êtes-vous satisfait ? » dans un questionnaire.',
    },
    costPerVisitor: {
      name: 'Coût par visite',
      unit: '€ par visite',
      help: 'Ce que coûte chaque visite amenée sur le site ou en boutique : dépense de l’action ÷ nombre de visites obtenues.',
    },
    searchRanking: {
      name: 'Position dans les recherches',
      unit: 'rang',
      help: 'La place de votre site ou de votre fiche dans les résultats d’une recherche choisie (1 = premier résultat), relevée chaque mois.',
    },
    timeOnSite: {
      name: 'Temps passé sur le site',
      unit: 'min',
      help: 'La durée moyenne d’une visite sur votre site, donnée par votre outil de statistiques.',
    },
    newCustomers: {
      name: 'Nouveaux clients',
      unit: 'clients/mois',
      help: 'Le nombre de personnes ou d’entreprises qui achètent chez vous pour la première fois dans le mois.',
    },
    leads: {
      name: 'Contacts intéressés',
      unit: 'contacts/mois',
      help: 'Le nombre de prospects qui ont laissé leurs coordonnées avec un vrai besoin : formulaire, appel, carte de visite, demande de devis.',
    },
    meetings: {
      name: 'Rendez-vous obtenus',
      unit: 'rendez-vous/mois',
      help: 'Le nombre de rendez-vous commerciaux, en personne ou en visio, décrochés grâce à l’action.',
    },
    reviewsCount: {
      name: 'Nombre d’avis',
      unit: 'avis',
      help: 'Le total des avis clients publiés sur Google et sur les sites de votre métier, relevé chaque mois.',
    },
    averageRating: {
      name: 'Note moyenne',
      unit: 'sur 5',
      help: 'La moyenne des notes laissées par vos clients sur les sites d’avis, le plus souvent en étoiles sur 5.',
    },
    revenue: {
      name: 'Chiffre d’affaires',
      unit: '€ HT',
      help: 'Les ventes hors taxes que l’on peut attribuer à l’action ou au canal sur la période.',
    },
    returningCustomers: {
      name: 'Taux de rétention',
      unit: '%',
      help: 'La part des clients qui rachètent : clients de la période précédente revenus acheter ÷ clients de la période précédente × 100.',
    },
    unsubscribeRate: {
      name: 'Taux de désinscription',
      unit: '%',
      help: 'La part des destinataires qui se désinscrivent après un envoi : désinscriptions ÷ messages délivrés × 100.',
    },
    footfall: {
      name: 'Fréquentation',
      unit: 'entrées/jour',
      help: 'Le nombre de personnes qui entrent dans la boutique, compté à la main, par un compteur ou à défaut par le nombre de tickets de caisse.',
    },
    engagementRate: {
      name: 'Taux d’engagement',
      unit: '%',
      help: 'La part des personnes touchées qui réagissent : (mentions « j’aime » + commentaires + partages) ÷ personnes touchées × 100.',
    },
    costPerLead: {
      name: 'Coût par contact',
      unit: '€ par contact',
      help: 'Ce que coûte chaque prospect intéressé : dépense de l’action ÷ nombre de contacts obtenus.',
    },
    bounceRate: {
      name: 'Taux de rebond',
      unit: '%',
      help: 'La part des visites qui quittent le site dès la première page sans rien faire, donnée par votre outil de statistiques.',
    },
    websiteVisits: {
      name: 'Visites du site',
      unit: 'visites/mois',
      help: 'Le nombre de visites sur votre site dans le mois, selon votre outil de statistiques.',
    },
    mediaMentions: {
      name: 'Retombées presse',
      unit: 'articles',
      help: 'Le nombre d’articles, de passages à la radio ou de citations obtenus dans les médias sur la période.',
    },
    couponRedemption: {
      name: 'Offres utilisées',
      unit: 'coupons',
      help: 'Le nombre de bons, coupons ou codes promo utilisés : il montre précisément qui une action a fait venir.',
    },
    participants: {
      name: 'Participants',
      unit: 'personnes',
      help: 'Le nombre de personnes présentes à un événement, un atelier ou un webinaire, à comparer au nombre d’inscrits.',
    },
    fundsRaised: {
      name: 'Somme collectée',
      unit: '€',
      help: 'L’argent réuni par une campagne de financement participatif, à comparer à l’objectif annoncé.',
    },
    backers: {
      name: 'Contributeurs',
      unit: 'contributeurs',
      help: 'Le nombre de personnes qui ont soutenu votre projet en versant de l’argent.',
    },
    activeResellers: {
      name: 'Revendeurs actifs',
      unit: 'points de vente',
      help: 'Le nombre de revendeurs ou de partenaires qui ont passé au moins une commande sur la période.',
    },
    shareOfWallet: {
      name: 'Part de portefeuille',
      unit: '%',
      help: 'Votre poids chez un client professionnel : ce que vous lui vendez ÷ ce qu’il pourrait vous acheter selon l’estimation du commercial × 100 (sous 30 %, il reste à conquérir ; de 30 à 60 %, il est à développer ; au-dessus de 60 %, il s’agit de le fidéliser).',
    },
    pipelineValue: {
      name: 'Affaires en cours pondérées',
      unit: '€',
      help: 'Le montant des projets en cours, chacun multiplié par sa probabilité selon son étape (par exemple 20 % pour une proposition remise, 80 % pour un accord verbal), puis additionné.',
    },
    cartAbandonmentRate: {
      name: 'Taux d’abandon de panier',
      unit: '%',
      help: 'La part des paniers créés en ligne qui ne deviennent pas une commande : paniers abandonnés ÷ paniers créés × 100.',
    },
  },
  keyDates: [
    { key: 'epiphany', audience: 'b2c', label: 'Épiphanie : la galette des rois', rule: 'le 6 janvier' },
    {
      key: 'winterSales',
      audience: 'b2c',
      label: 'Début des soldes d’hiver',
      rule: '2e mercredi de janvier à 8 h, avancé au 1er mercredi quand le 2e tombe après le 12 janvier',
      help: 'C’est la règle nationale du Code de commerce (art. D310-15-2). Certains départements frontaliers et les outre-mer ont leurs propres dates : vérifiez celles de votre département.',
    },
    { key: 'candlemas', audience: 'b2c', label: 'Chandeleur : les crêpes', rule: 'le 2 février' },
    { key: 'valentinesDay', audience: 'b2c', label: 'Saint-Valentin', rule: 'le 14 février' },
    { key: 'grandmothersDay', audience: 'b2c', label: 'Fête des grands-mères', rule: '1er dimanche de mars' },
    {
      key: 'craftsDays',
      audience: 'b2c',
      label: 'Journées européennes des métiers d’art',
      rule: 'début avril : nous retenons le 1er samedi d’avril',
      help: 'Les dates exactes sont annoncées chaque année par les organisateurs.',
    },
    { key: 'easter', audience: 'b2c', label: 'Pâques : les chocolats', rule: 'dimanche de Pâques, calculé pour chaque année (entre le 22 mars et le 25 avril)' },
    { key: 'mayDay', audience: 'b2c', label: 'Fête du Travail : le muguet', rule: 'le 1er mai' },
    { key: 'mothersDay', audience: 'b2c', label: 'Fête des mères', rule: 'dernier dimanche de mai, ou 1er dimanche de juin si c’est la Pentecôte' },
    { key: 'fathersDay', audience: 'b2c', label: 'Fête des pères', rule: '3e dimanche de juin' },
    { key: 'musicDay', audience: 'b2c', label: 'Fête de la musique', rule: 'le 21 juin' },
    {
      key: 'summerSales',
      audience: 'b2c',
      label: 'Début des soldes d’été',
      rule: 'dernier mercredi de juin à 8 h, avancé à l’avant-dernier quand le dernier tombe après le 28 juin',
      help: 'C’est la règle nationale du Code de commerce (art. D310-15-2). Certains départements frontaliers et les outre-mer ont leurs propres dates : vérifiez celles de votre département.',
    },
    {
      key: 'b2bSummerLull',
      audience: 'b2b',
      label: 'B2B : l’été, le moment de mettre à jour ses fichiers',
      rule: 'tout l’été : nous plaçons le repère au lundi qui suit le 14 juillet',
    },
    {
      key: 'backToSchool',
      audience: 'all',
      label: 'Rentrée des classes',
      rule: 'début septembre : nous retenons le 1er jour de semaine à partir du 1er septembre',
      help: 'Date approchée : la date officielle est publiée par le ministère de l’Éducation nationale dans son calendrier scolaire.',
    },
    {
      key: 'tradeShowSeason',
      audience: 'b2b',
      label: 'B2B : rentrée des salons professionnels',
      rule: 'à partir de la mi-septembre : nous retenons le 2e lundi de septembre',
    },
    { key: 'heritageDays', audience: 'b2c', label: 'Journées européennes du patrimoine', rule: '3e week-end de septembre (la date est celle du samedi)' },
    {
      key: 'b2bBudgetSeason',
      audience: 'b2b',
      label: 'B2B : vos clients préparent leurs budgets de l’an prochain',
      rule: 'à l’automne : nous retenons le 1er jour de semaine d’octobre',
    },
    {
      key: 'tasteWeek',
      audience: 'b2c',
      label: 'Semaine du goût',
      rule: 'mi-octobre : nous retenons le 2e lundi d’octobre',
      help: 'Les dates exactes sont annoncées chaque année par les organisateurs.',
    },
    { key: 'halloween', audience: 'b2c', label: 'Halloween', rule: 'le 31 octobre' },
    { key: 'beaujolaisNouveau', audience: 'b2c', label: 'Beaujolais nouveau', rule: '3e jeudi de novembre' },
    { key: 'blackFriday', audience: 'b2c', label: 'Black Friday', rule: 'le vendredi qui suit le 4e jeudi de novembre' },
    { key: 'cyberMonday', audience: 'b2c', label: 'Cyber Monday', rule: 'le lundi qui suit le Black Friday' },
    {
      key: 'christmasShopping',
      audience: 'b2c',
      label: 'Marchés de Noël et achats de cadeaux',
      rule: 'tout le mois de décembre : nous retenons le 1er décembre',
    },
    { key: 'christmas', audience: 'all', label: 'Noël', rule: 'le 25 décembre' },
    { key: 'newYearsEve', audience: 'b2c', label: 'Réveillon du Nouvel An', rule: 'le 31 décembre' },
  ],
} as const;

/** Break-even revenue and date, VAT under the franchise en base, customer value kept in the plan: in French. */
export const offerFiguresFr = {
  offerFigures: {
    breakEven: {
      title: 'Seuil de rentabilité et point mort',
      help: 'Le seuil de rentabilité est le chiffre d’affaires HT qui paie juste vos charges fixes : charges fixes ÷ taux de marge sur coûts variables. Le point mort est le jour où votre CA prévisionnel cumulé l’atteint. La marge de sécurité dit de combien vos ventes peuvent baisser avant que vous perdiez de l’argent.',
      variableMarginRate: 'Taux de marge sur coûts variables',
      variableMarginRateHelp:
        'Moyenne des taux de marque de vos produits : Cap Marketing ne connaît pas vos ventes produit par produit, il compte donc chacun pour une même part du chiffre d’affaires.',
      revenue: 'Seuil de rentabilité (CA HT)',
      date: 'Point mort',
      dateHelp: 'Chaque mois du CA prévisionnel est réparti à parts égales sur ses jours.',
      safetyMargin: 'Marge de sécurité',
      safetyMarginShare: 'Marge de sécurité (part du CA prévisionnel)',
      safetyMarginValue: '{{amount}}, soit {{share}} du CA prévisionnel',
      forecast: 'CA prévisionnel de l’année (HT)',
      forecastValue: 'CA prévisionnel de l’année (HT) : {{amount}}',
      formula: 'Seuil = charges fixes ÷ taux de marge sur coûts variables ; marge de sécurité = CA prévisionnel − seuil.',
      noProducts: 'ajoutez un produit avec son prix',
      noCosts: 'indiquez vos charges fixes',
      atLoss: 'aucun : vos prix ne couvrent pas vos coûts variables',
      noForecast: 'remplissez le CA prévisionnel à l’étape Entreprise',
      notReached: 'pas atteint dans l’année',
      dateByApp: 'Point mort calculé par Cap Marketing à partir du CA prévisionnel mois par mois.',
    },
    vat: {
      notApplicable: 'TVA non applicable, art. 293 B du CGI',
      otherRate: 'Autre taux…',
      customRate: 'Taux de TVA',
      customRateHelp: 'Ex. : 8,5 % (Guadeloupe, Martinique, La Réunion), 13 % ou 0,9 % (Corse)',
    },
    /** For the budget and cost screens too: under the franchise en base, amounts are typed VAT included. */
    amountsTtcUnderFranchise:
      'Franchise en base de TVA : vous ne récupérez pas la TVA, saisissez donc vos coûts, vos charges et votre budget TTC.',
    franchiseLabels: {
      fixedCosts: 'Charges fixes annuelles (TTC)',
      unitCost: 'Coût d’achat ou de revient unitaire TTC (coût variable)',
      price: 'Prix de vente',
      envelope: 'Enveloppe annuelle (TTC)',
      costAmount: 'Montant TTC',
    },
  },
  customerValuePlan: {
    title: 'Valeur d’un client',
    saved: 'Ces chiffres sont enregistrés avec votre plan et repris dans le rapport PDF et le classeur.',
    marginRateFromProducts: 'D’après vos produits (moyenne des taux de marque). Tapez un autre taux si besoin.',
    marginRateTyped: 'Taux saisi par vous. Videz le champ pour reprendre celui de vos produits.',
    marginRateNoProducts: 'Ajoutez vos produits à l’étape Offre et prix, ou tapez votre taux.',
    marginRateUsed: 'Taux de marque retenu',
    marginRateOfProducts: 'Taux de marque (d’après vos produits)',
    fromProducts: '{{rate}}, d’après vos produits',
    profitPerTransaction: 'Marge par achat',
    profitPerTransactionHelp: 'Panier moyen × taux de marque : ce qu’il vous reste d’un achat une fois la marchandise payée.',
    laterYearsOnePurchase:
      'Simplification de la formule de la formation : après la première année, chaque client fidèle ne compte que pour un achat par an.',
    acquisitionCostFromProspects: 'Laissé vide : le coût d’acquisition calculé à droite ({{amount}}) est utilisé.',
    acquisitionCostUsed: '{{amount}}, calculé d’après le coût par prospect et le taux de conversion',
    formula:
      'Valeur brute = achats par an × panier moyen + panier moyen × taux de rétention × (années − 1) ; valeur nette = valeur brute − coût d’acquisition. C’est la formule simplifiée de la formation, fondée sur le chiffre d’affaires ; la valeur en marge applique en plus le taux de marque.',
    workbookNote: 'Cellules à saisir : panier moyen, achats par an, taux de rétention, années, coûts et taux ; les valeurs se recalculent.',
  },
} as const;

/** The « Pilotage » step (issue 16): following the plan during the year, in French. */
export const steeringFr = {
  missing: {
    actualsToDate: 'noter les dépenses réelles des mois écoulés pour chaque action qui en prévoyait',
  },
  warnings: {
    categoryOverBudget: 'La catégorie «\u00a0{{category}}\u00a0» a déjà dépensé {{actual}} pour {{planned}} prévus à cette date.',
    actionWithoutActuals:
      'L’action «\u00a0{{title}}\u00a0» prévoyait des dépenses en {{months}}, et aucune dépense réelle n’est notée pour ces mois : notez ce qui a été payé, même 0 €.',
    kpiLateTwice: 'L’indicateur «\u00a0{{name}}\u00a0» est en retard deux mois de suite : revoyez l’action qui le porte, ou sa cible.',
    objectiveDeadlineNear:
      'L’objectif «\u00a0{{title}}\u00a0» arrive à échéance dans {{days}} jours et n’en est qu’à {{progress}} du chemin : renforcez les actions qui le servent, ou révisez-le.',
  },
  pilotage: {
    intro:
      'Un plan se suit pendant l’année : chaque mois, notez ce que chaque action a coûté et où en sont vos indicateurs ; chaque trimestre, comparez au budget. À mi-année, révisez ce qui doit l’être.',
    asOf: 'Date du point',
    asOfShown: 'Chiffres au {{date}} ({{months}} mois de l’année comptés)',
    asOfDefault: 'par défaut : aujourd’hui dans l’année du plan, sinon son dernier jour',
    nothingYet: 'Aucune dépense prévue ni notée pour l’instant : le budget se remplit à l’étape Actions de communication.',
    spendTitle: 'Dépenses : prévu et réel',
    spendHelp: 'Le prévu vient du budget ; le réel, de ce que vous notez ci-dessous. L’écart est le réel moins le prévu, à la date du point.',
    plannedToDate: 'Prévu à date',
    actualToDate: 'Dépensé à date',
    plannedYear: 'Prévu sur l’année',
    variance: 'Écart',
    category: 'Catégorie',
    total: 'Total',
    cumulativeTitle: 'Dépenses cumulées : prévu et réel',
    byMonthTitle: 'Dépenses par mois : prévu et réel',
    byCategoryTitle: 'Par catégorie',
    commissionsNote: 'Les commissions de distribution comptent dans le prévu (comme dans le budget) ; elles n’ont pas de dépense réelle à noter.',
    variancePercent: 'Écart %',
    pdf: {
      title: 'Bilan à date',
      asOf: 'Au {{date}}',
      intro_one:
        '{{count}} mois de l’année compté. Le prévu vient du budget, le dépensé de ce qui a été noté à l’étape Pilotage ; l’écart est le dépensé moins le prévu à cette date.',
      intro_other:
        '{{count}} mois de l’année comptés. Le prévu vient du budget, le dépensé de ce qui a été noté à l’étape Pilotage ; l’écart est le dépensé moins le prévu à cette date.',
      plannedNote: 'sur {{year}} prévus pour l’année',
      actualNote: '{{share}} du budget de l’année',
      varianceOver: '{{percent}} : plus que prévu à cette date',
      varianceUnder: '{{percent}} : moins que prévu à cette date',
      varianceOnPlan: 'Conforme au prévu à cette date',
      varianceNothingPlanned: 'Rien n’était prévu à cette date',
    },
    xlsx: {
      spentYear: 'Dépensé (année)',
      plannedYear: 'Prévu (année)',
      planned: 'Prévu',
      spent: 'Dépensé',
      toDate: 'À date',
      typeHere: 'Notez dans les cases jaunes ce qui a été payé chaque mois, même 0 € : le dépensé, l’écart et le tableau par mois se recalculent.',
      varianceHelp:
        'Écart : le dépensé moins le prévu de l’année ; négatif, il reste du budget à dépenser. L’écart à la date du point est dans la colonne « À date » du tableau par mois.',
    },
    actualsTitle: 'Dépenses réelles par action',
    actualsHelp:
      'Notez chaque mois ce qui a été payé, même 0 €. Vous pouvez coller un bloc de cellules copié d’Excel ou de LibreOffice dans n’importe quelle case : il la remplit vers la droite et vers le bas, après un aperçu.',
    action: 'Action',
    actualCell: '{{title}}, dépense réelle de {{month}}',
    paste: {
      title_one: 'Coller : {{count}} montant change',
      title_other: 'Coller : {{count}} montants changent',
      refused: 'Pas des montants, laissés de côté : {{values}}.',
      month: 'Mois',
      before: 'Avant',
      after: 'Après',
      cancel: 'Annuler',
      confirm: 'Appliquer',
    },
    indicatorsTitle: 'Indicateurs et objectifs',
    indicatorsHelp: 'Chaque courbe montre vos mesures mois par mois, la cible, et le chemin attendu depuis le point de départ ; l’état vient du même calcul que l’étape Indicateurs.',
    indicatorLine: 'De {{baseline}} à {{target}}',
    indicatorChart: 'Mesures de «\u00a0{{title}}\u00a0» par mois, avec la cible et le chemin attendu',
    actuals: 'Mesures',
    expectedPath: 'Chemin attendu',
    noIndicator: 'Aucun indicateur ni objectif chiffré pour l’instant.',
    revision: {
      button: 'Réviser le plan…',
      help: 'À mi-année, gardez le budget prévu comme budget initial, puis ajustez les actions : le pilotage, le PDF et le classeur montreront l’initial, le révisé et le réel.',
      limit: 'Le plan a été révisé {{count}} fois : c’est le maximum pour une année.',
      title: 'Réviser le plan',
      explain:
        'Le budget actuel ({{budget}}) sera gardé dans le fichier comme budget initial. Vous pourrez ensuite modifier les actions et leurs coûts ; le réel déjà noté reste tel quel.',
      cancel: 'Annuler',
      confirm: 'Garder le budget initial et réviser',
      summary: 'Budget initial {{initial}}, révisé {{revised}} ; dépensé à date {{actual}}. Révision du {{dates}}.',
    },
    moreIndicators_one: 'Et {{count}} autre indicateur : voyez l’étape Indicateurs.',
    moreIndicators_other: 'Et {{count}} autres indicateurs : voyez l’étape Indicateurs.',
  },
} as const;

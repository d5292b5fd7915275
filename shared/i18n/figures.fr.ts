/** Figures and indicators: progress, statuses, cost periods, and the coaching sentences about them, in French. */
export const figuresFr = {
  missing: {
    calendarMonths: 'placer chaque action sur au moins un mois',
    actionCosts: 'chiffrer chaque action (un montant, un pourcentage du CA ou du temps interne)',
    kpiForEachAction: 'donner au moins un indicateur à chaque action',
    kpiTargets: 'donner une valeur visée chiffrée à chaque indicateur',
    summaryPromotion: 'terminer l’étape « Actions de communication »',
    summaryBudget: 'terminer l’étape « Budget »',
    summaryKpis: 'terminer l’étape « Indicateurs »',
    summaryCalendar: 'terminer l’étape « Calendrier »',
  },
  warnings: {
    fixedCostOutsideMonths:
      'Le coût « {{line}} » de l’action « {{title}} » tombe en partie sur des mois où elle n’a pas lieu ({{months}}). Répartissez-le plutôt sur les mois de l’action.',
    kpiTargetAgainstDirection:
      'L’indicateur « {{name}} » part de {{baseline}} et vise {{target}}, ce qui va à l’inverse du sens choisi. Vérifiez le sens, le point de départ ou la valeur visée.',
  },
  indicators: {
    direction: 'Sens',
    directions: { higherIsBetter: 'À augmenter', lowerIsBetter: 'À réduire' },
    directionHelp: 'Un nombre de visites doit monter ; un coût par client ou un rang dans les recherches doit baisser.',
    baseline: 'Point de départ',
    target: 'Valeur visée',
    latest: 'Dernière valeur',
    progress: 'Avancement',
    status: 'État',
    statuses: { ahead: 'En avance', onTrack: 'Dans les temps', late: 'En retard', notMeasured: 'Pas encore mesuré' },
    progressHelp:
      'Avancement = (dernière valeur − point de départ) ÷ (valeur visée − point de départ). « Dans les temps » : au moins le chemin prévu à la date du point ; « en avance » : dix points de plus, ou la valeur visée atteinte avant l’échéance ; « en retard » : moins que prévu.',
    asOf: 'Point au {{date}}',
    objectivesTitle: 'Vos objectifs',
    objectivesHelp: 'Notez chaque mois où en est chaque objectif : l’avancement se calcule de la même façon que pour les indicateurs.',
  },
  costPeriods: {
    moveTitle: 'Les mois de l’action ont changé',
    moveText_one: 'Un coût reste réparti sur d’autres mois. Le répartir sur les mois de l’action ?',
    moveText_other: '{{count}} coûts restent répartis sur d’autres mois. Les répartir sur les mois de l’action ?',
    moveButton: 'Répartir sur les mois de l’action',
    commissionsRow: 'Commissions de distribution',
  },
} as const;

import { actionPlanFr } from './actionPlan.fr';
import { mixFr } from './mix.fr';
import { pdfFr } from './pdf.fr';
import { xlsxFr } from './xlsx.fr';
import { workflowsFr } from './workflows.fr';
import { everydayFr } from './everyday.fr';
import { tradesFr } from './trades.fr';
import { samplesFr } from './samples.fr';
import { importActionsFr } from './importActions.fr';
import { offerFiguresFr } from './offerFigures.fr';
import { figuresFr } from './figures.fr';
import { strategyFr } from './strategy.fr';
import { pdfPagesFr } from './pdfPages.fr';
import { customersFr } from './customers.fr';
import { rgpdFr } from './rgpd.fr';
import { steeringFr } from './steering.fr';
import { accountsFr } from './accounts.fr';
import { accountsExportsFr } from './accountsExports.fr';
import { calendarMomentsFr } from './calendarMoments.fr';
import type { Widen } from './widen';

const { missing: strategyMissing, warnings: strategyWarnings, ...strategyTexts } = strategyFr;
const { missing: mixMissing, warnings: mixWarnings, ...mixTexts } = mixFr;
const { missing: figuresMissing, warnings: figuresWarnings, ...figuresTexts } = figuresFr;
const { missing: rgpdMissing, warnings: rgpdWarnings, ...rgpdTexts } = rgpdFr;
const { missing: steeringMissing, warnings: steeringWarnings, ...steeringTexts } = steeringFr;
const { missing: accountsMissing, warnings: accountsWarnings, ...accountsTexts } = accountsFr;

/** Reference catalogue: every user-facing sentence starts here, in French. */
export const fr = {
  ...strategyTexts,
  ...mixTexts,
  ...actionPlanFr,
  ...pdfFr,
  ...xlsxFr,
  ...workflowsFr,
  ...everydayFr,
  ...tradesFr,
  ...samplesFr,
  ...importActionsFr,
  ...offerFiguresFr,
  ...figuresTexts,
  ...pdfPagesFr,
  ...customersFr,
  ...rgpdTexts,
  ...steeringTexts,
  ...accountsTexts,
  ...accountsExportsFr,
  ...calendarMomentsFr,
  warnings: { ...strategyWarnings, ...mixWarnings, ...figuresWarnings, ...rgpdWarnings, ...steeringWarnings, ...accountsWarnings },
  app: {
    name: 'Cap Marketing',
    tagline: 'Votre plan marketing de l’année, pas à pas.',
    language: 'Langue',
    languages: { fr: 'Français', en: 'English' },
    savedAutomatically: 'Enregistré automatiquement',
    saving: 'Enregistrement…',
    notSaved: 'Modifications non enregistrées',
    retry: 'Réessayer',
    unsavedLeave:
      'Vos dernières modifications n’ont pas pu être écrites dans le fichier du plan. Si vous quittez le plan maintenant, elles seront perdues.',
    unsavedExport:
      'Vos dernières modifications n’ont pas pu être écrites dans le fichier du plan : l’export ne les contiendra pas.',
    leaveWithoutSaving: 'Quitter sans enregistrer',
    exportAnyway: 'Exporter quand même',
    stay: 'Rester sur le plan',
    close: 'Fermer le plan',
    saveCopy: 'Enregistrer une copie…',
    copySaved: 'Copie enregistrée : {{path}}',
    exported: 'Export enregistré : {{path}}',
    downloaded: 'Téléchargement de « {{name}} » lancé.',
    export: 'Exporter',
    exportPdf: 'Rapport PDF',
    exportXlsx: 'Classeur Excel',
    exporting: 'Export en cours…',
  },
  home: {
    title: 'Bienvenue dans Cap Marketing',
    intro:
      'Construisez en quelques séances le plan marketing de votre entreprise : diagnostic, objectifs, cibles, positionnement, actions, budget et indicateurs. Tout reste sur votre ordinateur, dans un seul fichier que vous pouvez copier ou envoyer.',
    newPlan: 'Nouveau plan',
    newPlanHelp: 'Donnez un nom à votre plan et choisissez l’année qu’il couvre.',
    planTitle: 'Nom du plan',
    planTitlePlaceholder: 'Ex. : Boulangerie Martin',
    planYear: 'Année du plan',
    create: 'Créer le plan',
    openPlan: 'Ouvrir un plan',
    openPlanButton: 'Ouvrir un fichier .capm…',
    openPath: 'Chemin du fichier',
    openPathPlaceholder: 'Ex. : /home/marie/Documents/Cap Marketing/Boulangerie Martin.capm',
    open: 'Ouvrir',
    recent: 'Plans récents',
    noRecent: 'Aucun plan ouvert récemment.',
    folder: 'Vos plans sont rangés dans : {{folder}}',
    titleRequired: 'Indiquez un nom pour votre plan.',
    yearInvalid: 'Indiquez une année entre 2000 et 2100.',
  },
  steps: {
    title: 'Les étapes du plan',
    moreWarnings_one: 'Voir {{count}} autre point d’attention',
    moreWarnings_other: 'Voir les {{count}} autres points d’attention',
    states: { notStarted: 'À commencer', inProgress: 'En cours', complete: 'Terminée' },
    names: {
      company: 'Entreprise',
      diagnostic: 'Diagnostic',
      customers: 'Fichier clients',
      objectives: 'Objectifs',
      targets: 'Cibles',
      accounts: 'Comptes clés',
      positioning: 'Positionnement',
      offer: 'Offre et prix',
      promotion: 'Actions de communication',
      distribution: 'Distribution',
      budget: 'Budget',
      kpis: 'Indicateurs',
      calendar: 'Calendrier',
      summary: 'Synthèse',
      pilotage: 'Pilotage',
    },
  },
  company: {
    intro:
      'Tout plan commence par une photo de votre entreprise. Ces informations servent dans chaque étape : votre chiffre d’affaires prévisionnel, par exemple, permet d’exprimer un budget en pourcentage du CA. Inutile d’être précis à l’euro près : une estimation honnête suffit.',
    name: 'Nom de l’entreprise',
    namePlaceholder: 'Ex. : Boulangerie Martin',
    activity: 'Activité',
    activityPlaceholder: 'Ex. : boulangerie-pâtisserie artisanale',
    customerKind: 'Vos clients sont',
    customerKinds: {
      b2c: 'des particuliers (B2C)',
      b2b: 'des entreprises (B2B)',
      both: 'les deux',
    },
    staff: 'Effectif (personnes)',
    staffPlaceholder: 'Ex. : 4',
    location: 'Localisation',
    locationPlaceholder: 'Ex. : Lyon 7e, quartier Jean-Macé',
    currentRevenue: 'Chiffre d’affaires actuel (HT, sur un an)',
    currentRevenuePlaceholder: 'Ex. : 320 000',
    planYear: 'Année du plan',
    forecastTitle: 'Chiffre d’affaires prévisionnel (HT)',
    forecastHelp:
      'Indiquez le chiffre d’affaires hors taxes que vous prévoyez pour chaque mois. Pensez à vos saisons : fêtes, vacances, soldes.',
    forecastTotal: 'Total de l’année',
    forecastEntry: 'Saisir le prévisionnel',
    forecastByMonth: 'Par mois',
    forecastByQuarter: 'Par trimestre',
    forecastByYear: 'Sur l’année',
    quarterLabel: 'T{{quarter}} ({{from}} – {{to}})',
    yearAmount: 'Montant de l’année',
    spreadHelp:
      'Un montant trimestriel ou annuel est réparti à parts égales sur ses mois, au centime près. Repassez ensuite «\u00a0Par mois\u00a0» pour l’affiner mois par mois selon vos saisons.',
    forecastMonthsFilled: '{{count}} mois sur 12 renseignés',
    fillRemaining: 'Répartir le reste de l’année',
    fillRemainingHelp: 'Remplit les mois vides à partir du chiffre d’affaires actuel.',
    notes: 'Remarques',
    notesPlaceholder: 'Ex. : ouverture d’un second point de vente prévue en septembre.',
    invalidAmount: 'Montant non reconnu : tapez par exemple 1 250,50',
    invalidNumber: 'Nombre entier attendu, par exemple 4',
    missingTitle: 'Pour terminer cette étape :',
  },
  months: {
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    long: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  },
  coach: {
    missing: {
      companyName: 'indiquer le nom de l’entreprise',
      activity: 'décrire l’activité',
      location: 'préciser la localisation',
      staff: 'indiquer l’effectif',
      currentRevenue: 'indiquer le chiffre d’affaires actuel',
      revenueForecast: 'prévoir le chiffre d’affaires des 12 mois',
      ...strategyMissing,
      ...mixMissing,
      ...figuresMissing,
      ...rgpdMissing,
      ...steeringMissing,
      ...accountsMissing,
    },
  },
  errors: {
    ...importActionsFr.importActions.errors,
    notSqlite: 'Ce fichier n’est pas un plan Cap Marketing : ce n’est pas une base de données.',
    emptyFile: 'Ce fichier est vide : ce n’est pas un plan Cap Marketing.',
    foreignDatabase: 'Ce fichier appartient à un autre logiciel : Cap Marketing ne l’ouvre pas et n’y touche pas.',
    newerVersion:
      'Ce plan a été créé avec une version plus récente de Cap Marketing (format {{fileVersion}}, cette version lit jusqu’au format {{appVersion}}). Mettez l’application à jour pour l’ouvrir ; le fichier n’a pas été modifié.',
    corrupted:
      'Ce plan est endommagé et ne peut pas être ouvert sans risque. Le fichier n’a pas été modifié : repartez d’une copie ou d’une sauvegarde.',
    invalidVersion:
      'Ce fichier annonce un format de plan qui n’existe pas (format {{fileVersion}} ; cette version lit les formats 1 à {{appVersion}}). Il a sans doute été abîmé ou fabriqué : Cap Marketing ne l’ouvre pas, et le fichier n’a pas été modifié.',
    truncated:
      'Ce plan est incomplet : le fichier est plus court que ce qu’annonce son en-tête (copie ou téléchargement interrompu ?). Le fichier n’a pas été modifié : demandez-en une nouvelle copie.',
    foreignSchema:
      'Ce fichier porte la marque de Cap Marketing, mais sa structure n’est pas celle d’un plan (« {{name}} » y manque ou y diffère). Cap Marketing ne l’ouvre pas, et le fichier n’a pas été modifié.',
    unexpectedObject:
      'Ce fichier contient $t(errors.schemaObjects.{{type}}) « {{name}} » qu’aucun plan Cap Marketing ne contient : il a pu être fabriqué pour nuire. Cap Marketing ne l’ouvre pas, et le fichier n’a pas été modifié.',
    schemaObjects: { table: 'une table', view: 'une vue', trigger: 'un déclencheur', index: 'un index', unknown: 'un objet' },
    invalidContent:
      'Le contenu de ce plan n’est pas valide ($t(errors.planParts.{{part}})) : il a été altéré hors de Cap Marketing, ou fabriqué. Le plan n’a pas été ouvert et le fichier n’a pas été modifié.',
    planParts: {
      meta: 'les informations générales du plan',
      company: 'la fiche entreprise',
      positioning: 'le positionnement',
      offer: 'l’offre et les prix',
      budget: 'les réglages du budget',
      customerValue: 'le calcul de la valeur client',
      customerFile: 'les chiffres du fichier clients',
      rgpd: 'la check-list RGPD',
      steering: 'la date du point de pilotage',
      pipelineTargets: 'les objectifs d’affaires nouvelles',
      accounts: 'les comptes clés',
      swot: 'les éléments du SWOT',
      competitors: 'les concurrents',
      objectives: 'les objectifs',
      segments: 'les segments de clientèle',
      personas: 'les personas',
      products: 'les produits et services',
      channels: 'les canaux de distribution',
      actions: 'les actions',
      keyDates: 'les dates clés',
      sections: 'les parties du plan',
      collections: 'les listes du plan',
    },
    isDirectory: 'C’est un dossier, pas un fichier de plan Cap Marketing : {{path}}. Choisissez un fichier .capm ; rien n’a été modifié.',
    specialFile:
      'Ce n’est pas un fichier ordinaire (périphérique, tube ou lien vers l’un d’eux) : {{path}}. Cap Marketing ne l’ouvre pas, et rien n’a été modifié.',
    notReadable: 'Impossible de lire ce fichier : {{path}}. Vérifiez vos droits d’accès. Le fichier n’a pas été modifié.',
    fileChanged: 'Ce fichier a été remplacé pendant son ouverture : {{path}}. Réessayez ; le fichier n’a pas été modifié.',
    interruptedSave:
      'Ce plan n’a pas été fermé correctement : un enregistrement a été interrompu (arrêt de l’ordinateur ou de l’application). Ouvrez-le dans Cap Marketing, qui annulera la modification inachevée, puis réessayez : {{path}}. Le fichier n’a pas été modifié.',
    alreadyOpen: 'Ce plan est déjà ouvert dans une autre fenêtre ou un autre programme. Fermez-le là-bas, puis réessayez.',
    notFound: 'Fichier introuvable : {{path}}',
    notWritable: 'Impossible d’écrire ici : {{path}}. Vérifiez les droits d’accès ou choisissez un autre dossier.',
    diskFull: 'Le disque est plein : la dernière modification n’a pas été enregistrée. Libérez de la place puis réessayez.',
    invalidInput: 'Valeur refusée : {{detail}}',
    noPlanOpen: 'Aucun plan n’est ouvert.',
    oldRuntime:
      'Cap Marketing a besoin de Node.js {{required}} ou plus récent (version trouvée : {{found}}). Lancez-le avec « npm start » ou « npx cap-marketing », qui utilisent le Node fourni avec le projet.',
    invalidJson: 'Ce fichier JSON n’est pas un plan valide : {{detail}}',
    unsupportedFormat: 'Format d’échange non pris en charge (version {{found}}, attendue : {{expected}}).',
    fileExists: 'Un fichier existe déjà à cet emplacement : {{path}}. Choisissez un autre nom.',
    invalidPath: 'Chemin refusé : {{path}}. Le fichier n’a pas été modifié.',
    tooManyItems: 'Cette liste est pleine : {{max}} éléments au plus. Supprimez-en avant d’en ajouter.',
    unsupportedInBrowser: 'Cette fonction n’existe que dans l’application de bureau.',
    notATemplate:
      'Ce fichier est un plan, pas un modèle. Ouvrez-le directement, ou transformez-le d’abord en modèle avec « Enregistrer comme modèle ».',
    logoTooLarge: 'Ce logo est trop lourd : choisissez une image de moins de {{maxKb}} Ko.',
    logoNotImage: 'Ce fichier n’est pas une image PNG ou JPEG. Enregistrez votre logo dans l’un de ces formats puis réessayez.',
    logoDimensions:
      'Ce logo mesure {{width}} × {{height}} pixels : chaque côté doit faire entre {{min}} et {{max}} pixels.',
    noSalesFile: 'Aucun export des ventes n’est ouvert : choisissez d’abord le fichier.',
    salesFileNeeded:
      'Pour exporter les contacts, choisissez à nouveau l’export des ventes « {{fileName}} » : le plan n’en garde que les chiffres, jamais les clients.',
    salesFileMismatch:
      'Ce fichier n’est pas l’export des ventes dont les chiffres ont été tirés (« {{fileName}} ») : importez-le d’abord, ou choisissez le bon fichier.',
    salesNotReady: 'Les chiffres ne peuvent pas encore être calculés : choisissez la colonne de la date, celle du montant et au moins une colonne qui dit le client, puis HT ou TTC.',
    salesNoValidLine: 'Aucune ligne de l’export des ventes n’a pu être lue : il faut une date, un montant et un client à chaque ligne.',
    internal: 'Erreur inattendue. Votre plan n’a pas été modifié par cette opération.',
  },
  cli: {
    usage: `Utilisation : cap-marketing <commande> [options]

Commandes :
  new FICHIER [--name NOM] [--year AAAA]   crée un plan vide
  new FICHIER --sample EXEMPLE             crée une copie d’un plan d’exemple
                                           (bakery, salon, eshop ou b2b)
  info FICHIER                             affiche le résumé d’un plan
  check FICHIER [--json] [--as-of AAAA-MM-JJ]
                                           affiche l’état de chaque étape, le budget, les
                                           indicateurs et les alertes (--json : pour un autre outil)
  export FICHIER --pdf SORTIE.pdf          exporte le rapport PDF
  export FICHIER --xlsx SORTIE.xlsx        exporte le classeur Excel
  export FICHIER --json SORTIE             exporte le plan au format d’échange JSON
                                           (les trois options peuvent se combiner)
  export … --no-author                     sans votre identité (nom, structure, logo) sur le
                                           PDF et le classeur ; par défaut, celle enregistrée
                                           dans l’application y figure
  import JSON FICHIER                      crée un plan à partir d’un export JSON
  customers FICHIER --import VENTES.csv    tire d’un export des ventes (CSV ou XLSX) les chiffres
      [--amounts ht|ttc]                   du fichier clients et les enregistre dans le plan
      [--as-of AAAA-MM-JJ]                 (jamais les clients eux-mêmes) ; --merge-probable
      [--merge-probable] [--json]          fusionne les doublons probables

Options communes :
  --lang fr|en                             langue des messages et des textes créés
                                           (français par défaut)`,
    created: 'Plan créé : {{path}}',
    exported: 'Plan exporté : {{path}}',
    imported: 'Plan importé : {{path}}',
    unknownCommand: 'Commande inconnue : {{command}}',
    unknownSample: 'Exemple inconnu : « {{value}} ». Les exemples sont : {{samples}}.',
    missingArgument: 'Argument manquant : {{name}}',
    badYear: 'Année invalide : {{value}} (attendu : 2000 à 2100)',
    badDate: 'Date invalide : {{value}} (attendu : AAAA-MM-JJ, par exemple 2027-03-31)',
    field: '{{label}} : {{value}}',
    infoTitle: 'Plan',
    infoCompany: 'Entreprise',
    infoYear: 'Année',
    infoFormat: 'Format du fichier',
    infoForecast: 'CA prévisionnel',
    infoCounts: 'Contenu',
    infoCountsValue: '{{objectives}} objectif(s), {{actions}} action(s), {{segments}} segment(s)',
    infoStep: 'Étape {{step}}',
    badAmounts: 'Valeur invalide pour --amounts : {{value}} (attendu : ht ou ttc)',
    salesColumnsMissing: 'Colonnes introuvables dans {{file}} : {{missing}}. En-têtes lus : {{headers}}.',
    amountsAssumed: 'Les en-têtes ne disent pas si les montants sont HT ou TTC : ils sont lus comme TTC (précisez --amounts ht|ttc).',
    salesSummary: '{{customers}} clients actifs, {{purchases}} achats, {{revenue}} ({{amounts}}) sur les 12 mois au {{asOf}}',
    salesSegments: 'Segments : {{segments}}',
    salesDuplicates: '{{count}} doublon(s) probable(s), {{merged}} fusionné(s)',
    salesBadRows: '{{count}} ligne(s) écartée(s)',
    salesStored: 'Chiffres enregistrés dans {{path}} (aucun nom, e-mail ni numéro de client).',
    salesMissing: { missingDate: 'la date', missingAmount: 'le montant', missingIdentity: 'le client (n° client, e-mail ou nom)' },
  },
  menu: {
    file: 'Fichier',
    newPlan: 'Nouveau plan',
    openPlan: 'Ouvrir…',
    recent: 'Plans récents',
    saveCopy: 'Enregistrer une copie…',
    exportPdf: 'Exporter en PDF…',
    exportXlsx: 'Exporter en classeur Excel…',
    saveAsTemplate: 'Enregistrer comme modèle…',
    nextYear: 'Préparer le plan de l’année suivante',
    closePlan: 'Fermer le plan',
    quit: 'Quitter',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
    help: 'Aide',
    about: 'À propos de Cap Marketing',
  },
  web: {
    noElectron:
      'L’application de bureau (Electron) n’est pas installée sur cette machine : Cap Marketing démarre en mode navigateur.',
    openAt: 'Ouvrez cette adresse dans votre navigateur : {{url}}',
    stop: 'Appuyez sur Ctrl+C pour arrêter.',
    notBuilt: 'L’interface n’est pas construite : lancez d’abord « npm run build ».',
    dialogTitleOpen: 'Ouvrir un plan',
    dialogTitleSave: 'Enregistrer une copie du plan',
    dialogTitleExport: 'Exporter le plan',
    fileFilters: { capm: 'Plans Cap Marketing', pdf: 'Documents PDF', xlsx: 'Classeurs Excel', csv: 'Fichiers CSV' },
  },
} as const;

/** Every other language must have exactly the same keys. */
export type Catalog = Widen<typeof fr>;

/** Texts of the action import (a spreadsheet read into a preview), in French. */
export const importActionsFr = {
  importActions: {
    title: 'Importer des actions',
    open: 'Importer des actions…',
    intro:
      'Ajoutez d’un coup des actions tenues dans un tableur : l’onglet « Actions » d’un classeur exporté par Cap Marketing, ou un fichier CSV ou Excel dont la première ligne nomme les colonnes (Action obligatoire ; Catégorie, Description, Objectifs, Cibles, Indicateurs, Responsable, T1 à T4, Mois facultatives). Rien n’est ajouté avant votre confirmation.',
    chooseFile: 'Choisir un fichier…',
    reading: 'Lecture du fichier…',
    fileRead: 'Fichier lu : {{name}}',
    acceptedTitle_one: '{{count}} action sera ajoutée',
    acceptedTitle_other: '{{count}} actions seront ajoutées',
    refusedTitle_one: '{{count}} ligne refusée',
    refusedTitle_other: '{{count}} lignes refusées',
    warningsTitle: 'À vérifier',
    rowLabel: 'Ligne {{row}}',
    noneAccepted: 'Aucune ligne ne peut être ajoutée. Corrigez le fichier puis réessayez.',
    confirm_one: 'Ajouter {{count}} action',
    confirm_other: 'Ajouter les {{count}} actions',
    cancel: 'Annuler',
    actualsDialogTitle: 'Reprendre les dépenses réelles d’un classeur',
    actualsDialogIntro:
      'Choisissez le classeur Excel exporté par Cap Marketing dans lequel vous avez noté les dépenses du mois, feuille « Pilotage ». Vous verrez ce qui change avant de confirmer.',
    actualsTitle: 'Dépenses réelles de la feuille « {{sheet}} »',
    actualsIntro: 'Le classeur contient le suivi des dépenses : les montants notés dans la feuille remplacent ceux du plan pour les mois concernés ; une case vide ne change rien.',
    actualsChanges_one: '{{count}} action verra ses dépenses réelles mises à jour :',
    actualsChanges_other: '{{count}} actions verront leurs dépenses réelles mises à jour :',
    actualsNone: 'Les dépenses réelles de la feuille sont déjà celles du plan : rien à mettre à jour.',
    actualsMonth: '{{month}} : {{before}} → {{after}}',
    actualsNothingBefore: 'rien',
    actualsSkippedTitle_one: '{{count}} ligne de la feuille n’est pas reprise',
    actualsSkippedTitle_other: '{{count}} lignes de la feuille ne sont pas reprises',
    actualsSkipped: {
      unknownAction: 'aucune action du plan ne s’appelle « {{title}} »',
      ambiguousTitle: 'plusieurs actions s’appellent « {{title}} » : renommez-les pour les distinguer, puis exportez à nouveau',
      invalidAmount: '« {{title}} » : le montant de {{month}} n’est pas un montant en euros',
    },
    takeActuals: 'Reprendre les dépenses réelles',
    alsoAddActions_one: 'Ajouter aussi {{count}} action au plan',
    alsoAddActions_other: 'Ajouter aussi les {{count}} actions au plan',
    alsoAddActionsHelp: 'Décochez si ce classeur vient de ce plan : ses actions y sont déjà.',
    confirmImport: 'Importer',
    done_one: '{{count}} action importée.',
    done_other: '{{count}} actions importées.',
    /** Whole-file failures: nothing is imported. */
    errors: {
      emptyImportFile: 'Ce fichier est vide : aucune action à importer.',
      fileTooLarge: 'Ce fichier est trop volumineux : {{maxMb}} Mo au plus. Importez les actions en plusieurs fichiers.',
      notSpreadsheet:
        'Ce fichier n’est pas un tableur que Cap Marketing sait lire. Choisissez un classeur Excel (.xlsx) ou un fichier CSV.',
      legacyExcel:
        'Ce classeur est à l’ancien format Excel (.xls) ou protégé par un mot de passe. Dans Excel, enregistrez-le au format .xlsx (sans mot de passe) ou CSV, puis importez cette copie.',
      unreadableWorkbook: 'Ce classeur est endommagé ou incomplet : il ne peut pas être lu. Réenregistrez-le depuis votre tableur, puis réessayez.',
      uncompressedTooLarge:
        'Ce classeur contient trop de données une fois décompressé ({{maxMb}} Mo au plus). Gardez seulement la feuille des actions, ou passez par un fichier CSV.',
      suspiciousCompression:
        'Ce classeur se décompresse de façon anormale (plus de {{maxRatio}} fois sa taille, ou plus qu’il ne l’annonce) : il n’a pas été ouvert, par sécurité.',
      tooManyZipEntries: 'Ce classeur contient trop d’éléments internes ({{max}} au plus) : il n’a pas été ouvert, par sécurité.',
      unclosedQuote:
        'Le fichier CSV contient des guillemets ouverts à la ligne {{row}} et jamais refermés. Corrigez cette ligne dans votre tableur, puis réessayez.',
      missingRequiredColumn:
        'Colonne obligatoire introuvable : « {{column}} ». La première ligne doit nommer les colonnes (Action, Catégorie, Description, T1…T4, Mois…).',
      tooManyRows: 'Trop de lignes : {{max}} actions au plus par import. Découpez le fichier en plusieurs.',
      tooManyColumns: 'Trop de colonnes : {{max}} au plus. Gardez seulement les colonnes des actions.',
      cellTooLong: 'La cellule de la ligne {{row}}, colonne « {{column}} », dépasse {{max}} caractères. Raccourcissez-la, puis réessayez.',
      tooManyActions:
        'Le plan ne peut pas contenir plus de {{max}} actions : il en a déjà {{existing}} et le fichier en ajouterait {{importing}}.',
      importTimeout: 'La lecture du fichier a pris trop de temps (plus de {{seconds}} s) et a été arrêtée. Votre plan n’a pas été modifié.',
      importOutOfMemory:
        'La lecture du fichier demandait trop de mémoire (plus de {{maxMb}} Mo) et a été arrêtée. Votre plan n’a pas été modifié.',
      importFailed: 'Erreur inattendue pendant la lecture du fichier ({{detail}}). Votre plan n’a pas été modifié.',
    },
    /** Why one row was refused; the other rows are imported. */
    reasons: {
      missingTitle: 'Nom de l’action manquant (colonne « Action »).',
      textTooLong: 'Texte trop long dans la colonne « {{column}} » : {{max}} caractères au plus.',
      negativeAmount: 'Montant négatif dans la colonne « {{column}} » : {{value}}.',
      invalidAmount: 'Montant non reconnu dans la colonne « {{column}} » : « {{value}} » (tapez par exemple 1 250,50).',
      unknownMonth: 'Mois non reconnu : « {{value}} » (tapez par exemple janv. ; mars ou 1 ; 3).',
      tooManyValues: 'Trop d’éléments dans la colonne « {{column}} » : {{max}} au plus.',
      invalidAction: 'Action refusée : valeur non valide ({{detail}}).',
    },
    /** Imported all the same, but worth a look. */
    warnings: {
      unknownColumns: 'Colonnes ignorées : {{columns}}.',
      duplicateColumn: 'La colonne « {{column}} » apparaît deux fois : seule la première est lue.',
      rowsSkipped: 'Lignes sans action ignorées (titres ou totaux) : {{rows}}.',
      unknownCategory: 'Catégorie inconnue « {{value}} » : l’action est classée dans « Autre ».',
      unknownObjective: 'Objectif introuvable dans le plan : « {{name}} » (non relié).',
      unknownSegment: 'Cible introuvable dans le plan : « {{name}} » (non reliée).',
      totalIgnored: 'Colonne « {{column}} » ignorée : le budget vient des trimestres, dont la somme diffère du total.',
      sameTitleInPlan: 'Le plan contient déjà une action « {{title}} » : vérifiez que ce n’est pas un doublon.',
    },
  },
};

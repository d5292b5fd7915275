import type { Language } from '../i18n';

/**
 * The small grammar the positioning sentence needs: how a piece the user wrote starts (an article, a
 * verb, an infinitive, a clause with its own subject) and whether its first word may be lower-cased.
 * These are heuristics on closed word lists, not a parser: when a word is unknown the sentence takes
 * the construction that needs no guess (a quoted category, « ce que personne d’autre n’a : … »).
 */

const set = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/** Lower-cased words, apostrophes made typographic, elided articles split off (« l’atelier » → « l’ », « atelier »). */
export function words(text: string): string[] {
  return text
    .replace(/'/g, '’')
    .toLocaleLowerCase('fr')
    .split(/\s+/)
    .flatMap((token) => {
      const bare = token.replace(/^[«“"([]+|[»”"),;:.!?\]]+$/gu, '');
      const elided = /^(l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu)’(.+)$/u.exec(bare);
      return elided ? [`${elided[1]}’`, elided[2]] : [bare];
    })
    .filter((token) => token !== '');
}

/** An acronym (« DAF », "IT") or a name with inner capitals ("iPhone") keeps its case. */
export function looksLikeAcronymOrName(text: string): boolean {
  const first = text.split(/\s+/)[0]?.split(/[’']/).pop() ?? '';
  return (first.match(/\p{Lu}/gu) ?? []).length >= 2 || /^\p{Ll}.*\p{Lu}/u.test(first);
}

const ASPIRATED_H = set(
  'haut haute hauts hautes hausse hâte hasard héros hérisson honte hibou hall hangar hamac handicap harcèlement haricot hockey homard hublot huit hurler hache haie halte hameau hanche hareng hargne harpe hêtre hiérarchie hors houblon housse hutte',
);

/** Whether « de »/« que » elide before this text: a vowel, a mute h (« l’hôtel »), a « y » before a consonant (« qu’Yves »). */
export function startsWithVowelSound(text: string): boolean {
  const lower = text.toLocaleLowerCase('fr');
  const first = lower.split(/[\s’'-]/)[0] ?? '';
  if (['onze', 'oui', 'ouate'].includes(first)) return false;
  if (/^[aeiouàâäéèêëîïôöùûüæœ]/u.test(lower)) return true;
  if (/^h[aeiouyàâéèêîôû]/u.test(lower)) return !ASPIRATED_H.has(first);
  return /^y[^aeiouy]/u.test(lower);
}

// ——— French ———

export const FR_DETERMINERS = set(
  'le la l’ les un une des du de d’ au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs chaque tout toute tous toutes plusieurs quelques certains certaines aucun aucune plus moins beaucoup peu trop zéro deux trois quatre cinq six sept huit neuf dix douze quinze vingt trente cent mille',
);
export const FR_RELATIVES = set('qui que qu’ dont où lequel laquelle lesquels lesquelles');
export const FR_SUBJECTS = set('il elle ils elles on je nous chacun chacune');
/** Pronouns that stand before a verb: « vous fait gagner », « se lève », « y trouve », « en propose ». */
export const FR_OBJECT_PRONOUNS = set('vous se s’ lui leur y en me m’ te t’');
export const FR_PREPOSITIONS = set('avec sans par grâce en à dès pour chez sur sous entre depuis selon malgré contre');
/** What may follow a bare verb: its object or complement (« prépare tout », « cuit vos pains »). */
export const FR_OBJECT_STARTERS = new Set([...FR_DETERMINERS, ...set('vous tout sur place à la main chaque jour soi-même ici')]);

/** Third-person present forms a promise or a proof often starts with. */
export const FR_VERBS = set(
  'est a fait offre propose cuit pétrit fabrique prépare travaille utilise sélectionne choisit garantit livre ouvre accueille conseille accompagne intervient répond rappelle réunit allie associe combine maîtrise connaît sait peut met prend rend sert vend crée conçoit imagine développe forme emploie compte dispose possède détient bénéficie affiche tient obtient reçoit vient donne apporte permet aide simplifie facilite transforme cultive récolte achète teste contrôle vérifie certifie assure rassure protège soigne coiffe colore répare entretient installe dépanne nettoie sécurise surveille sauvegarde héberge gère suit reste devient va fournit remplace rembourse respecte privilégie refuse évite partage écoute explique montre invite réserve garde fidélise récompense adapte personnalise assemble façonne torréfie brasse distille confectionne coud tricote imprime grave',
);

const FR_INFINITIVE_WORDS = set(
  'être avoir faire dire lire rire sourire suffire plaire taire boire croire vivre revivre survivre suivre poursuivre conclure inclure exclure vaincre convaincre refaire défaire satisfaire redire relire élire interdire prédire distraire extraire savoir pouvoir vouloir devoir voir revoir prévoir recevoir concevoir apercevoir décevoir percevoir valoir falloir asseoir émouvoir promouvoir entrevoir pourvoir haïr',
);
const FR_RE_NOUNS = set('cadre encadre poudre ordre désordre cidre cèdre coriandre méandre scaphandre engendre lettre maître traître contremaître épître');
const FR_ER_NOUNS = set(
  'cher fier amer hiver super hier mer enfer cancer laser poster boulanger verger danger berger étranger léger potager fromager horloger oranger passager messager ménager usager mensonger dîner déjeuner goûter souper foyer loyer manager leader designer flyer sticker clocher rocher plancher archer cuiller burger hamburger reporter scooter starter teaser trader freelancer master cluster',
);
const FR_IR_NOUNS = set('plaisir loisir désir avenir souvenir élixir cuir zéphyr menhir nadir tapir fakir kir vizir saphir soupir martyr émir');
const FR_IER_VERBS = set(
  'publier oublier relier plier déplier replier multiplier allier rallier remercier apprécier négocier associer licencier varier marier trier parier étudier remédier copier envier convier dévier confier défier photographier privilégier concilier réconcilier initier expédier colorier crier prier lier nier skier',
);

export function isFrenchInfinitive(word: string): boolean {
  if (word.length < 4 && !['lire', 'dire', 'rire', 'voir'].includes(word)) return false;
  if (FR_INFINITIVE_WORDS.has(word)) return true;
  if (/(dre|ttre|aître|oître|uire|crire)$/u.test(word)) return !FR_RE_NOUNS.has(word);
  if (/oir$/u.test(word)) return false;
  if (/ier$/u.test(word)) return /ifier$/u.test(word) || FR_IER_VERBS.has(word);
  if (/er$/u.test(word)) return !FR_ER_NOUNS.has(word);
  if (/ir$/u.test(word)) return !FR_IR_NOUNS.has(word);
  return false;
}

/** Category nouns whose gender is certain, singular, so the sentence may add « le », « la » or « l’ ». */
const FR_MASCULINE = set(
  'salon atelier magasin cabinet restaurant café bar bistrot traiteur caviste fleuriste coiffeur barbier institut studio centre service site commerce garage hôtel gîte camping spa laboratoire bureau réseau spécialiste artisan fabricant producteur créateur éditeur prestataire expert intégrateur distributeur grossiste revendeur torréfacteur glacier chocolatier pâtissier boulanger boucher charcutier fromager primeur opticien photographe concept-store e-shop marché food-truck supermarché lieu espace club organisme logiciel outil fournisseur transporteur plombier électricien menuisier paysagiste architecte cordonnier tailleur couturier bijoutier joaillier antiquaire brocanteur libraire disquaire vigneron domaine vignoble moulin fournil comptoir dépôt entrepôt showroom cinéma théâtre musée',
);
const FR_FEMININE = set(
  'boulangerie pâtisserie boulangerie-pâtisserie boutique agence épicerie librairie marque entreprise société maison ferme brasserie crêperie pizzeria pharmacie parfumerie droguerie quincaillerie fromagerie boucherie charcuterie poissonnerie chocolaterie confiserie biscuiterie savonnerie cave école auto-école clinique salle plateforme application offre solution infogérance menuiserie imprimerie cordonnerie bijouterie mercerie lingerie animalerie jardinerie cidrerie distillerie brûlerie laverie blanchisserie conciergerie crèche micro-crèche table auberge guinguette cantine start-up coopérative association galerie friperie ressourcerie papeterie onglerie',
);

/** « le », « la » or « l’ » for a category that starts with a known singular noun; null when unsure. */
export function articleFor(noun: string): 'le' | 'la' | 'l’' | null {
  const known = (word: string) => (FR_MASCULINE.has(word) ? 'le' : FR_FEMININE.has(word) ? 'la' : null);
  const gender = known(noun) ?? (noun.includes('-') ? known(noun.split('-')[0]) : null);
  if (gender === null) return null;
  return startsWithVowelSound(noun) ? 'l’' : gender;
}

/** Words that start a target or a category and are never proper nouns (« Femmes actives », « Dirigeants de PME »). */
const FR_COMMON = set(
  'femmes hommes femme homme familles famille parents parent jeunes enfants adolescents étudiants étudiantes seniors retraités actifs actives salariés cadres dirigeants dirigeantes gérants gérantes responsables directeurs directrices décideurs acheteurs clients clientes client cliente habitants habitantes riverains particuliers professionnels professionnelles entreprises sociétés artisans commerçants commerçantes indépendants couples propriétaires locataires personnes amateurs passionnés passionnées sportifs sportives touristes visiteurs voyageurs mamans papas futurs futures nouveaux nouvelles petites petits grandes grands moyennes collectivités associations mairies écoles restaurants hôtels commerces boutiques cabinets agences chefs patrons foyers ménages consommateurs consommatrices citadins urbains ruraux travailleurs employés employeurs fans adeptes curieux gourmands gourmets lecteurs lectrices habitués fidèles abonnés adhérents membres élèves mariés fiancés public local locale locaux locales jeune nouveau nouvelle petit petite grand grande pain pains produits soins cosmétiques vêtements bijoux services prestations conseils cours formations vins bières cafés thés fromages fleurs plats repas',
);

export function isCommonWord(word: string, language: Language): boolean {
  if (language === 'en') return isEnglishCommonWord(word);
  if (FR_DETERMINERS.has(word) || FR_RELATIVES.has(word) || FR_SUBJECTS.has(word) || FR_PREPOSITIONS.has(word)) return true;
  if (FR_COMMON.has(word) || FR_MASCULINE.has(word) || FR_FEMININE.has(word) || FR_VERBS.has(word)) return true;
  if (isFrenchInfinitive(word)) return true;
  // Endings of common nouns; plural forms only where a place or person name could share the ending.
  return /(eurs|euses|trices|iers|ières|istes|aires|tions|sions|ités|ages|ismes|tion|sion|ité|isme|erie)$/u.test(word);
}

/** Verbs that make a whole clause of a piece (« tout est pétri sur place », « Louise est coloriste »), not inside a relative. */
const FR_CLAUSE_MARKERS = set('est sont a ont était étaient sera seront reste restent devient deviennent peut peuvent doit doivent');
const EN_CLAUSE_MARKERS = set('is are was were has have had will can stays stay remains remain gets');

export function isClause(text: string, language: Language): boolean {
  const tokens = words(text);
  const markers = language === 'fr' ? FR_CLAUSE_MARKERS : EN_CLAUSE_MARKERS;
  const relatives = language === 'fr' ? FR_RELATIVES : EN_RELATIVES;
  return tokens.some((token, index) => index > 0 && markers.has(token) && !tokens.slice(Math.max(0, index - 3), index).some((before) => relatives.has(before)));
}

// ——— English ———

export const EN_DETERMINERS = set(
  'the a an our your their its my his her this these those every each all some any no more less fewer plenty lots many much several both zero one two three four five six seven eight nine ten twelve twenty hundred',
);
export const EN_RELATIVES = set('that which who whose where whom');
export const EN_SUBJECTS = set('we it they he she you i everything everyone everybody nothing nobody');
export const EN_PREPOSITIONS = set('with without for by through from at in on thanks');
export const EN_OBJECT_STARTERS = new Set([...EN_DETERMINERS, ...set('you everything everyone it them us')]);
export const EN_VERBS = set(
  'is has does serves bakes offers makes keeps gives saves brings delivers helps lets guarantees combines opens cuts uses works sells provides ensures protects cares creates designs builds answers responds comes goes grows harvests picks selects chooses trains employs holds runs repairs fixes installs manages monitors handles hosts backs knows listens advises supports follows includes features relies sources tests checks certifies cooks kneads colours styles welcomes treats shows takes puts sends calls reaches visits stays remains turns crafts produces prepares refunds replaces promises collects roasts brews distils sews prints',
);
/** Bare infinitives a promise may start with ("save time" → "that helps you save time"). */
export const EN_BASE_VERBS = set('save get enjoy find book keep make feel look eat buy order discover avoid reduce gain win grow stay spend pay');

const EN_COMMON = set(
  'only made custom bespoke fresh homemade home-made handmade quality good great best better fast quick easy free premium tailored expert friendly personal solid same-day next-day women men woman man families family parents young working busy local small new people customers clients businesses companies firms owners managers managing directors heads buyers professionals craftspeople tradespeople shops retailers residents neighbours commuters students retirees seniors couples households homeowners tenants teenagers children kids mothers fathers mums dads brides tourists visitors travellers fans lovers independent self-employed freelancers employees staff office neighbourhood craft online organic natural bakery salon shop store boutique café restaurant agency firm studio workshop brand company business service services',
);

function isEnglishCommonWord(word: string): boolean {
  if (word.includes('-') && isEnglishCommonWord(word.split('-')[0])) return true;
  if (EN_DETERMINERS.has(word) || EN_RELATIVES.has(word) || EN_SUBJECTS.has(word) || EN_PREPOSITIONS.has(word)) return true;
  if (word === 'to' || EN_COMMON.has(word) || EN_VERBS.has(word) || EN_BASE_VERBS.has(word)) return true;
  return /(ers|ists|ing|ies|ees|ents|ed|able|ible|ful|ous|ive)$/u.test(word);
}

/** Whether an English category is plural ("natural cosmetics made in France"): its head noun is the word before its first complement. */
export function isEnglishPlural(text: string): boolean {
  const tokens = words(text);
  const end = tokens.findIndex(
    (token, index) => index > 0 && /^(with|that|which|who|for|in|of|from|made|based|near|on|at|by|to|offering|serving|specialising|specializing|dedicated|and)$/.test(token),
  );
  const head = tokens[(end === -1 ? tokens.length : end) - 1] ?? '';
  return /[^s’']s$/u.test(head) && !/(ss|us|is)$/u.test(head);
}

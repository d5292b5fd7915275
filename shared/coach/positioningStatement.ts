import type { Language } from '../i18n';
import { strategyEn } from '../i18n/strategy.en';
import { strategyFr } from '../i18n/strategy.fr';
import type { Positioning } from '../plan';
import { statementParts } from './positioning';
import {
  articleFor,
  EN_BASE_VERBS,
  EN_DETERMINERS,
  EN_OBJECT_STARTERS,
  EN_PREPOSITIONS,
  EN_RELATIVES,
  EN_SUBJECTS,
  EN_VERBS,
  FR_DETERMINERS,
  FR_OBJECT_PRONOUNS,
  FR_OBJECT_STARTERS,
  FR_PREPOSITIONS,
  FR_RELATIVES,
  FR_SUBJECTS,
  FR_VERBS,
  isClause,
  isCommonWord,
  isEnglishPlural,
  isFrenchInfinitive,
  looksLikeAcronymOrName,
  startsWithVowelSound,
  words,
} from './statementWords';

/**
 * The positioning sentence of the method, "For [target], [brand] is the [category] that [benefit],
 * because only [brand] [evidence].", written grammatically whatever the user typed in the four boxes.
 *
 * The user writes each piece on its own, so each piece starts like a sentence (« Les femmes… »,
 * « Une couleur… ») and may end with a full stop. This function fits them into the one sentence:
 * it lower-cases a leading common word (never a proper noun or an acronym), picks the linking words
 * from how the piece starts (a verb, an infinitive, a noun, a whole clause), elides « de »/« que »
 * before a vowel or a mute h, and leaves a visible placeholder where a piece is still empty.
 * The word lists it relies on are in statementWords.ts.
 */

export type StatementPart = 'target' | 'brand' | 'category' | 'benefit' | 'proof';

/** One run of the sentence: linking words (no part), or what the user wrote for a part (or its placeholder). */
export interface StatementSegment {
  text: string;
  part?: StatementPart;
  /** The part is not written yet: `text` is the placeholder. */
  blank?: boolean;
}

export interface PositioningStatement {
  sentence: string;
  /** The sentence cut into runs, in order; their texts joined give `sentence`. */
  segments: StatementSegment[];
}

export interface StatementOptions {
  /** Applied to each written part before it is fitted in (the PDF caps very long texts). */
  prepare?: (text: string) => string;
}

type PieceKind = 'relative' | 'verb' | 'infinitive' | 'clause' | 'noun' | 'preposition';

interface Piece {
  text: string;
  blank: boolean;
}

/** An abbreviation keeps its full stop ("6 a.m.", « etc. »): the sentence then brings no second one. */
const ABBREVIATION_AT_END = /(\b(\p{L}\.){2,}|\b(etc|env|cf|ex|approx|min|max|no|vol|av|apr|J\.-C)\.)$/iu;

/** Spaces collapsed; no leading bullet or dash, no trailing punctuation (the sentence brings its own). */
function tidy(text: string): string {
  let tidied = text.replace(/\s+/g, ' ').trim().replace(/^[-–—•*·,;:]+\s*/u, '');
  while (/[\s.,;:!?…]$/u.test(tidied) && !ABBREVIATION_AT_END.test(tidied)) tidied = tidied.slice(0, -1);
  return tidied.trim();
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

/** Drops a leading word or phrase the sentence already says (« Pour », "because"), case-insensitively. */
function dropLeading(text: string, prefixes: readonly string[]): string {
  const normal = text.replace(/'/g, '’');
  for (const prefix of prefixes) {
    if (normal.toLocaleLowerCase('fr').startsWith(prefix)) return text.slice(prefix.length).trimStart();
  }
  return text;
}

/** A common first word is lower-cased; a proper noun (« Louise ») or an acronym (« DAF ») keeps its capital. */
function lowerIfCommon(text: string, language: Language, force = false): string {
  const first = words(text)[0] ?? '';
  if (looksLikeAcronymOrName(text)) return text;
  return force || isCommonWord(first, language) ? lowerFirst(text) : text;
}

function classifyFrench(text: string): PieceKind {
  const [first = '', second = '', third = ''] = words(text);
  // An acronym or a name with inner capitals first (« IT », « DAF »): a clause when a verb follows, otherwise a noun.
  if (looksLikeAcronymOrName(text)) return isClause(text, 'fr') ? 'clause' : 'noun';
  if (FR_RELATIVES.has(first)) return 'relative';
  // « ne jamais vous faire attendre », « se faire plaisir », « vous faire gagner du temps »: an infinitive behind a pronoun.
  if (first === 'ne' || first === 'n’') {
    return ['pas', 'jamais', 'plus', 'rien'].includes(second) && (isFrenchInfinitive(third) || FR_OBJECT_PRONOUNS.has(third)) ? 'infinitive' : 'verb';
  }
  if (first === 'vous' && /ez$/.test(second)) return 'clause';
  if (FR_OBJECT_PRONOUNS.has(first)) return isFrenchInfinitive(second) ? 'infinitive' : 'verb';
  if (isFrenchInfinitive(first)) return 'infinitive';
  if (FR_VERBS.has(first)) return 'verb';
  if (FR_SUBJECTS.has(first) || isClause(text, 'fr')) return 'clause';
  if (FR_PREPOSITIONS.has(first)) return 'preposition';
  if (FR_DETERMINERS.has(first) || /^\d/.test(first)) return 'noun';
  // A bare word: a verb only when it ends like one and an object follows (« prépare tout », « cuit vos pains »).
  if (/[etd]$/.test(first) && !first.includes('-') && FR_OBJECT_STARTERS.has(second)) return 'verb';
  return 'noun';
}

function classifyEnglish(text: string): PieceKind {
  const [first = '', second = ''] = words(text);
  if (looksLikeAcronymOrName(text)) return isClause(text, 'en') ? 'clause' : 'noun';
  if (EN_RELATIVES.has(first)) return 'relative';
  if (first === 'to') return 'infinitive';
  if (EN_BASE_VERBS.has(first)) return 'infinitive';
  if (EN_VERBS.has(first)) return 'verb';
  if (EN_SUBJECTS.has(first) || isClause(text, 'en')) return 'clause';
  if (EN_PREPOSITIONS.has(first)) return 'preposition';
  if (EN_DETERMINERS.has(first) || /^\d/.test(first)) return 'noun';
  if (/[^s]s$/.test(first) && EN_OBJECT_STARTERS.has(second)) return 'verb';
  return 'noun';
}

/** The kinds whose first word is never a proper noun, so it can always be lower-cased. */
const alwaysLower = new Set<PieceKind>(['relative', 'verb', 'infinitive', 'preposition']);

class Builder {
  readonly segments: StatementSegment[] = [];
  say(text: string): this {
    if (text !== '') this.segments.push({ text });
    return this;
  }
  put(part: StatementPart, piece: Piece, text = piece.text): this {
    this.segments.push(piece.blank ? { text, part, blank: true } : { text, part });
    return this;
  }
  /** Linking words then a part, with « de »/« que » elided before a vowel or a mute h (« d’offrir », « qu’Axone »), never before a placeholder. */
  link(lead: string, elided: 'de' | 'que', part: StatementPart, piece: Piece, text = piece.text): this {
    if (piece.blank || !startsWithVowelSound(text)) return this.say(`${lead}${elided} `).put(part, piece, text);
    return this.say(`${lead}${elided.slice(0, -1)}’`).put(part, piece, text);
  }
}

/** The closing full stop, unless the last part already ends with an abbreviation's (« etc. »). */
function finish(out: Builder): StatementSegment[] {
  return (out.segments.at(-1)?.text.endsWith('.') ? out : out.say('.')).segments;
}

function french(target: Piece, brand: Piece, category: Piece, benefit: Piece, proof: Piece): StatementSegment[] {
  const out = new Builder();
  // « Pour actifs du quartier » lacks an article; « les » before a plural common noun needs no gender.
  const [targetHead = ''] = words(target.text);
  const bareAudience = !target.blank && !FR_DETERMINERS.has(targetHead) && /[sx]$/u.test(targetHead) && isCommonWord(targetHead, 'fr') && !looksLikeAcronymOrName(target.text);
  out.say(bareAudience ? 'Pour les ' : 'Pour ').put('target', target, target.blank ? target.text : lowerIfCommon(target.text, 'fr')).say(', ').put('brand', brand);

  // The category: an article the user wrote is kept; otherwise one is added only when the noun's gender is known.
  let afterCategory = ' qui ';
  const categoryWords = words(category.text);
  const head = categoryWords[0] ?? '';
  if (category.blank) {
    out.say(' est ').put('category', category);
  } else if (head === 'les' || head === 'des') {
    // « X est les cosmétiques… » is not French: « parmi les … » needs no gender either.
    const rest = category.text.replace(/^\S+\s*/u, '');
    out.say(' est, parmi les ').put('category', category, rest).say(', le choix');
  } else if (FR_DETERMINERS.has(head)) {
    out.say(' est ').put('category', category, lowerFirst(category.text));
    if (categoryWords.slice(1).includes('qui')) afterCategory = ' et qui ';
  } else {
    const article = articleFor(head);
    if (article !== null) {
      const text = lowerFirst(category.text);
      out.say(` est ${article === 'l’' ? 'l’' : `${article} `}`).put('category', category, text);
      if (categoryWords.slice(1).includes('qui')) afterCategory = ' et qui ';
    } else {
      // Unknown gender or number: quote the category rather than guess « le » or « la ».
      out.say(' est, dans la catégorie « ').put('category', category, lowerIfCommon(category.text, 'fr')).say(' », le choix');
    }
  }

  // The benefit completes « … qui »: « qui une couleur » must never happen.
  const benefitKind = benefit.blank ? 'verb' : classifyFrench(benefit.text);
  const benefitText = benefit.blank ? benefit.text : lowerIfCommon(benefit.text, 'fr', alwaysLower.has(benefitKind));
  const beforeBenefit = afterCategory.replace(/qui $/, '');
  switch (benefitKind) {
    case 'relative':
      out.say(beforeBenefit).put('benefit', benefit, benefitText);
      break;
    case 'infinitive':
      out.link(`${afterCategory}permet `, 'de', 'benefit', benefit, benefitText);
      break;
    case 'clause':
      out.link(`${afterCategory}garantit `, 'que', 'benefit', benefit, benefitText);
      break;
    case 'noun':
      out.say(`${afterCategory}offre `).put('benefit', benefit, benefitText);
      break;
    case 'preposition':
      out.say(`${afterCategory}se démarque `).put('benefit', benefit, benefitText);
      break;
    default:
      out.say(afterCategory).put('benefit', benefit, benefitText);
  }

  // "Because only [brand]": « seul X » or « seule X » would need the brand's gender (Atelier Lou, Boulangerie
  // Martin, Galet & Sève…), which a name does not tell. « il n’y a que X qui … » and its variants never
  // agree with X, so they hold for any brand; the variant follows how the proof starts.
  const proofKind = proof.blank ? 'verb' : classifyFrench(proof.text);
  const proofText = proof.blank ? proof.text : lowerIfCommon(proof.text, 'fr', alwaysLower.has(proofKind));
  switch (proofKind) {
    case 'relative':
      out.link(', parce qu’il n’y a ', 'que', 'brand', brand).say(' ').put('proof', proof, proofText);
      break;
    case 'infinitive':
      out.link(', parce qu’il n’y a ', 'que', 'brand', brand).say(' pour ').put('proof', proof, proofText);
      break;
    case 'clause':
      // « … que chez X que tout est pétri sur place »: the proof keeps its own subject.
      out.say(', parce qu’il n’y a que chez ').put('brand', brand).link(' ', 'que', 'proof', proof, proofText);
      break;
    case 'noun':
      // A list of facts (« des techniciens certifiés, une intervention en 4 h… ») has no verb to hang on « qui ».
      out.link(', parce ', 'que', 'brand', brand).say(' a ce que personne d’autre n’a : ').put('proof', proof, proofText);
      break;
    case 'preposition':
      // « Depuis 1950, la famille accueille… » is a clause behind its complement; « grâce à un fournil » a fact.
      if (proofText.includes(', ')) out.say(', parce qu’il n’y a que chez ').put('brand', brand).link(' ', 'que', 'proof', proof, proofText);
      else out.link(', parce ', 'que', 'brand', brand).say(' a ce que personne d’autre n’a : ').put('proof', proof, proofText);
      break;
    default:
      out.link(', parce qu’il n’y a ', 'que', 'brand', brand).say(' qui ').put('proof', proof, proofText);
  }
  return finish(out);
}

function english(target: Piece, brand: Piece, category: Piece, benefit: Piece, proof: Piece): StatementSegment[] {
  const out = new Builder();
  out.say('For ').put('target', target, target.blank ? target.text : lowerIfCommon(target.text, 'en')).say(', ').put('brand', brand);

  let afterCategory = ' that ';
  const categoryWords = words(category.text);
  const head = categoryWords[0] ?? '';
  const hasRelative = categoryWords.slice(1).some((word) => word === 'that' || word === 'which');
  if (category.blank) {
    out.say(' is ').put('category', category);
  } else if (EN_DETERMINERS.has(head)) {
    out.say(' is ').put('category', category, lowerFirst(category.text));
    if (hasRelative) afterCategory = ' and that ';
  } else if (isEnglishPlural(category.text)) {
    // "X is the natural cosmetics…" reads wrong: a plural category becomes "among …, the one that".
    out.say(' is, among ').put('category', category, lowerIfCommon(category.text, 'en')).say(', the one');
  } else {
    out.say(' is the ').put('category', category, lowerIfCommon(category.text, 'en'));
    if (hasRelative) afterCategory = ' and that ';
  }

  const benefitKind = benefit.blank ? 'verb' : classifyEnglish(benefit.text);
  let benefitText = benefit.blank ? benefit.text : lowerIfCommon(benefit.text, 'en', alwaysLower.has(benefitKind));
  switch (benefitKind) {
    case 'relative':
      out.say(afterCategory.replace(/that $/, '')).put('benefit', benefit, benefitText);
      break;
    case 'infinitive':
      benefitText = benefitText.replace(/^to\s+/i, '');
      out.say(`${afterCategory}helps you `).put('benefit', benefit, benefitText);
      break;
    case 'clause':
      out.say(`${afterCategory}ensures `).put('benefit', benefit, benefitText);
      break;
    case 'noun':
      out.say(`${afterCategory}offers `).put('benefit', benefit, benefitText);
      break;
    case 'preposition':
      out.say(`${afterCategory}stands out `).put('benefit', benefit, benefitText);
      break;
    default:
      out.say(afterCategory).put('benefit', benefit, benefitText);
  }

  // English "only X" agrees with nothing; only a clause or a list of facts needs another turn.
  const proofSource = proof.blank ? proof.text : proof.text.replace(/^(that|who|which|only)\s+/i, '');
  const proofKind = proof.blank ? 'verb' : classifyEnglish(proofSource);
  let proofText = proof.blank ? proof.text : lowerIfCommon(proofSource, 'en', alwaysLower.has(proofKind));
  switch (proofKind) {
    case 'infinitive':
      proofText = proofText.replace(/^to\s+/i, '');
      out.say(', because only ').put('brand', brand).say(' can ').put('proof', proof, proofText);
      break;
    case 'clause':
      out.say(', because at ').put('brand', brand).say(', and nowhere else, ').put('proof', proof, proofText);
      break;
    case 'noun':
      out.say(', because ').put('brand', brand).say(' has what no one else has: ').put('proof', proof, proofText);
      break;
    case 'preposition':
      if (proofText.includes(', ')) out.say(', because at ').put('brand', brand).say(', and nowhere else, ').put('proof', proof, proofText);
      else out.say(', because ').put('brand', brand).say(' has what no one else has: ').put('proof', proof, proofText);
      break;
    default:
      out.say(', because only ').put('brand', brand).say(' ').put('proof', proof, proofText);
  }
  return finish(out);
}

/** The positioning sentence in the plan's language, with its runs so the screen can set each part apart. */
export function positioningStatement(
  positioning: Positioning,
  brand: string,
  language: Language,
  options: StatementOptions = {},
): PositioningStatement {
  const parts = statementParts(positioning, brand);
  const blanks = (language === 'fr' ? strategyFr : strategyEn).positioning.statementBlanks;
  const piece = (key: StatementPart, strip: readonly string[] = []): Piece => {
    const written = parts[key];
    const text = written === null ? '' : tidy(dropLeading(tidy(options.prepare ? options.prepare(written) : written), strip));
    return text === '' ? { text: blanks[key], blank: true } : { text, blank: false };
  };
  const company = piece('brand');
  // A proof or promise that starts with the brand's own name (« Boulangerie Martin cuit… ») drops it: the sentence names it.
  const brandPrefix = company.blank ? [] : [`${company.text.toLocaleLowerCase('fr').replace(/'/g, '’')} `];
  const pieces = [
    piece('target', language === 'fr' ? ['pour '] : ['for ']),
    company,
    piece('category'),
    piece('benefit', brandPrefix),
    piece('proof', [...brandPrefix, ...(language === 'fr' ? ['parce que ', 'parce qu’', 'car ', 'que ', 'qu’'] : ['because ', 'as '])]),
  ] as const;
  const segments = language === 'fr' ? french(...pieces) : english(...pieces);
  return { sentence: segments.map((segment) => segment.text).join(''), segments };
}

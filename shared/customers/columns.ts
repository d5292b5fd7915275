import type { SalesColumnRole } from '../plan/customerFile';
import type { DetectedColumns, SalesMapping } from './types';
import type { OptOutKind } from './values';

/**
 * Which column of a sales export plays which role, from its header, in French or English. Headers are
 * compared as words (lower case, no accents, punctuation as spaces, « de » and the like left out), so
 * « N° client », « Numéro de client » and « Numero client » all hold the words of a customer number.
 */

/** A header as words: « Date d'achat (jj/mm) » → "date d achat jj mm"; « N° » and « Nº » → "n". */
export function foldHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[°º]/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const optOutNames = ['opt out', 'optout', 'désinscrit', 'désinscription', 'désabonné', 'désabonnement', 'opposition', 'refus', 'stop', 'unsubscribed', 'unsubscribe'];
const consentNames = ['consentement', 'opt-in', 'optin', 'accord', 'newsletter', 'consent', 'marketing consent'];

/**
 * Each role's names, the preferred first: when two columns both name the date exactly, « Date »
 * wins over « Jour ». The roles are listed from the most specific to the most generic: a header
 * holding words of two roles (« E-mail client », « Montant facture ») takes the first role's.
 */
const namesByRole: [SalesColumnRole, string[]][] = [
  ['date', ['date', 'date facture', 'date de facture', 'date de vente', 'date vente', "date d'achat", 'date achat', 'date de commande', 'date commande', 'jour', 'invoice date', 'order date', 'sale date', 'purchase date', 'transaction date', 'day']],
  ['amount', ['montant', 'montant ttc', 'montant ht', 'montant total', 'montant net', 'total', 'total ttc', 'total ht', 'prix', 'ca', "chiffre d'affaires", 'amount', 'total amount', 'price', 'net amount', 'gross amount', 'revenue']],
  ['customerNumber', ['n° client', 'no client', 'numéro client', 'num client', 'code client', 'id client', 'réf client', 'référence client', 'identifiant client', 'customer id', 'customer number', 'customer no', 'customer code', 'customer ref', 'client id', 'client number', 'client no', 'client code']],
  ['optOut', [...optOutNames, ...consentNames]],
  ['email', ['email', 'e-mail', 'courriel', 'mail', 'adresse e-mail', 'adresse email', 'adresse mail', 'email address', 'e-mail address']],
  ['phone', ['téléphone', 'tel', 'tél', 'portable', 'mobile', 'phone', 'phone number', 'téléphone portable', 'mobile phone', 'gsm']],
  ['postcode', ['code postal', 'cp', 'postcode', 'post code', 'zip', 'zip code', 'zipcode', 'postal code']],
  ['invoice', ['n° facture', 'numéro de facture', 'numéro facture', 'facture', 'ticket', 'n° ticket', 'numéro de ticket', 'invoice', 'invoice number', 'invoice no', 'invoice id', 'order', 'order id', 'order number', 'order no', 'commande', 'n° commande', 'numéro de commande', 'receipt', 'receipt number']],
  ['firstName', ['prénom', 'first name', 'firstname', 'given name']],
  // A name column may hold both names: « Nom et prénom » must not be read as a first-name column.
  ['name', ['nom', 'nom client', 'client', 'nom du client', 'raison sociale', 'nom prénom', 'nom et prénom', 'prénom nom', 'prénom et nom', 'nom complet', 'nom de famille', 'customer', 'customer name', 'client name', 'name', 'full name', 'last name', 'surname']],
];

/** Words that only join others: « Numéro de client » and "numero client" say the same. */
const fillers = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'the', 'of']);
const words = (text: string): string[] => foldHeader(text).split(' ').filter((word) => word !== '' && !fillers.has(word));

/** The roles' names as words, folded once. */
const roleNames = namesByRole.map(([role, names]) => ({ role, names: names.map(words) }));

/**
 * Whether a name's words follow each other in the header: « Date de la facture » holds "date facture",
 * while « Code postal client » does not hold "code client".
 */
function holds(headerWords: readonly string[], nameWords: readonly string[]): boolean {
  for (let start = 0; start + nameWords.length <= headerWords.length; start++) {
    if (nameWords.every((word, offset) => headerWords[start + offset] === word)) return true;
  }
  return false;
}
const holdsAny = (headerWords: readonly string[], names: readonly string[]): boolean => names.some((name) => holds(headerWords, words(name)));

interface Candidate {
  column: number;
  role: SalesColumnRole;
  /** Smaller is better: an exact header first (by the name's rank), then by role, the name's length, its rank. */
  rank: number[];
}

/** The role a header names best, or null. */
function bestRole(header: string, column: number): Candidate | null {
  const headerWords = words(header);
  let best: Candidate | null = null;
  for (const [roleRank, { role, names }] of roleNames.entries()) {
    for (const [nameRank, nameWords] of names.entries()) {
      if (!holds(headerWords, nameWords)) continue;
      const exact = nameWords.length === headerWords.length;
      const rank = exact ? [0, nameRank, roleRank, column] : [1, roleRank, -nameWords.length, nameRank, column];
      if (best === null || compareRanks(rank, best.rank) < 0) best = { column, role, rank };
    }
  }
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const htNames = ['ht', 'hors taxes', 'hors taxe', 'hors tva', 'excl vat', 'excluding vat', 'net'];
const ttcNames = ['ttc', 'toutes taxes', 'incl vat', 'including vat', 'gross'];

/** Whether the amount column's header says HT or TTC; null when it does not say. */
function amountsOf(header: string | undefined): 'ht' | 'ttc' | null {
  if (header === undefined) return null;
  const headerWords = words(header);
  if (holdsAny(headerWords, htNames)) return 'ht';
  return holdsAny(headerWords, ttcNames) ? 'ttc' : null;
}

/**
 * The columns the headers name. Each column takes the role it names best, and each role the column
 * naming it best, the closest matches first (« N° client » is the customer number, not a name). A
 * first-name column is kept only beside a name column: alone, it identifies nobody.
 */
export function detectSalesColumns(headers: string[]): DetectedColumns {
  const candidates = headers.map(bestRole).filter((candidate): candidate is Candidate => candidate !== null);
  candidates.sort((a, b) => compareRanks(a.rank, b.rank));
  const mapping: SalesMapping = {};
  const taken = new Set<number>();
  for (const { column, role } of candidates) {
    if (mapping[role] !== undefined || taken.has(column)) continue;
    mapping[role] = column;
    taken.add(column);
  }
  if (mapping.name === undefined) delete mapping.firstName;
  return { mapping, amounts: amountsOf(mapping.amount === undefined ? undefined : headers[mapping.amount]) };
}

/**
 * What a yes means in the column marking refusals: « Désinscrit : oui » refuses, « Newsletter : oui »
 * accepts. A header naming both (« Refus newsletter ») is a refusal; an unknown header is read as an
 * opt-out, so that a « oui » never sends mail to someone who may have refused it.
 */
export function optOutKind(header: string): OptOutKind {
  const headerWords = words(header);
  if (holdsAny(headerWords, optOutNames)) return 'optOut';
  return holdsAny(headerWords, consentNames) ? 'consent' : 'optOut';
}

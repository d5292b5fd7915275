import type { Action, ActionCategory, CompanyProfile } from '../plan';
import { rgpdItemIds, type RgpdItemId } from '../plan/rgpd';
import { plainText, wholeWords } from './words';

/** The ways an action reaches people from the customer file; each has its own rules (DOMAIN.md §9). */
export const contactChannels = ['email', 'sms', 'phone', 'post'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/**
 * The words that name each channel, in French and English, on plain text (no accents, lower case).
 * « mail » and « mailing » alone are taken as they are used in French shops: a « mail » is an
 * e-mail, a « mailing » a postal one; « e-mail » and « e-mailing » are matched as e-mail first.
 */
const channelWords: Record<ContactChannel, RegExp> = {
  email: wholeWords(
    [
      'e-?mails?',
      'e-?mailings?',
      '(?<!e-|direct )mails?',
      'courriels?',
      'courriers? electroniques?',
      'newsletters?',
      'infolettres?',
      "lettres? d'info(?:rmation)?s?",
      'mailchimp',
      'brevo',
      'sendinblue',
    ].join('|'),
  ),
  sms: wholeWords(['sms', 'mms', 'textos?', 'text messages?', 'texting', 'by text'].join('|')),
  phone: wholeWords(
    [
      // A phone number printed on a flyer invites calls, a site « adapté au téléphone » is read on one: neither makes a call.
      '(?<!numeros? de |adaptee?s? au )telephon[a-z]*(?! numbers?)',
      'phoning',
      'teleprospection',
      'telemarketing',
      // Not « appel d’offres », « appel à projets »: those are no phone calls.
      "appels?(?! (?:d'offres?|a projets?|a candidatures?|aux? dons?))",
      'appeler',
      'phones?(?! numbers?|-friendly)',
      'phone calls?',
      'cold[- ]?call(?:s|ing)?',
    ].join('|'),
  ),
  post: wholeWords(
    [
      'courriers?(?! electroniques?)',
      'publipostages?',
      '(?<!e-)mailings?',
      'direct mail',
      'mailshots?',
      // Not « code postal »: a postcode is no postal mailing.
      '(?<!code )postale?s?',
      'postaux',
      'postcards?',
      'by post',
      'par la poste',
    ].join('|'),
  ),
};

/** What an action of these categories uses when its texts name no channel. */
const categoryChannel: Partial<Record<ActionCategory, ContactChannel>> = {
  emailingCrm: 'email',
  directMarketing: 'post',
};

/** The channels an action's title and description name; its category's when they name none. */
export function actionChannels(action: Pick<Action, 'category' | 'title' | 'description'>): ContactChannel[] {
  const text = plainText(`${action.title}\n${action.description}`);
  const named = contactChannels.filter((channel) => channelWords[channel].test(text));
  if (named.length > 0) return named;
  const fallback = categoryChannel[action.category];
  return fallback ? [fallback] : [];
}

/** What every use of the file for prospecting needs, whatever the channel. */
const everyChannel: readonly RgpdItemId[] = ['register', 'legalBasis', 'information', 'oppositionList', 'minimisation', 'retention'];

/**
 * The checklist items an action depends on, in the checklist's order; none when it uses no contact
 * details. Consumers (b2c, both) must have consented to e-mail, SMS and, from 11 August 2026,
 * telephone prospecting; businesses (b2b, both) may get e-mails and SMS about their job unless they
 * object (the law treats an SMS as electronic mail). E-mail and SMS go through a sending tool: a
 * processor. Telephone prospecting of businesses keeps the general rules only.
 */
export function rgpdItemsForAction(
  action: Pick<Action, 'category' | 'title' | 'description'>,
  customerKind: CompanyProfile['customerKind'],
): RgpdItemId[] {
  const channels = new Set(actionChannels(action));
  if (channels.size === 0) return [];
  const consumers = customerKind !== 'b2b';
  const businesses = customerKind !== 'b2c';
  const electronic = channels.has('email') || channels.has('sms');
  const needed = new Set<RgpdItemId>(everyChannel);
  if (electronic && consumers) needed.add('emailSmsConsent');
  if (electronic && businesses) needed.add('b2bOptOut');
  if (channels.has('phone') && consumers) needed.add('phoneConsent');
  if (electronic) needed.add('processors');
  return rgpdItemIds.filter((id) => needed.has(id));
}

import { describe, expect, it } from 'vitest';
import type { RgpdItemId } from '../../../shared/plan';
import { actionChannels, rgpdItemsForAction } from '../../../shared/rgpd';
import { rgpdAction as action } from './customersPlan';

const general: RgpdItemId[] = ['register', 'legalBasis', 'information', 'oppositionList', 'retention', 'minimisation'];
/** The items, in the checklist's order, as rgpdItemsForAction returns them. */
const withGeneral = (...extra: RgpdItemId[]): RgpdItemId[] => {
  const order: RgpdItemId[] = ['register', 'legalBasis', 'information', 'emailSmsConsent', 'phoneConsent', 'b2bOptOut', 'oppositionList', 'retention', 'minimisation', 'processors'];
  return order.filter((id) => general.includes(id) || extra.includes(id));
};

describe('the channels an action uses', () => {
  it('reads them in the title and the description, whatever the accents and the case', () => {
    expect(actionChannels(action({ title: 'Newsletter mensuelle' }))).toEqual(['email']);
    expect(actionChannels(action({ title: 'Relance', description: 'Un E-MAIL aux clients, puis un Courriel de rappel' }))).toEqual(['email']);
    expect(actionChannels(action({ title: 'Rappel par SMS la veille' }))).toEqual(['sms']);
    expect(actionChannels(action({ title: 'RELANCE TÉLÉPHONIQUE des devis' }))).toEqual(['phone']);
    expect(actionChannels(action({ title: 'Téléprospection des PME' }))).toEqual(['phone']);
    expect(actionChannels(action({ title: 'Campagne de phoning' }))).toEqual(['phone']);
    expect(actionChannels(action({ title: 'Un appel à chaque client après la pose' }))).toEqual(['phone']);
    expect(actionChannels(action({ title: 'Publipostage de rentrée' }))).toEqual(['post']);
    expect(actionChannels(action({ title: 'Courrier de bienvenue' }))).toEqual(['post']);
    expect(actionChannels(action({ title: 'Direct mail to past clients' }))).toEqual(['post']);
    expect(actionChannels(action({ title: 'Monthly newsletter and a text message' }))).toEqual(['email', 'sms']);
  });

  it('matches whole words only, and not the phrases that only look like a channel', () => {
    for (const title of [
      'Rappel de la carte de fidélité en caisse',
      'Répondre à un appel d’offres de la mairie',
      'Répondre à un appel à projets',
      'Flyer avec notre numéro de téléphone',
      'Site adapté au téléphone',
      'Smartphone : une vitrine sur Instagram',
      'Ciblage par code postal sur Facebook',
      'Semaine du goût : atelier à l’école',
      'A phone-friendly website',
    ]) {
      expect(actionChannels(action({ title })), title).toEqual([]);
    }
    // « courrier électronique » is an e-mail, not a letter; « e-mailing » is no postal mailing.
    expect(actionChannels(action({ title: 'Courrier électronique aux clients' }))).toEqual(['email']);
    expect(actionChannels(action({ title: 'E-mailing de printemps' }))).toEqual(['email']);
    expect(actionChannels(action({ title: 'Mailing papier de printemps' }))).toEqual(['post']);
  });

  it('takes the category’s channel when the texts name none', () => {
    expect(actionChannels(action({ category: 'emailingCrm', title: 'Programme fidélité' }))).toEqual(['email']);
    expect(actionChannels(action({ category: 'directMarketing', title: 'Parrainage' }))).toEqual(['post']);
    expect(actionChannels(action({ category: 'emailingCrm', title: 'Rappel par SMS' }))).toEqual(['sms']);
    expect(actionChannels(action({ category: 'events', title: 'Portes ouvertes' }))).toEqual([]);
  });
});

describe('the checklist items an action depends on', () => {
  it('are none for an action that reaches nobody from the file', () => {
    expect(rgpdItemsForAction(action({ title: 'Vitrine de Noël', category: 'merchandising' }), 'b2c')).toEqual([]);
  });

  it('are the general rules for a postal mailing, whoever the customers are', () => {
    for (const kind of ['b2c', 'b2b', 'both'] as const) {
      expect(rgpdItemsForAction(action({ title: 'Publipostage de rentrée' }), kind), kind).toEqual(withGeneral());
    }
  });

  it('add consent and the mailing tool for e-mail to consumers', () => {
    expect(rgpdItemsForAction(action({ title: 'Newsletter' }), 'b2c')).toEqual(withGeneral('emailSmsConsent', 'processors'));
  });

  it('add the professionals’ right to refuse for e-mail to businesses', () => {
    expect(rgpdItemsForAction(action({ title: 'Newsletter' }), 'b2b')).toEqual(withGeneral('b2bOptOut', 'processors'));
  });

  it('add both when the business sells to both', () => {
    expect(rgpdItemsForAction(action({ title: 'Newsletter' }), 'both')).toEqual(withGeneral('emailSmsConsent', 'b2bOptOut', 'processors'));
  });

  it('treat an SMS as an e-mail (the law calls both electronic mail)', () => {
    expect(rgpdItemsForAction(action({ title: 'SMS aux porteurs de carte' }), 'b2c')).toEqual(withGeneral('emailSmsConsent', 'processors'));
    expect(rgpdItemsForAction(action({ title: 'SMS aux clients pros' }), 'b2b')).toEqual(withGeneral('b2bOptOut', 'processors'));
  });

  it('add the consumer’s prior consent for the telephone, but not for calls to businesses', () => {
    expect(rgpdItemsForAction(action({ title: 'Appels aux anciens clients' }), 'b2c')).toEqual(withGeneral('phoneConsent'));
    expect(rgpdItemsForAction(action({ title: 'Appels aux anciens clients' }), 'both')).toEqual(withGeneral('phoneConsent'));
    expect(rgpdItemsForAction(action({ title: 'Téléprospection des PME' }), 'b2b')).toEqual(withGeneral());
  });

  it('add up the needs of every channel an action uses', () => {
    const action_ = action({ category: 'directMarketing', title: 'Téléprospection après chaque e-mailing' });
    expect(rgpdItemsForAction(action_, 'both')).toEqual(withGeneral('emailSmsConsent', 'phoneConsent', 'b2bOptOut', 'processors'));
  });

  it('follow the category when the texts name no channel', () => {
    expect(rgpdItemsForAction(action({ category: 'emailingCrm', title: 'Programme fidélité' }), 'b2c')).toEqual(withGeneral('emailSmsConsent', 'processors'));
    expect(rgpdItemsForAction(action({ category: 'directMarketing', title: 'Parrainage' }), 'b2c')).toEqual(withGeneral());
  });
});

import { describe, expect, it } from 'vitest';
import { describesEveryone } from '../../../shared/coach/everyone';

describe('describesEveryone', () => {
  it.each([
    'tout le monde',
    'Tout le monde',
    'TOUT LE MONDE',
    'Nos clients : tout le monde !',
    'de 7 à 77 ans',
    '7 à 77 ans',
    'de 7 a 77 ans',
    'de 0 à 99 ans',
    'tous publics',
    'tout public',
    'grand public',
    'tous les âges',
    'everyone',
    'Everybody',
    'the general public',
  ])('recognises %j as "everyone"', (text) => {
    expect(describesEveryone(text)).toBe(true);
  });

  it.each([
    'familles du quartier, 30-45 ans',
    'artisans du BTP de 5 à 50 salariés',
    'femmes actives de 25 à 40 ans',
    'Tout-Petits',
    'monde du vin',
    'Salariés du quartier',
    'tous les commerçants du marché',
    '',
  ])('does not take the ordinary target %j for "everyone"', (text) => {
    expect(describesEveryone(text)).toBe(false);
  });
});

/**
 * A real age bracket that merely ends at 99 or 100 is not "everyone", nor a company size; "tout le
 * monde" typed with a non-breaking or doubled space still is.
 */
describe('describesEveryone, edge cases', () => {
  it.each(['entreprises de 10 à 99 salariés', 'PME de 0 à 250 salariés', 'commandes de 5 à 100 kg'])(
    'does not take the size %j for an age span',
    (text) => {
      expect(describesEveryone(text)).toBe(false);
    },
  );

  it.each(['retraités de 65 à 99 ans', 'seniors de 75 à 100 ans'])('does not take the senior bracket %j for "everyone"', (text) => {
    expect(describesEveryone(text)).toBe(false);
  });

  it.each(['tout\u00a0le\u00a0monde', 'tout  le monde'])('recognises %j despite its spacing', (text) => {
    expect(describesEveryone(text)).toBe(true);
  });
});

/** The patterns read the text without accents and in lower case (rgpd/words.ts' plainText). */
describe('describesEveryone, whatever the accents and the case', () => {
  it.each(['TOUS LES ÂGES', 'tous les ages', 'De 7 À 77 Ans', 'de 0 – 99 ANS', 'GRAND PUBLIC', 'Tous Publics', 'de 7 à 77 ans révolus'])('recognises %j', (text) => {
    expect(describesEveryone(text)).toBe(true);
  });

  it.each(['toutes les mamans', 'grand-publicitaire', 'everyones', 'de 10 à 77 ansées', 'de 5 à 77 salariés'])('does not take %j for "everyone"', (text) => {
    expect(describesEveryone(text)).toBe(false);
  });
});

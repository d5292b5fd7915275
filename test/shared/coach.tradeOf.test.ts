import { describe, expect, it } from 'vitest';
import { tradeOf, trades } from '../../shared/coach/trade';
import { fr } from '../../shared/i18n/fr';
import { en } from '../../shared/i18n/en';

describe('the trade the help speaks to, read from the activity the owner wrote', () => {
  it.each([
    ['Boulangerie-pâtisserie artisanale', 'b2c', 'bakery'],
    ['Fleuriste, compositions de mariage', 'b2c', 'florist'],
    ['Salon de coiffure mixte', 'b2c', 'hairSalon'],
    ['Plombier-chauffagiste', 'both', 'craftsman'],
    ['Artisan menuisier', 'b2c', 'craftsman'],
    ['Restaurant de cuisine maison', 'b2c', 'restaurant'],
    ['Épicerie fine', 'b2c', 'shop'],
    ['Boutique en ligne de cosmétiques solides', 'b2c', 'ecommerce'],
    ['Services informatiques aux PME', 'b2b', 'b2bServices'],
    ['Cabinet de conseil', 'b2b', 'b2bServices'],
    ['Florist and wedding flowers', 'b2c', 'florist'],
    ['Fabrication de bougies', 'b2b', 'b2bServices'],
    ['Fabrication de bougies', 'b2c', 'neutral'],
    ['', 'b2c', 'neutral'],
  ] as const)('%j (%s) → %s', (activity, customerKind, trade) => {
    expect(tradeOf({ activity, customerKind })).toBe(trade);
  });

  it('has an example of every kind for every trade, in French and in English', () => {
    for (const trade of trades) {
      for (const catalogue of [fr, en]) {
        const examples = catalogue.tradeExamples[trade];
        for (const field of ['productName', 'segmentName', 'target', 'marketDefinition', 'promise', 'reasonToBelieve'] as const) {
          expect(examples[field].trim().length, `${trade}.${field}`).toBeGreaterThan(3);
        }
      }
    }
  });
});

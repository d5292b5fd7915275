import { describe, expect, it } from 'vitest';
import { positioningStatement } from '../../../shared/coach/positioningStatement';
import type { Language } from '../../../shared/i18n';
import type { Positioning } from '../../../shared/plan';
import { buildSample, sampleIds } from '../../../shared/samples';

const pieces = (target: string, marketDefinition: string, promise: string, reasonToBelieve: string): Positioning => ({
  target,
  marketDefinition,
  promise,
  reasonToBelieve,
  selfCheck: {},
});

const sentence = (positioning: Positioning, brand: string, language: Language = 'fr') =>
  positioningStatement(positioning, brand, language).sentence;

describe('the positioning statement of every sample', () => {
  describe.each(sampleIds.flatMap((id) => (['fr', 'en'] as const).map((language) => [id, language] as const)))('%s in %s', (id, language) => {
    const plan = buildSample(id, language);
    const statement = positioningStatement(plan.positioning, plan.company.name, language);

    it('reads as one well-punctuated sentence', () => {
      expect(statement.sentence).toMatch(language === 'fr' ? /^Pour \p{Ll}/u : /^For /);
      expect(statement.sentence).toMatch(/[^.]\.$/);
      // French puts a space before « : », English does not.
      expect(statement.sentence).not.toMatch(language === 'fr' ? / {2}|\s[,.;]|[,.;:]{2}|\s$|\[/ : / {2}|\s[,.;:]|[,.;:]{2}|\s$|\[/);
    });

    it('never glues « qui » or "that" to a noun, nor keeps a capitalised article after « Pour »', () => {
      expect(statement.sentence).not.toMatch(/ (qui|that) (un|une|des|le|la|les|a|an|the|made-to-measure|sourdough|solid|IT)\b/);
      expect(statement.sentence).not.toMatch(/Pour (Les|La|Le|L’|Des|Une|Un) /);
      expect(statement.sentence).not.toMatch(/For (The|A|An|Our) /);
    });

    it('says "only [brand]" without guessing the brand’s gender', () => {
      expect(statement.sentence).not.toMatch(/\bseule? /);
      expect(statement.sentence).toContain(plan.company.name);
    });

    it('cuts into runs that give the sentence back, each part written by the user', () => {
      expect(statement.segments.map((segment) => segment.text).join('')).toBe(statement.sentence);
      const parts = statement.segments.filter((segment) => segment.part !== undefined);
      expect(parts.map((segment) => segment.part)).toEqual(['target', 'brand', 'category', 'benefit', 'brand', 'proof']);
      expect(parts.every((segment) => !segment.blank)).toBe(true);
    });
  });

  it('gives the exact sentences of the salon, in French and in English', () => {
    expect(sentence(buildSample('salon', 'fr').positioning, 'Atelier Lou Coiffure')).toBe(
      'Pour les femmes actives de 30 à 55 ans du quartier Thabor–Saint-Hélier qui veulent une couleur impeccable sans y passer leur samedi, ' +
        'Atelier Lou Coiffure est le salon de coiffure de quartier spécialiste de la couleur qui offre une couleur sur mesure, douce pour les cheveux, ' +
        'réservée en deux clics à l’heure qui vous arrange, parce qu’il n’y a que chez Atelier Lou Coiffure que Louise est coloriste diplômée et formée ' +
        'à la couleur végétale, les colorations sont sans ammoniaque, le diagnostic est offert et le salon ouvre jusqu’à 20 h deux soirs par semaine.',
    );
    expect(sentence(buildSample('salon', 'en').positioning, 'Atelier Lou Coiffure', 'en')).toBe(
      'For working women aged 30 to 55 in the Thabor–Saint-Hélier area who want flawless colour without giving up their Saturday, ' +
        'Atelier Lou Coiffure is the neighbourhood hair salon that specialises in colour and that offers made-to-measure colour that is gentle on hair, ' +
        'booked in two taps at a time that suits you, because at Atelier Lou Coiffure, and nowhere else, Louise is a qualified colourist trained in ' +
        'plant-based colour, the dyes are ammonia-free, the diagnosis is free and the salon stays open until 8 pm two evenings a week.',
    );
  });
});

describe('positioningStatement in French, on awkward inputs', () => {
  it('lower-cases a leading article, offers a promise that starts with a noun, keeps a clause proof with its subject', () => {
    expect(sentence(pieces('Les femmes actives du quartier', 'Salon de coiffure', 'Une couleur sur mesure.', 'Louise est coloriste diplômée.'), 'Atelier Lou')).toBe(
      'Pour les femmes actives du quartier, Atelier Lou est le salon de coiffure qui offre une couleur sur mesure, parce qu’il n’y a que chez Atelier Lou que Louise est coloriste diplômée.',
    );
  });

  it('turns an infinitive into « qui permet de », adds « les » to a bare plural audience, and needs no gender for a feminine brand', () => {
    expect(sentence(pieces('Actifs pressés le matin', 'la boulangerie de quartier', 'Gagner du temps le matin', 'Cuit tout sur place dès 5 h'), 'Boulangerie Martin')).toBe(
      'Pour les actifs pressés le matin, Boulangerie Martin est la boulangerie de quartier qui permet de gagner du temps le matin, parce qu’il n’y a que Boulangerie Martin qui cuit tout sur place dès 5 h.',
    );
  });

  it('elides « de » and « que » before a vowel, and keeps a promise that already starts with « qui »', () => {
    expect(sentence(pieces('Jeunes parents', 'Atelier de couture', 'Qui vous fait gagner du temps', 'Offrir des retouches en 24 h'), 'Atelier Lou')).toBe(
      'Pour les jeunes parents, Atelier Lou est l’atelier de couture qui vous fait gagner du temps, parce qu’il n’y a qu’Atelier Lou pour offrir des retouches en 24 h.',
    );
    expect(sentence(pieces('Jeunes parents', 'Hôtel de charme', 'Offrir une nuit au calme', 'Accueille les enfants'), 'Maison Ollier')).toContain(
      'Maison Ollier est l’hôtel de charme qui permet d’offrir une nuit au calme',
    );
  });

  it('keeps a promise that starts with « vous » after « qui », and a category that has its own « qui » gets « et qui »', () => {
    expect(sentence(pieces('Les familles', 'la boulangerie qui ose', 'Vous fait gagner du temps', 'Ouvre dès 6 h'), 'Boulangerie Martin')).toBe(
      'Pour les familles, Boulangerie Martin est la boulangerie qui ose et qui vous fait gagner du temps, parce qu’il n’y a que Boulangerie Martin qui ouvre dès 6 h.',
    );
  });

  it('quotes a category whose gender is unknown, and says « parmi les » for a plural one', () => {
    expect(sentence(pieces('Les femmes', 'Cosmétiques solides', 'Des soins sans plastique', 'Des formules bio'), 'Galet & Sève')).toBe(
      'Pour les femmes, Galet & Sève est, dans la catégorie « cosmétiques solides », le choix qui offre des soins sans plastique, parce que Galet & Sève a ce que personne d’autre n’a : des formules bio.',
    );
    expect(sentence(pieces('Les femmes', 'les cosmétiques solides', 'Des soins sans plastique', 'Des formules bio'), 'Galet & Sève')).toContain(
      'Galet & Sève est, parmi les cosmétiques solides, le choix qui offre des soins sans plastique',
    );
  });

  it('hangs a list of facts on « a ce que personne d’autre n’a », with « parce qu’ » before a vowel', () => {
    expect(sentence(pieces('TPE et PME du Maine-et-Loire', 'l’infogérance de proximité', 'une informatique qui tourne', 'des techniciens certifiés, une intervention en 4 h'), 'Axone Informatique')).toBe(
      'Pour TPE et PME du Maine-et-Loire, Axone Informatique est l’infogérance de proximité qui offre une informatique qui tourne, parce qu’Axone Informatique a ce que personne d’autre n’a : des techniciens certifiés, une intervention en 4 h.',
    );
  });

  it('drops what the sentence already says and doubles no punctuation', () => {
    expect(sentence(pieces('Pour les touristes,', '  la   crêperie du port ', 'Une galette en 10 minutes !', 'Parce que tout est fait maison, etc.'), 'Ty Krampouezh')).toBe(
      'Pour les touristes, Ty Krampouezh est la crêperie du port qui offre une galette en 10 minutes, parce qu’il n’y a que chez Ty Krampouezh que tout est fait maison, etc.',
    );
  });

  it('leaves a visible placeholder for every part not written yet', () => {
    expect(sentence(pieces('', ' ', '', '\n'), '')).toBe(
      'Pour [votre cible], [votre entreprise] est [votre catégorie] qui [votre promesse], parce qu’il n’y a que [votre entreprise] qui [votre preuve].',
    );
    const statement = positioningStatement(pieces('Les familles', '', 'Un pain chaud', ''), 'Boulangerie Martin', 'fr');
    expect(statement.sentence).toBe(
      'Pour les familles, Boulangerie Martin est [votre catégorie] qui offre un pain chaud, parce qu’il n’y a que Boulangerie Martin qui [votre preuve].',
    );
    expect(statement.segments.filter((segment) => segment.blank).map((segment) => segment.part)).toEqual(['category', 'proof']);
  });

  it('prepares each written part first (the PDF caps long texts)', () => {
    const statement = positioningStatement(pieces('Les familles', 'la boulangerie', 'Un pain chaud', 'Cuit sur place'), 'Boulangerie Martin', 'fr', {
      prepare: (text) => text.toUpperCase(),
    });
    expect(statement.sentence).toContain('BOULANGERIE MARTIN');
  });
});

describe('positioningStatement in English, on awkward inputs', () => {
  it('lower-cases a common first word but keeps a place name, and offers a promise that starts with a noun', () => {
    expect(sentence(pieces('Working women in Rennes', 'Neighbourhood hair salon', 'Made-to-measure colour.', 'Louise is a qualified colourist.'), 'Atelier Lou', 'en')).toBe(
      'For working women in Rennes, Atelier Lou is the neighbourhood hair salon that offers made-to-measure colour, because at Atelier Lou, and nowhere else, Louise is a qualified colourist.',
    );
    expect(sentence(pieces('Chantenay families', 'the bakery', 'fresh bread', 'bakes on site'), 'Boulangerie Morel', 'en')).toMatch(/^For Chantenay families, /);
  });

  it('turns "to …" into "that helps you …" and keeps "only [brand]" before a verb', () => {
    expect(sentence(pieces('The families of Nantes', 'a bakery', 'To save time in the morning', 'Bakes everything on site from 5 a.m.'), 'Boulangerie Martin', 'en')).toBe(
      'For the families of Nantes, Boulangerie Martin is a bakery that helps you save time in the morning, because only Boulangerie Martin bakes everything on site from 5 a.m.',
    );
  });

  it('keeps a promise that starts with "that", says "among" for a plural category and lists facts after "has what no one else has"', () => {
    expect(sentence(pieces('Women aged 25 to 40', 'natural solid cosmetics', 'that last twice as long', 'certified organic formulas'), 'Galet & Sève', 'en')).toBe(
      'For women aged 25 to 40, Galet & Sève is, among natural solid cosmetics, the one that last twice as long, because Galet & Sève has what no one else has: certified organic formulas.',
    );
  });

  it('leaves a visible placeholder for every part not written yet', () => {
    expect(sentence(pieces('', '', '', ''), '', 'en')).toBe(
      'For [your target], [your company] is [your category] that [your promise], because only [your company] [your proof].',
    );
  });
});

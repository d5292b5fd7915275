import { it } from 'vitest';
import { positioningStatement } from '../../../shared/coach/positioningStatement';
const p = (target: string, marketDefinition: string, promise: string, reasonToBelieve: string) => ({ target, marketDefinition, promise, reasonToBelieve, selfCheck: {} });
it('prints', () => {
  const fr: [string, string, string, string, string][] = [
    ['Actifs du quartier', 'Pain et viennoiseries au levain', 'Le pain du matin, prêt à 6 h 30', 'Fournil sur place', 'Boulangerie Martin'],
    ['Les familles du quartier', 'Boulangerie de quartier', 'Gagner du temps le matin.', 'Cuit tout sur place dès 5 h.', 'Boulangerie Martin'],
    ['Femmes actives', 'salon de coiffure', 'qui ose la couleur', 'seule coloriste diplômée du quartier', 'Atelier Lou'],
    ['Jeunes parents', 'Atelier de couture', 'Vous fait gagner du temps', 'Nous cousons tout à la main', 'Atelier Lou'],
    ['DAF de PME', 'La boulangerie qui ose', 'Offre un service rapide', 'Est ouverte 7 jours sur 7', 'Hôtel du Parc'],
    ['Chantenay et ses familles', 'hôtel de charme', 'Ne jamais vous faire attendre', 'Tout est fait maison', 'Épicerie Ollier'],
    ['', '', '', '', ''],
    ['Les  seniors   du centre ', 'Une épicerie fine', 'Se faire plaisir sans se ruiner !', 'Propose plus de 300 produits locaux…', 'Maison Dupain'],
    ['Pour les touristes', 'Des chambres d’hôtes', 'Avec une vue sur la mer', 'Depuis 1950, la famille accueille les voyageurs', 'Axone'],
    ['Étudiants', 'L’atelier vélo', 'Réparer son vélo soi-même', 'Boulangerie Martin cuit tout', 'Boulangerie Martin'],
    ['Gourmands', 'Cave à bières', 'Découvrir des bières rares', 'Il sélectionne chaque bière', 'Hop & Co'],
  ];
  for (const [a, b, c, d, brand] of fr) console.log(positioningStatement(p(a, b, c, d), brand, 'fr').sentence);
  const en: [string, string, string, string, string][] = [
    ['Busy parents', 'Neighbourhood bakery', 'To save time in the morning.', 'Bakes everything on site from 5 a.m.', 'Boulangerie Martin'],
    ['The families of Chantenay', 'craft bakeries', 'Fresh bread at 6:30 a.m.', 'We bake on site', 'Atelier Lou'],
    ['London commuters', 'a coffee shop', 'that opens at 6', 'to roast its own beans', 'Hop & Co'],
    ['', '', '', '', ''],
    ['Women', 'the salon that dares colour', 'Serves you in 20 minutes', 'Only certified colourists', 'Atelier Lou'],
    ['Managers', 'IT services', 'You get a reply within an hour', 'that answers within an hour', 'Axone'],
  ];
  for (const [a, b, c, d, brand] of en) console.log(positioningStatement(p(a, b, c, d), brand, 'en').sentence);
});

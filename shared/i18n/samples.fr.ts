/** Texts for samples, in French. */
export const samplesFr = {
  samples: {
    title: 'Plans d’exemple',
    intro:
      'Quatre plans complets, rédigés par une formatrice en marketing pour des entreprises imaginaires. Ouvrez-en un pour voir chaque étape remplie, puis inspirez-vous-en pour votre propre plan.',
    open: 'Ouvrir une copie',
    names: {
      bakery: 'Boulangerie de quartier',
      salon: 'Salon de coiffure',
      eshop: 'Jeune marque en ligne',
      b2b: 'Services informatiques aux entreprises',
    },
    descriptions: {
      bakery:
        'Boulangerie Morel, à Nantes : formule du midi pour les bureaux, carte de fidélité, galettes des rois et bûches de Noël, fiche Google et presse locale.',
      salon:
        'Atelier Lou Coiffure, à Rennes : réservation en ligne, programme de fidélité, parrainage, Instagram et bons cadeaux pour la fête des mères.',
      eshop:
        'Galet & Sève, cosmétiques solides : d’Etsy à sa propre boutique en ligne, campagne Ulule, publicité à 2 % du chiffre d’affaires et grosse saison de Noël.',
      b2b: 'Axone Informatique, près d’Angers : comptes clés, salon professionnel, LinkedIn, téléprospection et réseau de prescripteurs.',
    },
  },
};

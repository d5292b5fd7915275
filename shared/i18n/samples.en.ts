import type { samplesFr } from './samples.fr';
import type { Widen } from './widen';

/** Texts for samples, in English. */
export const samplesEn: Widen<typeof samplesFr> = {
  samples: {
    title: 'samples',
  },
};

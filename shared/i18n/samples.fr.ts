/** Texts for samples, in French. */
export const samplesFr = {
  samples: {
    title: 'samples',
  },
};

/**
 * The samples shipped with the app, in the order a picker lists them. The ids are stable: files and
 * tests name them. Kept apart from the samples' data, so the contract does not load every sample.
 */
export const sampleIds = ['bakery', 'salon', 'eshop', 'b2b'] as const;
export type SampleId = (typeof sampleIds)[number];

export const isSampleId = (value: unknown): value is SampleId => sampleIds.includes(value as SampleId);

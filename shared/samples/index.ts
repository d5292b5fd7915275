import type { Language } from '../i18n';
import { emptyCustomerFile, emptyPipelineTargets, emptyRgpdChecklist, type Plan } from '../plan';
import { b2bSample } from './b2b';
import { bakerySample } from './bakery';
import { eshopSample } from './eshop';
import { SAMPLE_STEERING_DATE, type SampleDefinition, type Text } from './kit';
import { salonSample } from './salon';
import type { SampleId } from './ids';

export { isSampleId, sampleIds, type SampleId } from './ids';

const samples: Record<SampleId, SampleDefinition> = {
  bakery: bakerySample,
  salon: salonSample,
  eshop: eshopSample,
  b2b: b2bSample,
};


/** A complete plan written by a marketing trainer, in the language asked for; a fresh copy on every call. */
export function buildSample(id: SampleId, language: Language): Plan {
  const text: Text = (fr, en) => (language === 'fr' ? fr : en);
  return {
    customerFile: emptyCustomerFile(),
    rgpd: emptyRgpdChecklist(),
    steering: { asOf: SAMPLE_STEERING_DATE, revisions: [] },
    accounts: [],
    pipelineTargets: emptyPipelineTargets(),
    ...samples[id].build({ text, language }),
  };
}

/** The coaching remarks (warning codes) a sample shows on purpose, to teach something. */
export const sampleIntendedWarnings = (id: SampleId): readonly string[] => samples[id].intendedWarnings;

/** Every French/English pair a sample is written with, in the order they are given (to check translations). */
export function sampleTextPairs(id: SampleId): { fr: string; en: string }[] {
  const pairs: { fr: string; en: string }[] = [];
  const text: Text = (fr, en) => {
    pairs.push({ fr, en });
    return fr;
  };
  samples[id].build({ text, language: 'fr' });
  return pairs;
}

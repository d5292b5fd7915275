import * as z from 'zod';
import { longText } from './common';

export const selfCheckQuestions = [
  'differentiates',
  'focusesCoreTarget',
  'roomToGrow',
  'uniqueValue',
  'crediblePromise',
  'clearAndMemorable',
  'consistentAcrossCompany',
  'hardToCopy',
  'resistsCompetitors',
  'guidesDecisions',
] as const;
export type SelfCheckQuestion = (typeof selfCheckQuestions)[number];

export const positioning = z.object({
  target: longText,
  marketDefinition: longText,
  promise: longText,
  reasonToBelieve: longText,
  /** Answers to the ten yes/no questions; absent = not answered yet. */
  selfCheck: z.partialRecord(z.enum(selfCheckQuestions), z.boolean()),
});
export type Positioning = z.infer<typeof positioning>;

export const emptyPositioning = (): Positioning => ({
  target: '',
  marketDefinition: '',
  promise: '',
  reasonToBelieve: '',
  selfCheck: {},
});

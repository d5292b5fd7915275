import * as z from 'zod';
import { longText } from './common';

/** The obligations a small business meets with its customer file, one checklist item each (DOMAIN.md §9). */
export const rgpdItemIds = [
  'register',
  'legalBasis',
  'information',
  'emailSmsConsent',
  'phoneConsent',
  'b2bOptOut',
  'oppositionList',
  'retention',
  'minimisation',
  'security',
  'processors',
  'transfers',
  'requests',
  'cnilModels',
] as const;
export type RgpdItemId = (typeof rgpdItemIds)[number];

export const rgpdStates = ['todo', 'done', 'notApplicable'] as const;
export type RgpdState = (typeof rgpdStates)[number];

export const rgpdItem = z.object({ state: z.enum(rgpdStates), note: longText });
export type RgpdItem = z.infer<typeof rgpdItem>;

/** An item the owner has not looked at yet is « à faire ». */
export const rgpdChecklist = z.object({ items: z.partialRecord(z.enum(rgpdItemIds), rgpdItem).default({}) });
export type RgpdChecklist = z.infer<typeof rgpdChecklist>;

export const emptyRgpdChecklist = (): RgpdChecklist => ({ items: {} });
export const rgpdItemOf = (checklist: RgpdChecklist, id: RgpdItemId): RgpdItem => checklist.items[id] ?? { state: 'todo', note: '' };

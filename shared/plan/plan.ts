import * as z from 'zod';
import { companyProfile, emptyCompanyProfile } from './company';
import { competitor, swotItem } from './diagnostic';
import { objective } from './objectives';
import { persona, segment } from './targets';
import { emptyPositioning, positioning } from './positioning';
import { emptyOffer, offer, product } from './offer';
import { distributionChannel } from './distribution';
import { customerValueInputs, emptyCustomerValue } from './customerValue';
import { customerFile, emptyCustomerFile } from './customerFile';
import { emptyRgpdChecklist, rgpdChecklist } from './rgpd';
import { emptySteering, steering } from './steering';
import { emptyPipelineTargets, keyAccount, pipelineTargets } from './accounts';
import { action, budgetSettings, emptyBudgetSettings, keyDate } from './actions';
import { longText, shortText } from './common';
import { stepIds } from '../steps';

/** Parts of the plan stored as one document each. */
export const sectionSchemas = {
  company: companyProfile,
  positioning,
  offer,
  budget: budgetSettings,
  /** Older files and interchange JSON have no calculator inputs: they read as nothing typed yet. */
  customerValue: customerValueInputs.default(emptyCustomerValue),
  /** The sales export's figures (never its customers) and the RGPD checklist; older files have neither. */
  customerFile: customerFile.default(emptyCustomerFile),
  rgpd: rgpdChecklist.default(emptyRgpdChecklist),
  steering: steering.default(emptySteering),
  /** The new business wanted per quarter, for the weighted pipeline (issue 17); older files have none. */
  pipelineTargets: pipelineTargets.default(emptyPipelineTargets),
} as const;
export type SectionName = keyof typeof sectionSchemas;
export const sectionNames = Object.keys(sectionSchemas) as SectionName[];
export type Sections = { [K in SectionName]: z.infer<(typeof sectionSchemas)[K]> };

/** Parts of the plan that are ordered lists of items with an id. */
export const collectionSchemas = {
  swot: swotItem,
  competitors: competitor,
  objectives: objective,
  segments: segment,
  personas: persona,
  products: product,
  channels: distributionChannel,
  actions: action,
  keyDates: keyDate,
  /** Key accounts with their buying committee and opportunities (B2B, issue 17). */
  accounts: keyAccount,
} as const;
export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
export type CollectionItem<C extends CollectionName> = z.infer<(typeof collectionSchemas)[C]>;
export type Collections = { [C in CollectionName]: CollectionItem<C>[] };

/** Bounds keep a hostile or runaway file from exhausting memory. */
export const COLLECTION_MAX = 5000;

/** Last year's totals, kept when a plan is made from the previous one, to compare the two years. */
export const previousYearTotals = z.object({
  title: shortText,
  planYear: z.number().int().min(2000).max(2100),
  budgetQuartersCents: z.array(z.number().int()).length(4),
  budgetYearCents: z.number().int(),
  revenueForecastCents: z.number().int().nullable(),
  actionCount: z.number().int().min(0),
});
export type PreviousYearTotals = z.infer<typeof previousYearTotals>;

export const planMeta = z.object({
  title: shortText,
  createdAt: z.string().max(40),
  isTemplate: z.boolean(),
  /** The consultant's switch: false leaves the author identity out of this plan's PDF and workbook. */
  showAuthor: z.boolean().default(true),
  /** A template's guidance for participants, shown at the top of each step. */
  stepNotes: z.partialRecord(z.enum(stepIds), longText).default({}),
  /** A template's steps that each participant fills in: cleared in plans made from it. */
  stepsToFill: z.array(z.enum(stepIds)).max(stepIds.length).default([]),
  previousYear: previousYearTotals.nullable().default(null),
});
export type PlanMeta = z.infer<typeof planMeta>;

export const planSchema = z.object({
  meta: planMeta,
  ...sectionSchemas,
  // A collection added since a document was written (key accounts, issue 17) reads as empty.
  ...(Object.fromEntries(
    collectionNames.map((name) => [name, z.array(collectionSchemas[name]).max(COLLECTION_MAX).default([])]),
  ) as { [C in CollectionName]: z.ZodDefault<z.ZodArray<(typeof collectionSchemas)[C]>> }),
}).superRefine((plan, context) => {
  // Items are stored by (collection, id): two items sharing an id would overwrite each other.
  for (const collection of collectionNames) {
    const seen = new Set<string>();
    plan[collection].forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({ code: 'custom', path: [collection, index, 'id'], message: `identifiant en double « ${item.id} »` });
      }
      seen.add(item.id);
    });
  }
});
export type Plan = z.infer<typeof planSchema>;

export function emptySections(planYear: number, name = ''): Sections {
  return {
    company: emptyCompanyProfile(planYear, name),
    positioning: emptyPositioning(),
    offer: emptyOffer(),
    budget: emptyBudgetSettings(),
    customerValue: emptyCustomerValue(),
    customerFile: emptyCustomerFile(),
    rgpd: emptyRgpdChecklist(),
    steering: emptySteering(),
    pipelineTargets: emptyPipelineTargets(),
  };
}

export function emptyCollections(): Collections {
  return Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Collections;
}

export function emptyPlan(planYear: number, title: string, createdAt: string): Plan {
  return {
    meta: { title, createdAt, isTemplate: false, showAuthor: true, stepNotes: {}, stepsToFill: [], previousYear: null },
    ...emptySections(planYear, title),
    ...emptyCollections(),
  };
}

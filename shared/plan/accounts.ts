import * as z from 'zod';
import { basisPoints, id, isoDate, longText, month, nonNegativeCents, shortText } from './common';

/** Size bands as French companies are counted: TPE < 10 people, PME < 250, ETI < 5 000, then large groups. */
export const companySizes = ['tpe', 'pme', 'eti', 'large'] as const;
export type CompanySize = (typeof companySizes)[number];

/** The buying committee's roles (DOMAIN §5b): who decides, who advises, who uses, who buys, who sways, who can block. */
export const committeeRoles = ['decisionMaker', 'prescriber', 'user', 'buyer', 'influencer', 'gatekeeper'] as const;
export type CommitteeRole = (typeof committeeRoles)[number];

export const attitudes = ['favourable', 'neutral', 'reserved'] as const;
export type Attitude = (typeof attitudes)[number];

export const committeeChannels = ['linkedin', 'phone', 'event', 'introduction'] as const;
export type CommitteeChannel = (typeof committeeChannels)[number];

export const pipelineStages = ['identified', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/** A person of the account's buying committee. */
export const committeeMember = z.object({
  id,
  name: shortText,
  position: shortText,
  role: z.enum(committeeRoles),
  attitude: z.enum(attitudes),
  channel: z.enum(committeeChannels),
  lastContact: isoDate,
});
export type CommitteeMember = z.infer<typeof committeeMember>;

/** A deal in progress with the account, signed (or lost) in a month of the plan's year. */
export const opportunity = z.object({
  id,
  title: shortText,
  /** Excluding VAT. */
  amountCents: nonNegativeCents,
  closingMonth: month,
  stage: z.enum(pipelineStages),
  /** Null: the stage's usual probability (shared/compute/pipeline.ts); a number overrides it. */
  probabilityBasisPoints: basisPoints.max(10_000).nullable(),
});
export type Opportunity = z.infer<typeof opportunity>;

/** An action of the plan that serves the account, and the committee roles it reaches (none listed: all of them). */
export const accountAction = z.object({
  actionId: id,
  roles: z.array(z.enum(committeeRoles)).max(committeeRoles.length),
});
export type AccountAction = z.infer<typeof accountAction>;

/** A key account (account-based marketing, DOMAIN §5b): a named company the firm chooses to win or grow. */
export const keyAccount = z.object({
  id,
  company: shortText,
  sector: shortText,
  size: z.enum(companySizes).nullable(),
  why: longText,
  /** What the account buys from us in a year, excluding VAT; null while not known. */
  currentRevenueCents: nonNegativeCents.nullable(),
  /** What it spends in a year on what we sell, from every supplier: its potential for us. */
  potentialCents: nonNegativeCents.nullable(),
  nextStep: shortText,
  nextStepDate: isoDate,
  actions: z.array(accountAction).max(100),
  committee: z.array(committeeMember).max(50),
  opportunities: z.array(opportunity).max(100),
});
export type KeyAccount = z.infer<typeof keyAccount>;

/**
 * What the firm wants to sign from new deals in each quarter, excluding VAT: the weighted pipeline
 * is measured against it. Null quarters are not set yet.
 */
export const pipelineTargets = z.object({
  quarterCents: z.array(nonNegativeCents.nullable()).length(4),
});
export type PipelineTargets = z.infer<typeof pipelineTargets>;

export const emptyPipelineTargets = (): PipelineTargets => ({ quarterCents: [null, null, null, null] });

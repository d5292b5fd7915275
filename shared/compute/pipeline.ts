import { pipelineStages, type KeyAccount, type Opportunity, type PipelineStage, type Plan } from '../plan';
import { roundedRatio } from './ratio';

/**
 * A stage's usual chance of signing, from the method's scale (DOMAIN §5c): qualification 10 %,
 * qualified project 15 %, proposal 20 %, negotiation 45 %; signed is certain, lost is nothing.
 */
export const STAGE_PROBABILITY_BASIS_POINTS: Record<PipelineStage, number> = {
  identified: 1_000,
  qualified: 1_500,
  proposal: 2_000,
  negotiation: 4_500,
  won: 10_000,
  lost: 0,
};

export const probabilityOf = (opportunity: Pick<Opportunity, 'stage' | 'probabilityBasisPoints'>): number =>
  opportunity.probabilityBasisPoints ?? STAGE_PROBABILITY_BASIS_POINTS[opportunity.stage];

/**
 * Amount × probability, to the cent (half away from zero). Each deal is rounded once, and every total
 * is a sum of these: the quarters, the stages and the year add up to what the lines show.
 */
export const weightedCents = (opportunity: Pick<Opportunity, 'amountCents' | 'stage' | 'probabilityBasisPoints'>): number =>
  roundedRatio(opportunity.amountCents, 10_000, probabilityOf(opportunity));

export const quarterOfMonth = (month: number): number => Math.ceil(month / 3) - 1;

/** Share of wallet bands (DOMAIN §5c): under 30 % conquer, 30–60 % develop, above 60 % keep. */
export type WalletBand = 'conquest' | 'development' | 'loyalty';

export interface ShareOfWallet {
  /** Current revenue ÷ potential, rounded to the basis point; null without both figures, or a potential of 0. */
  basisPoints: number | null;
  band: WalletBand | null;
}

/**
 * The band is decided on the exact ratio, not on the rounded figure: 29,995 % rounds to 30,00 % but is
 * still under 30 %. Cents are below 10^13, so × 100 stays exact in a double.
 */
export function shareOfWallet(account: Pick<KeyAccount, 'currentRevenueCents' | 'potentialCents'>): ShareOfWallet {
  const { currentRevenueCents: current, potentialCents: potential } = account;
  if (current === null || potential === null || potential === 0) return { basisPoints: null, band: null };
  const band: WalletBand = current * 100 < potential * 30 ? 'conquest' : current * 100 > potential * 60 ? 'loyalty' : 'development';
  return { basisPoints: roundedRatio(current, potential, 10_000), band };
}

export interface OpportunityLine {
  accountId: string;
  company: string;
  opportunity: Opportunity;
  probabilityBasisPoints: number;
  weightedCents: number;
  quarter: number;
}

export interface StageTotal {
  stage: PipelineStage;
  count: number;
  amountCents: number;
  weightedCents: number;
}

export interface QuarterComparison {
  quarter: number;
  weightedCents: number;
  /** The new business wanted this quarter; null when not set. */
  targetCents: number | null;
  /** Target − weighted when the pipeline falls short, else 0; null without a target. */
  shortfallCents: number | null;
  /** The revenue forecast of the quarter (company step); null when no month of it is forecast. */
  forecastCents: number | null;
}

export interface PipelineReport {
  lines: OpportunityLine[];
  amountCents: number;
  weightedCents: number;
  weightedQuarterCents: number[];
  /** Every stage, in the pipeline's order, even when empty: a table and a JSON reader find the same rows. */
  byStage: StageTotal[];
  quarters: QuarterComparison[];
  /** The quarters' columns over the year, each null when no quarter has a figure: what the tables' total rows print. */
  year: { targetCents: number | null; shortfallCents: number | null; forecastCents: number | null };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const sumOfSet = (values: readonly (number | null)[]): number | null => (values.every((value) => value === null) ? null : sum(values.map((value) => value ?? 0)));

function forecastOfQuarter(months: readonly (number | null)[], quarter: number): number | null {
  const values = months.slice(quarter * 3, quarter * 3 + 3);
  return values.every((value) => value === null) ? null : sum(values.map((value) => value ?? 0));
}

/** The weighted pipeline of every key account, by quarter of its closing month and by stage. */
export function pipelineReport(plan: Pick<Plan, 'accounts' | 'pipelineTargets' | 'company'>): PipelineReport {
  const lines = plan.accounts.flatMap((account) =>
    account.opportunities.map((opportunity) => ({
      accountId: account.id,
      company: account.company,
      opportunity,
      probabilityBasisPoints: probabilityOf(opportunity),
      weightedCents: weightedCents(opportunity),
      quarter: quarterOfMonth(opportunity.closingMonth),
    })),
  );
  const weightedQuarterCents = [0, 1, 2, 3].map((quarter) => sum(lines.filter((line) => line.quarter === quarter).map((line) => line.weightedCents)));
  const byStage = pipelineStages.map((stage) => {
    const ofStage = lines.filter((line) => line.opportunity.stage === stage);
    return {
      stage,
      count: ofStage.length,
      amountCents: sum(ofStage.map((line) => line.opportunity.amountCents)),
      weightedCents: sum(ofStage.map((line) => line.weightedCents)),
    };
  });
  const quarters = weightedQuarterCents.map((weighted, quarter) => {
    const targetCents = plan.pipelineTargets.quarterCents[quarter] ?? null;
    return {
      quarter,
      weightedCents: weighted,
      targetCents,
      shortfallCents: targetCents === null ? null : Math.max(0, targetCents - weighted),
      forecastCents: forecastOfQuarter(plan.company.revenueForecastCents, quarter),
    };
  });
  return {
    lines,
    amountCents: sum(lines.map((line) => line.opportunity.amountCents)),
    weightedCents: sum(weightedQuarterCents),
    weightedQuarterCents,
    byStage,
    quarters,
    year: {
      targetCents: sumOfSet(quarters.map((quarter) => quarter.targetCents)),
      shortfallCents: sumOfSet(quarters.map((quarter) => quarter.shortfallCents)),
      forecastCents: sumOfSet(quarters.map((quarter) => quarter.forecastCents)),
    },
  };
}

export interface AccountSummary {
  accountId: string;
  company: string;
  shareOfWallet: ShareOfWallet;
  contacts: number;
  hasDecisionMaker: boolean;
  weightedCents: number;
}

export const accountSummary = (account: KeyAccount): AccountSummary => ({
  accountId: account.id,
  company: account.company,
  shareOfWallet: shareOfWallet(account),
  contacts: account.committee.length,
  hasDecisionMaker: account.committee.some((member) => member.role === 'decisionMaker'),
  weightedCents: sum(account.opportunities.map(weightedCents)),
});

export interface AccountTotals {
  currentRevenueCents: number;
  potentialCents: number;
  contacts: number;
}

/** The accounts' columns added up, a missing figure counting 0: the total row of the accounts' tables. */
export const accountTotals = (accounts: readonly KeyAccount[]): AccountTotals => ({
  currentRevenueCents: sum(accounts.map((account) => account.currentRevenueCents ?? 0)),
  potentialCents: sum(accounts.map((account) => account.potentialCents ?? 0)),
  contacts: sum(accounts.map((account) => account.committee.length)),
});

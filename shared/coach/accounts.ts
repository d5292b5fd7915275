import { accountSummary, type PipelineReport } from '../compute/pipeline';
import { formatEuros } from '../money';
import type { Plan } from '../plan';
import { isBlank, stateFrom, warningAt, type CoachWarning, type MissingKey, type StepReview } from './types';

const warn = warningAt('accounts');

/** What the buying committee of each account lacks: a decision maker, a second person to rely on. */
function committeeWarnings(plan: Pick<Plan, 'accounts'>): CoachWarning[] {
  return plan.accounts.flatMap((account) => {
    const name = account.company.trim() || '…';
    const summary = accountSummary(account);
    const warnings: CoachWarning[] = [];
    if (!summary.hasDecisionMaker) warnings.push(warn('accountWithoutDecisionMaker', 'warning', { company: name }, account.id));
    // One contact is one departure, one holiday or one « no » away from losing the account.
    if (summary.contacts === 1) warnings.push(warn('accountSingleContact', 'warning', { company: name }, account.id));
    if (account.currentRevenueCents !== null && account.potentialCents !== null && account.currentRevenueCents > account.potentialCents) {
      warnings.push(warn('accountAbovePotential', 'info', { company: name }, account.id));
    }
    return warnings;
  });
}

/** « Il vous manque 18 000 € d'affaires pondérées au T3 »: each quarter whose target the pipeline does not reach. */
function shortfallWarnings(pipeline: PipelineReport): CoachWarning[] {
  return pipeline.quarters.flatMap((quarter) =>
    quarter.shortfallCents !== null && quarter.shortfallCents > 0 && quarter.targetCents !== null
      ? [warn('pipelineShortfall', 'warning', { missing: formatEuros(quarter.shortfallCents), quarter: quarter.quarter + 1, target: formatEuros(quarter.targetCents) })]
      : [],
  );
}

/**
 * The « Comptes clés » step. Complete when there are accounts, each with a committee, an opportunity
 * in the pipeline, and the new business wanted per quarter is set.
 */
export function reviewAccounts(plan: Pick<Plan, 'accounts' | 'pipelineTargets'>, pipeline: PipelineReport): StepReview {
  const accounts = plan.accounts;
  const missing: MissingKey[] = [];
  if (accounts.length === 0) missing.push('keyAccounts');
  if (accounts.some((account) => isBlank(account.why))) missing.push('accountWhy');
  if (accounts.length === 0 || accounts.some((account) => account.committee.length === 0)) missing.push('buyingCommittee');
  if (pipeline.lines.length === 0) missing.push('opportunities');
  if (plan.pipelineTargets.quarterCents.every((target) => target === null)) missing.push('pipelineTargets');
  const checks = 5;
  const state = accounts.length === 0 ? 'notStarted' : stateFrom(checks - missing.length, checks);
  return { progress: { step: 'accounts', state, missing }, warnings: [...committeeWarnings(plan), ...shortfallWarnings(pipeline)] };
}

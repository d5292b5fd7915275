import { formatPercent } from '../money';
import type { Plan } from '../plan';
import { isBlank, type CoachWarning, missingIf, type MissingKey, type StepReview } from './types';

const WHOLE = 10_000;

/** Complete when every channel says its role and the shares of revenue add up to 100 %. */
export function reviewDistribution(plan: Pick<Plan, 'channels'>): StepReview {
  const { channels } = plan;
  if (channels.length === 0) {
    return {
      progress: { step: 'distribution', state: 'notStarted', missing: ['channels'] },
      warnings: [{ step: 'distribution', code: 'noChannel', severity: 'info' }],
    };
  }
  const totalShare = channels.reduce((sum, channel) => sum + channel.revenueShareBasisPoints, 0);
  const warnings: CoachWarning[] = [];
  if (totalShare !== WHOLE) {
    warnings.push({ step: 'distribution', code: 'sharesNotWhole', severity: 'warning', params: { total: formatPercent(totalShare) } });
  }
  const missing: MissingKey[] = [
    ...missingIf(channels.some((channel) => isBlank(channel.role)), 'channelRoles'),
    ...missingIf(totalShare !== WHOLE, 'channelShares'),
  ];
  return { progress: { step: 'distribution', state: missing.length === 0 ? 'complete' : 'inProgress', missing }, warnings };
}

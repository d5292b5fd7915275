import { formatCount, formatPercent } from '../money';
import type { CustomerFigures, Plan } from '../plan';
import { rgpdItemIds, rgpdItemOf, type RgpdItemId } from '../plan/rgpd';
import { checklistBegun, rgpdItemsForAction } from '../rgpd';
import { plainText, wordStarts } from '../rgpd/words';
import { warningAt, type CoachWarning, type StepReview } from './types';

/**
 * The « à réactiver » group is worth an action of its own from 20 customers: below that, a word at
 * the counter or a few personal messages reach them without a line in the plan.
 */
export const REACTIVATION_MIN_CUSTOMERS = 20;
/**
 * …and from 15 % of the segmented customers: past that share, the customers drifting away weigh
 * on next year's revenue; below it, it is the ordinary turnover of a small business's clientele.
 */
export const REACTIVATION_MIN_SHARE_BASIS_POINTS = 1_500;

/** Words that say an action or a segment is about bringing lapsed customers back. */
const reactivationWords = wordStarts(['reactiv', 're-activ', 'relanc', 'win[- ]?back', 'winning back'].join('|'));

const warn = warningAt('customers');

/**
 * The items' titles, in the French catalogue, inside a sentence: « a, b et c », each lower-cased
 * (the titles start with a verb).
 */
/** The items as ids ("register,legalBasis"): the wording (coach/wording.ts) names them in the reader's language. */
const itemList = (ids: readonly RgpdItemId[]): string => ids.join(',');

/** One warning per action that reaches people while checklist items it relies on are still « à faire ». */
function actionWarnings(plan: Pick<Plan, 'actions' | 'company' | 'rgpd'>): CoachWarning[] {
  return plan.actions.flatMap((action) => {
    const open = rgpdItemsForAction(action, plan.company.customerKind).filter((id) => rgpdItemOf(plan.rgpd, id).state === 'todo');
    if (open.length === 0) return [];
    return [warn('actionNeedsRgpd', 'warning', { title: action.title.trim() || '…', items: itemList(open) }, action.id)];
  });
}

/** A suggestion when many customers are « à réactiver » and nothing in the plan goes after them. */
function reactivationSuggestion(plan: Pick<Plan, 'actions' | 'segments'>, figures: CustomerFigures | null): CoachWarning[] {
  if (figures === null) return [];
  const count = figures.segments.toReactivate;
  const segmented = Object.values(figures.segments).reduce((sum, customers) => sum + customers, 0);
  if (count < REACTIVATION_MIN_CUSTOMERS || count * 10_000 < REACTIVATION_MIN_SHARE_BASIS_POINTS * segmented) return [];
  const targeted =
    plan.actions.some((action) => reactivationWords.test(plainText(`${action.title}\n${action.description}`))) ||
    plan.segments.some((segment) => reactivationWords.test(plainText(segment.name)));
  if (targeted) return [];
  // The share to the whole percent: « 18 % » reads better than « 17,86 % » in a suggestion.
  const share = formatPercent(Math.round((count * 100) / segmented) * 100);
  return [warn('reactivationGroup', 'info', { count: formatCount(count), share })];
}

/**
 * The « Fichier clients » step: its RGPD checklist and what the sales figures say. Complete when
 * every checklist item is done or not applicable; the sales file is optional and never holds it back.
 */
export function reviewCustomers(plan: Pick<Plan, 'actions' | 'company' | 'rgpd' | 'segments' | 'customerFile'>): StepReview {
  const settled = rgpdItemIds.every((id) => rgpdItemOf(plan.rgpd, id).state !== 'todo');
  const figures = plan.customerFile.figures;
  const state = settled ? 'complete' : !checklistBegun(plan) && figures === null ? 'notStarted' : 'inProgress';
  return {
    progress: { step: 'customers', state, missing: settled ? [] : ['rgpdItems'] },
    warnings: [...actionWarnings(plan), ...reactivationSuggestion(plan, figures)],
  };
}

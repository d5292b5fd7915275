import { useTranslation } from 'react-i18next';
import { tradeOf, type Trade } from '../../shared/coach/trade';
import type { ObjectiveFamily, SwotItem } from '../../shared/plan';
import { useAppStore } from './store';

export type ExampleField =
  | 'productName'
  | 'segmentName'
  | 'target'
  | 'marketDefinition'
  | 'promise'
  | 'reasonToBelieve'
  | `swot.${SwotItem['quadrant']}`
  | `competitor.${'name' | 'positioning'}`
  | `objective.${ObjectiveExampleField}`;

export type ObjectiveExampleField = 'title' | 'indicator' | 'baseline' | 'target' | 'unit';

/** The family of each trade's example objective (tradeExamples.<trade>.objective), to add it as a starter. */
const objectiveFamilies: Record<Trade, ObjectiveFamily> = {
  bakery: 'acquisition',
  florist: 'acquisition',
  hairSalon: 'loyalty',
  craftsman: 'conversion',
  restaurant: 'acquisition',
  shop: 'conversion',
  ecommerce: 'conversion',
  b2bServices: 'acquisition',
  neutral: 'acquisition',
};

export interface TradeExample {
  /** « Exemple : Bouquet de saison »: to show under a field or as its placeholder. */
  (field: ExampleField): string;
  /** « Ex. : 12 »: the placeholder of a narrow field. */
  short(field: ExampleField): string;
  /** The example alone, « Bouquet de saison »: what a one-click example writes into the plan. */
  text(field: ExampleField): string;
  /** The trade's example objective as a starting point: its words, without the figures, which are the user's. */
  objectiveStarter(): { title: string; family: ObjectiveFamily; indicator: string; unit: string };
}

/** « Exemple : Bouquet de saison » in a florist's plan, « Exemple : Baguette tradition » in a bakery's. */
export function useTradeExample(): TradeExample {
  const { t } = useTranslation();
  const trade: Trade = useAppStore((state) => (state.opened ? tradeOf(state.opened.plan.company) : 'neutral'));
  const text = (field: ExampleField) => t(`tradeExamples.${trade}.${field}`);
  return Object.assign((field: ExampleField) => t('tradeExamples.line', { prefix: t('tradeExamples.prefix'), example: text(field) }), {
    short: (field: ExampleField) => t('tradeExamples.short', { example: text(field) }),
    text,
    objectiveStarter: () => ({
      title: text('objective.title'),
      family: objectiveFamilies[trade],
      indicator: text('objective.indicator'),
      unit: text('objective.unit'),
    }),
  });
}

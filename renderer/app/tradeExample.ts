import { useTranslation } from 'react-i18next';
import { tradeOf, type Trade } from '../../shared/coach/trade';
import { useAppStore } from './store';

type ExampleField = 'productName' | 'segmentName' | 'target' | 'marketDefinition' | 'promise' | 'reasonToBelieve';

/** « Exemple : Bouquet de saison » in a florist's plan, « Exemple : Baguette tradition » in a bakery's. */
export function useTradeExample(): (field: ExampleField) => string {
  const { t } = useTranslation();
  const trade: Trade = useAppStore((state) => (state.opened ? tradeOf(state.opened.plan.company) : 'neutral'));
  return (field) => `${t('tradeExamples.prefix')} : ${t(`tradeExamples.${trade}.${field}`)}`;
}

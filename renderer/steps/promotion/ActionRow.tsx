import { memo } from 'react';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { actionBudget } from '../../../shared/compute/budget';
import { categoryColors } from '../../../shared/categories';
import { formatEuros, minutesToHoursText } from '../../../shared/money';
import { itemById } from '../../app/itemById';
import { useAppStore } from '../../app/store';
import { ItemControls } from '../../components/ItemControls';
import { ActionEditor } from './ActionEditor';

interface ActionRowProps {
  id: string;
  /** Place in its category group, and the neighbours it swaps with there. */
  index: number;
  count: number;
  previousId: string | null;
  nextId: string | null;
  /** Unfolded into its editor; the list keeps this, so a row scrolled away and back stays as it was. */
  open: boolean;
  onToggle(id: string): void;
  /** Just added: its first field takes the focus. */
  autoFocus: boolean;
}

/**
 * One action: a summary line, unfolded into its editor on demand. Each row reads its own action from
 * the store, so typing in one row re-renders that row only, even with hundreds of actions.
 */
export const ActionRow = memo(function ActionRow({ id, index, count, previousId, nextId, open, onToggle, autoFocus }: ActionRowProps) {
  const { t } = useTranslation();
  const action = useAppStore((state) => (state.opened ? itemById(state.opened.plan.actions, id) : undefined));
  const forecast = useAppStore((state) => state.opened?.plan.company.revenueForecastCents);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  if (!action || !forecast) return null;
  const budget = actionBudget(action, forecast);
  const cost = [formatEuros(budget.totalCents), ...(budget.totalMinutes > 0 ? [`${minutesToHoursText(budget.totalMinutes)} h`] : [])].join(' + ');
  const months = action.activeMonths.length === 0 ? t('promotion.noMonth') : t('promotion.monthCount', { count: action.activeMonths.length });

  return (
    <Paper variant="outlined" sx={{ p: 1.5, borderLeft: 6, borderLeftColor: categoryColors[action.category] }} data-testid="action">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600 }} noWrap data-testid="action-summary-title">
            {action.title || '…'}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap data-testid="action-summary">
            {t('promotion.summaryLine', { owner: action.owner.name || t('promotion.noOwner'), months, cost })}
          </Typography>
        </Box>
        <Button size="small" onClick={() => onToggle(id)} aria-expanded={open} data-testid="action-toggle">
          {open ? t('promotion.close') : t('promotion.edit')}
        </Button>
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('objectives.moveUp'), moveDown: t('objectives.moveDown'), remove: t('promotion.remove') }}
          onMove={(to) => {
            // Moving within the category means taking the neighbour's place in the whole list.
            const neighbour = to < index ? previousId : nextId;
            const actions = useAppStore.getState().opened?.plan.actions ?? [];
            moveItem('actions', id, actions.findIndex((candidate) => candidate.id === neighbour));
          }}
          onRemove={() => deleteItem('actions', id)}
        />
      </Stack>
      {open && <ActionEditor action={action} autoFocus={autoFocus} />}
    </Paper>
  );
});

import { useCallback, useEffect, useRef, useState } from 'react';
import { Box, Button, Stack, Typography } from '@mui/material';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { ImportActionsDialog } from './ImportActionsDialog';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { actionCategories, type Action, type ActionCategory } from '../../../shared/plan';
import { useFocusOnAdd } from '../../app/focusNew';
import { newId } from '../../app/ids';
import { useAppStore } from '../../app/store';
import { StepHeader } from '../../components/StepHeader';
import { useVirtualRows } from '../../components/useVirtualRows';
import { ActionCatalogue } from './ActionCatalogue';
import { ActionRow } from './ActionRow';
import { JourneyPicture } from './JourneyPicture';

const blankAction = (): Action => ({
  id: newId(),
  category: 'other',
  title: '',
  description: '',
  objectiveIds: [],
  segmentIds: [],
  owner: { kind: 'person', name: '' },
  activeMonths: [],
  costLines: [],
  kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array.from({ length: 12 }, () => null),
});

/** "category:id|category:id…": a string, so the list re-renders only when actions come, go or move. */
const selectLayout = (actions: Action[] | undefined) => (actions ?? []).map((action) => `${action.category}:${action.id}`).join('|');

/** One line of the list: a category's heading, or an action with its neighbours in that category. */
type Entry =
  | { kind: 'heading'; category: ActionCategory; count: number }
  | { kind: 'action'; id: string; index: number; count: number; previousId: string | null; nextId: string | null };

function entriesOf(layout: string): Entry[] {
  const pairs = layout ? layout.split('|').map((entry) => entry.split(':') as [ActionCategory, string]) : [];
  return actionCategories.flatMap((category): Entry[] => {
    const ids = pairs.filter(([c]) => c === category).map(([, id]) => id);
    if (ids.length === 0) return [];
    return [
      { kind: 'heading', category, count: ids.length },
      ...ids.map((id, index): Entry => ({ kind: 'action', id, index, count: ids.length, previousId: ids[index - 1] ?? null, nextId: ids[index + 1] ?? null })),
    ];
  });
}

/** A collapsed action line, with the gap below it: what the list expects a row to measure. */
const ROW_ESTIMATE = 86;

export function PromotionStep() {
  const { t } = useTranslation();
  const layout = useAppStore((state) => selectLayout(state.opened?.plan.actions));
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  const [importing, setImporting] = useState(false);
  // Which actions are unfolded lives here: a row scrolled away and back keeps its state.
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setOpenIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const entries = entriesOf(layout);
  const { holder, indexes, before, after, measure, scrollToIndex } = useVirtualRows(entries.length, ROW_ESTIMATE);
  // A new action opens in place, in its category, brought into view with its title field focused.
  const justAdded = useRef<string | null>(null);
  const add = (action: Action) => {
    focus.created(action);
    setOpenIds((current) => new Set(current).add(action.id));
    justAdded.current = action.id;
    saveItem('actions', action);
  };
  useEffect(() => {
    const index = entries.findIndex((entry) => entry.kind === 'action' && entry.id === justAdded.current);
    if (index < 0) return;
    justAdded.current = null;
    scrollToIndex(index);
  });

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <StepHeader step="promotion" intro={t('promotion.intro')} />
      <JourneyPicture />
      <ActionCatalogue onAdd={add} />
      {entries.length === 0 && <Typography color="text.secondary">{t('promotion.noAction')}</Typography>}
      <Box ref={holder} data-testid="action-list">
        {before > 0 && <Box aria-hidden sx={{ height: before }} />}
        {indexes.map((index) => {
          const entry = entries[index];
          return (
            <Box key={entry.kind === 'heading' ? entry.category : entry.id} data-index={index} ref={measure} sx={{ pb: 1 }}>
              {entry.kind === 'heading' ? (
                <Typography
                  variant="h3"
                  sx={{ color: categoryColors[entry.category], mt: index === 0 ? 0 : 2 }}
                  data-testid={`category-${entry.category}`}
                >
                  {t(`actionPlan.categories.${entry.category}`)} ({entry.count})
                </Typography>
              ) : (
                <ActionRow
                  id={entry.id}
                  index={entry.index}
                  count={entry.count}
                  previousId={entry.previousId}
                  nextId={entry.nextId}
                  open={openIds.has(entry.id)}
                  onToggle={toggle}
                  autoFocus={focus.shouldFocus(entry.id)}
                />
              )}
            </Box>
          );
        })}
        {after > 0 && <Box aria-hidden sx={{ height: after }} />}
      </Box>
      <Stack direction="row" spacing={1}>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => add(blankAction())} data-testid="add-action">
          {t('promotion.addBlank')}
        </Button>
        <Button startIcon={<UploadFileOutlined />} onClick={() => setImporting(true)} data-testid="import-actions">
          {t('importActions.open')}
        </Button>
      </Stack>
      {importing && <ImportActionsDialog onClose={() => setImporting(false)} />}
    </Stack>
  );
}

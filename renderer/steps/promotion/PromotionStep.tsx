import { useState } from 'react';
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
import { ActionCatalogue } from './ActionCatalogue';
import { ActionRow } from './ActionRow';

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

export function PromotionStep() {
  const { t } = useTranslation();
  const layout = useAppStore((state) => selectLayout(state.opened?.plan.actions));
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  const [importing, setImporting] = useState(false);
  const entries = layout ? layout.split('|').map((entry) => entry.split(':') as [ActionCategory, string]) : [];
  const groups = actionCategories
    .map((category) => ({ category, ids: entries.filter(([c]) => c === category).map(([, id]) => id) }))
    .filter((group) => group.ids.length > 0);

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <StepHeader step="promotion" intro={t('promotion.intro')} />
      <ActionCatalogue />
      {groups.length === 0 && <Typography color="text.secondary">{t('promotion.noAction')}</Typography>}
      {groups.map(({ category, ids }) => (
        <Box key={category} component="section" aria-label={t(`actionPlan.categories.${category}`)} data-testid={`category-${category}`}>
          <Typography variant="h3" sx={{ color: categoryColors[category], mb: 1 }}>
            {t(`actionPlan.categories.${category}`)} ({ids.length})
          </Typography>
          <Stack spacing={1}>
            {ids.map((id, index) => (
              <ActionRow
                key={id}
                id={id}
                index={index}
                count={ids.length}
                previousId={ids[index - 1] ?? null}
                nextId={ids[index + 1] ?? null}
                startOpen={focus.shouldFocus(id)}
              />
            ))}
          </Stack>
        </Box>
      ))}
      <Stack direction="row" spacing={1}>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => saveItem('actions', focus.created(blankAction()))} data-testid="add-action">
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

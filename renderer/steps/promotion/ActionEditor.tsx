import { Alert, AlertTitle, Box, Button, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { monthsOutsideAction } from '../../../shared/coach/actions';
import { actionCategories, LONG_TEXT_MAX, SHORT_TEXT_MAX, type Action } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { CostLinesEditor } from './CostLinesEditor';
import { KpisEditor } from './KpisEditor';
import { MonthToggles } from './MonthToggles';

const detailKeys = ['resources', 'successFactors', 'limits', 'review'] as const;

/** Chips to tick items (objectives, segments) an action is linked to. */
function LinkChips({ items, selected, onChange }: { items: { id: string; label: string }[]; selected: string[]; onChange(ids: string[]): void }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
      {items.map((item) => {
        const on = selected.includes(item.id);
        return (
          <Chip
            key={item.id}
            label={item.label || '…'}
            color={on ? 'primary' : 'default'}
            variant={on ? 'filled' : 'outlined'}
            aria-pressed={on}
            onClick={() => onChange(on ? selected.filter((id) => id !== item.id) : [...selected, item.id])}
          />
        );
      })}
    </Box>
  );
}

/**
 * Offered when the action's months no longer hold some of its fixed costs (a whole-year amount on an
 * action moved to December): one click spreads them over the action's months, in one save.
 */
function MoveCostsAlert({ action, onMove }: { action: Action; onMove(costLines: Action['costLines']): void }) {
  const { t } = useTranslation();
  const outside = new Set(action.costLines.filter((line) => monthsOutsideAction(action, line).length > 0).map((line) => line.id));
  if (outside.size === 0) return null;
  const moved = action.costLines.map((line) => (outside.has(line.id) ? { ...line, period: { kind: 'activeMonths' as const } } : line));
  return (
    <Alert
      severity="warning"
      sx={{ mt: 1 }}
      data-testid="move-costs"
      action={
        <Button color="inherit" size="small" onClick={() => onMove(moved)} data-testid="move-costs-button">
          {t('costPeriods.moveButton')}
        </Button>
      }
    >
      <AlertTitle>{t('costPeriods.moveTitle')}</AlertTitle>
      {t('costPeriods.moveText', { count: outside.size })}
    </Alert>
  );
}

export function ActionEditor({ action, autoFocus }: { action: Action; autoFocus: boolean }) {
  const { t } = useTranslation();
  const objectives = useAppStore((state) => state.opened?.plan.objectives ?? []);
  const segments = useAppStore((state) => state.opened?.plan.segments ?? []);
  const saveItem = useAppStore((state) => state.saveItem);
  const update = (patch: Partial<Action>) => saveItem('actions', { ...action, ...patch });

  return (
    <Stack spacing={2} sx={{ pt: 1.5 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 1.5 }}>
        <TextField
          autoFocus={autoFocus}
          label={t('promotion.action.title')}
          placeholder={t('promotion.action.titlePlaceholder')}
          value={action.title}
          onChange={(event) => update({ title: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'action-title' } }}
        />
        <TextField
          select
          label={t('promotion.action.category')}
          value={action.category}
          onChange={(event) => update({ category: event.target.value as Action['category'] })}
          slotProps={{ htmlInput: { 'data-testid': 'action-category' } }}
        >
          {actionCategories.map((category) => (
            <MenuItem key={category} value={category}>
              <Box component="span" sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: categoryColors[category], mr: 1, display: 'inline-block' }} />
              {t(`actionPlan.categories.${category}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TextField
        label={t('promotion.action.description')}
        placeholder={t('promotion.action.descriptionPlaceholder')}
        value={action.description}
        multiline
        onChange={(event) => update({ description: event.target.value })}
        slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX } }}
      />
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('promotion.action.objectives')}
        </Typography>
        {objectives.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('promotion.action.noObjectiveYet')}
          </Typography>
        ) : (
          <LinkChips
            items={objectives.map((objective) => ({ id: objective.id, label: objective.title }))}
            selected={action.objectiveIds}
            onChange={(objectiveIds) => update({ objectiveIds })}
          />
        )}
      </Box>
      {segments.length > 0 && (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {t('promotion.action.segments')}
          </Typography>
          <LinkChips
            items={segments.map((segment) => ({ id: segment.id, label: segment.name }))}
            selected={action.segmentIds}
            onChange={(segmentIds) => update({ segmentIds })}
          />
        </Box>
      )}
      <Stack direction="row" spacing={1.5}>
        <TextField
          select
          label={t('promotion.action.ownerKind')}
          value={action.owner.kind}
          onChange={(event) => update({ owner: { ...action.owner, kind: event.target.value as Action['owner']['kind'] } })}
          sx={{ width: 200 }}
        >
          {(['person', 'provider'] as const).map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`promotion.action.ownerKinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('promotion.action.ownerName')}
          placeholder={t('promotion.action.ownerNamePlaceholder')}
          value={action.owner.name}
          onChange={(event) => update({ owner: { ...action.owner, name: event.target.value } })}
          sx={{ maxWidth: 360 }}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'action-owner' } }}
        />
      </Stack>
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('promotion.action.months')}
        </Typography>
        <MonthToggles months={action.activeMonths} color={categoryColors[action.category]} onChange={(activeMonths) => update({ activeMonths })} />
        <MoveCostsAlert action={action} onMove={(costLines) => update({ costLines })} />
      </Box>
      <CostLinesEditor lines={action.costLines} onChange={(costLines) => update({ costLines })} />
      <KpisEditor kpis={action.kpis} onChange={(kpis) => update({ kpis })} />
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('promotion.detail.title')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
          {detailKeys.map((key) => (
            <TextField
              key={key}
              label={t(`promotion.detail.${key}`)}
              value={action.detail[key]}
              multiline
              onChange={(event) => update({ detail: { ...action.detail, [key]: event.target.value } })}
              slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX } }}
            />
          ))}
        </Box>
      </Box>
    </Stack>
  );
}

import { memo, useCallback, useMemo } from 'react';
import { Alert, AlertTitle, Box, Button, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { monthsOutsideAction } from '../../../shared/coach/actions';
import { actionCategories, LONG_TEXT_MAX, SHORT_TEXT_MAX, type Action } from '../../../shared/plan';
import { itemById } from '../../app/itemById';
import { useAppStore } from '../../app/store';
import { CostLinesEditor } from './CostLinesEditor';
import { JourneyStagesField } from './JourneyPicture';
import { KpisEditor } from './KpisEditor';
import { MonthToggles } from './MonthToggles';

const detailKeys = ['resources', 'successFactors', 'limits', 'review'] as const;

/** Chips to tick items (objectives, segments) an action is linked to. */
const LinkChips = memo(function LinkChips({ items, selected, onChange }: { items: { id: string; label: string }[]; selected: string[]; onChange(ids: string[]): void }) {
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
});

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

type ActionPatch = Partial<Action> | ((current: Action) => Partial<Action>);
type TextKey = 'title' | 'description';

/** One text of the action; memoised, so typing in one field re-renders (and re-measures) that field only. */
const ActionText = memo(function ActionText(props: {
  label: string;
  value: string;
  onText(value: string): void;
  placeholder?: string;
  multiline?: boolean;
  maxLength: number;
  testId?: string;
  autoFocus?: boolean;
  width?: number;
}) {
  return (
    <TextField
      autoFocus={props.autoFocus}
      label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      multiline={props.multiline}
      onChange={(event) => props.onText(event.target.value)}
      sx={props.width ? { maxWidth: props.width } : undefined}
      slotProps={{ htmlInput: { maxLength: props.maxLength, 'data-testid': props.testId } }}
    />
  );
});

const CategorySelect = memo(function CategorySelect({ value, onChange }: { value: Action['category']; onChange(patch: ActionPatch): void }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('promotion.action.category')}
      value={value}
      onChange={(event) => onChange({ category: event.target.value as Action['category'] })}
      slotProps={{ htmlInput: { 'data-testid': 'action-category' } }}
    >
      {actionCategories.map((category) => (
        <MenuItem key={category} value={category}>
          <Box component="span" sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: categoryColors[category], mr: 1, display: 'inline-block' }} />
          {t(`actionPlan.categories.${category}`)}
        </MenuItem>
      ))}
    </TextField>
  );
});

const OwnerKindSelect = memo(function OwnerKindSelect({ value, onChange }: { value: Action['owner']['kind']; onChange(patch: ActionPatch): void }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('promotion.action.ownerKind')}
      value={value}
      onChange={(event) => onChange((current) => ({ owner: { ...current.owner, kind: event.target.value as Action['owner']['kind'] } }))}
      sx={{ width: 200 }}
    >
      {(['person', 'provider'] as const).map((kind) => (
        <MenuItem key={kind} value={kind}>
          {t(`promotion.action.ownerKinds.${kind}`)}
        </MenuItem>
      ))}
    </TextField>
  );
});

export function ActionEditor({ action, autoFocus }: { action: Action; autoFocus: boolean }) {
  const { t } = useTranslation();
  const objectives = useAppStore((state) => state.opened?.plan.objectives);
  const segments = useAppStore((state) => state.opened?.plan.segments);
  const saveItem = useAppStore((state) => state.saveItem);
  const { id } = action;
  // Stable for the row's life: it applies the change to the action as the store holds it now.
  const change = useCallback(
    (patch: ActionPatch) => {
      const current = itemById(useAppStore.getState().opened?.plan.actions ?? [], id);
      if (current) saveItem('actions', { ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    },
    [id, saveItem],
  );
  const texts = useMemo(() => {
    const text = (key: TextKey) => (value: string) => change({ [key]: value });
    return {
      title: text('title'),
      description: text('description'),
      ownerName: (name: string) => change((current) => ({ owner: { ...current.owner, name } })),
      detail: Object.fromEntries(
        detailKeys.map((key) => [key, (value: string) => change((current) => ({ detail: { ...current.detail, [key]: value } }))]),
      ) as Record<(typeof detailKeys)[number], (value: string) => void>,
      objectiveIds: (objectiveIds: string[]) => change({ objectiveIds }),
      segmentIds: (segmentIds: string[]) => change({ segmentIds }),
      activeMonths: (activeMonths: number[]) => change({ activeMonths }),
      costLines: (costLines: Action['costLines']) => change({ costLines }),
      kpis: (kpis: Action['kpis']) => change({ kpis }),
    };
  }, [change]);
  const objectiveChips = useMemo(() => (objectives ?? []).map((objective) => ({ id: objective.id, label: objective.title })), [objectives]);
  const { category, title, description, journeyStages } = action;
  const journeyFields = useMemo(() => ({ category, title, description, journeyStages }), [category, title, description, journeyStages]);
  const segmentChips = useMemo(() => (segments ?? []).map((segment) => ({ id: segment.id, label: segment.name })), [segments]);

  return (
    <Stack spacing={2} sx={{ pt: 1.5 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 1.5 }}>
        <ActionText
          autoFocus={autoFocus}
          label={t('promotion.action.title')}
          placeholder={t('promotion.action.titlePlaceholder')}
          value={action.title}
          onText={texts.title}
          maxLength={SHORT_TEXT_MAX}
          testId="action-title"
        />
        <CategorySelect value={action.category} onChange={change} />
      </Box>
      <ActionText
        label={t('promotion.action.description')}
        placeholder={t('promotion.action.descriptionPlaceholder')}
        value={action.description}
        multiline
        onText={texts.description}
        maxLength={LONG_TEXT_MAX}
      />
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('promotion.action.objectives')}
        </Typography>
        {objectiveChips.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('promotion.action.noObjectiveYet')}
          </Typography>
        ) : (
          <LinkChips items={objectiveChips} selected={action.objectiveIds} onChange={texts.objectiveIds} />
        )}
      </Box>
      {segmentChips.length > 0 && (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {t('promotion.action.segments')}
          </Typography>
          <LinkChips items={segmentChips} selected={action.segmentIds} onChange={texts.segmentIds} />
        </Box>
      )}
      <JourneyStagesField action={journeyFields} onChange={change} />
      <Stack direction="row" spacing={1.5}>
        <OwnerKindSelect value={action.owner.kind} onChange={change} />
        <ActionText
          label={t('promotion.action.ownerName')}
          placeholder={t('promotion.action.ownerNamePlaceholder')}
          value={action.owner.name}
          onText={texts.ownerName}
          width={360}
          maxLength={SHORT_TEXT_MAX}
          testId="action-owner"
        />
      </Stack>
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('promotion.action.months')}
        </Typography>
        <MonthToggles months={action.activeMonths} color={categoryColors[action.category]} onChange={texts.activeMonths} />
        <MoveCostsAlert action={action} onMove={texts.costLines} />
      </Box>
      <CostLinesEditor lines={action.costLines} onChange={texts.costLines} />
      <KpisEditor kpis={action.kpis} onChange={texts.kpis} />
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('promotion.detail.title')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
          {detailKeys.map((key) => (
            <ActionText
              key={key}
              label={t(`promotion.detail.${key}`)}
              value={action.detail[key]}
              multiline
              onText={texts.detail[key]}
              maxLength={LONG_TEXT_MAX}
            />
          ))}
        </Box>
      </Box>
    </Stack>
  );
}

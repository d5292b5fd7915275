import type { ReactNode } from 'react';
import { Alert, Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { objectiveGaps } from '../../../shared/coach/objectives';
import { kpiDirections, LONG_TEXT_MAX, objectiveFamilies, SHORT_TEXT_MAX, type KpiDirection, type Objective, type ObjectiveFamily } from '../../../shared/plan';
import { objectiveDirection } from '../../../shared/compute/indicators';
import { newId } from '../../app/ids';
import { useFocusOnAdd } from '../../app/focusNew';
import { useAppStore } from '../../app/store';
import { useTradeExample } from '../../app/tradeExample';
import { BaselineFromData } from '../../components/BaselineFromData';
import { IsoDateField } from '../../components/IsoDateField';
import { ItemControls } from '../../components/ItemControls';
import { StepHeader } from '../../components/StepHeader';
import { SectionHeading } from '../../components/SectionHeading';

interface Starter {
  title: string;
  family: ObjectiveFamily;
  indicator: string;
  unit: string;
}

const newObjective = (starter?: Starter): Objective => ({
  id: newId(),
  title: starter?.title ?? '',
  family: starter?.family ?? 'other',
  indicator: starter?.indicator ?? '',
  baseline: '',
  target: '',
  unit: starter?.unit ?? '',
  deadline: '',
  notes: '',
});

type TextKey = 'title' | 'indicator' | 'baseline' | 'target' | 'unit';

/** `direction` is the one the figures use: the user's choice, else what the start, the target or the words say. */
function ObjectiveCard({
  objective,
  direction,
  index,
  count,
  autoFocus,
}: {
  objective: Objective;
  direction: KpiDirection;
  index: number;
  count: number;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  const update = (patch: Partial<Objective>) => saveItem('objectives', { ...objective, ...patch });
  const example = useTradeExample();
  const gaps = objectiveGaps(objective);
  const field = (key: TextKey, sx?: object, adornment?: ReactNode) => (
    <TextField
      autoFocus={autoFocus && key === 'title'}
      label={t(`objectives.fields.${key}`)}
      placeholder={key === 'title' || key === 'indicator' ? example(`objective.${key}`) : example.short(`objective.${key}`)}
      value={objective[key]}
      onChange={(event) => update({ [key]: event.target.value })}
      sx={sx}
      slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': `objective-${key}` }, input: adornment ? { endAdornment: adornment } : undefined }}
    />
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="objective">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1.5 }}>
        {field('title')}
        <TextField
          select
          label={t('objectives.fields.family')}
          value={objective.family}
          onChange={(event) => update({ family: event.target.value as ObjectiveFamily })}
          sx={{ minWidth: 200 }}
          helperText={t(`objectives.familyHelp.${objective.family}`)}
          slotProps={{ htmlInput: { 'data-testid': 'objective-family' } }}
        >
          {objectiveFamilies.map((family) => (
            <MenuItem key={family} value={family}>
              {t(`objectives.families.${family}`)}
            </MenuItem>
          ))}
        </TextField>
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('objectives.moveUp'), moveDown: t('objectives.moveDown'), remove: t('objectives.remove') }}
          onMove={(to) => moveItem('objectives', objective.id, to)}
          onRemove={() => deleteItem('objectives', objective.id)}
        />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 150px 1fr 1fr 1fr 170px', gap: 1.5 }}>
        {field('indicator')}
        <TextField
          select
          label={t('indicators.direction')}
          value={direction}
          onChange={(event) => update({ direction: event.target.value as KpiDirection })}
          slotProps={{ htmlInput: { 'data-testid': 'objective-direction' } }}
        >
          {kpiDirections.map((choice) => (
            <MenuItem
              key={choice}
              value={choice}
              // Choosing the direction already shown still records it: it then no longer follows the figures.
              onClick={!objective.direction && choice === direction ? () => update({ direction: choice }) : undefined}
            >
              {t(`indicators.directions.${choice}`)}
            </MenuItem>
          ))}
        </TextField>
        {field('baseline', undefined, <BaselineFromData testId="objective-baseline-from-data" onPick={(baseline) => update({ baseline })} />)}
        {field('target')}
        {field('unit')}
        <IsoDateField
          label={t('objectives.fields.deadline')}
          value={objective.deadline}
          onChange={(deadline) => update({ deadline })}
          testId="objective-deadline"
        />
      </Box>
      <TextField
        label={t('objectives.fields.notes')}
        placeholder={t('objectives.fields.notesPlaceholder')}
        value={objective.notes}
        multiline
        sx={{ mt: 1.5 }}
        onChange={(event) => update({ notes: event.target.value })}
        slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX } }}
      />
      <Box sx={{ mt: 1.5 }}>
        {gaps.length === 0 ? (
          <Chip color="success" size="small" label={t('objectives.measurable')} data-testid="objective-measurable" />
        ) : (
          <Alert severity="warning" data-testid="objective-not-measurable">
            <strong>{t('objectives.notMeasurableTitle')}</strong> — {gaps.map((gap) => t(`objectives.missingParts.${gap}`)).join(', ')}.{' '}
            {t('objectives.notMeasurableWhy')} <em>{t('objectives.notMeasurableExample')}</em>
          </Alert>
        )}
      </Box>
    </Paper>
  );
}

export function ObjectivesStep() {
  const { t } = useTranslation();
  const plan = useAppStore((state) => state.opened?.plan);
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  const example = useTradeExample();
  if (!plan) return null;
  const { objectives } = plan;
  // The user's trade's objective first (« Décrocher plus de mariages » for a florist), then the common ones.
  const tradeStarter = example.objectiveStarter();
  const common = (t('objectives.starters', { returnObjects: true }) as Starter[]).filter((starter) => starter.title !== tradeStarter.title);
  const starters = [tradeStarter, ...common].filter((starter) => !objectives.some((objective) => objective.title === starter.title));

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <StepHeader step="objectives" intro={t('objectives.intro')} inlineCodes={['objectiveNotMeasurable']} />
      {starters.length > 0 && (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="starters-title">
          <SectionHeading id="starters-title" title={t('objectives.startersTitle')} help={t('objectives.startersHelp')} level="h3" />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
            {starters.map((starter) => (
              <Chip
                key={starter.title}
                label={starter.title}
                variant="outlined"
                color={starter === tradeStarter ? 'primary' : 'default'}
                onClick={() => saveItem('objectives', newObjective(starter))}
                data-testid={starter === tradeStarter ? 'objective-trade-starter' : undefined}
              />
            ))}
          </Box>
        </Paper>
      )}
      {objectives.length === 0 && <Typography color="text.secondary">{t('objectives.empty')}</Typography>}
      {objectives.map((objective, index) => (
        <ObjectiveCard
          key={objective.id}
          objective={objective}
          direction={objectiveDirection(objective)}
          index={index}
          count={objectives.length}
          autoFocus={focus.shouldFocus(objective.id)}
        />
      ))}
      <Box>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => saveItem('objectives', focus.created(newObjective()))} data-testid="add-objective">
          {t('objectives.add')}
        </Button>
      </Box>
    </Stack>
  );
}

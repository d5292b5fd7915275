import { Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, priceLevels, SHORT_TEXT_MAX, type Competitor } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { useFocusOnAdd } from '../../app/focusNew';
import { useAppStore } from '../../app/store';
import { useTradeExample } from '../../app/tradeExample';
import { ItemControls } from '../../components/ItemControls';
import { SectionHeading } from '../../components/SectionHeading';

const emptyCompetitor = (): Competitor => ({
  id: newId(),
  name: '',
  positioning: '',
  addedValue: '',
  strengths: '',
  weaknesses: '',
  priceLevel: 'unknown',
  keepsPromise: 'unknown',
  notes: '',
});

type TextKey = 'positioning' | 'addedValue' | 'strengths' | 'weaknesses' | 'notes';

function CompetitorRow({ competitor, index, count, autoFocus }: { competitor: Competitor; index: number; count: number; autoFocus: boolean }) {
  const { t } = useTranslation();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  const example = useTradeExample();
  const update = (patch: Partial<Competitor>) => saveItem('competitors', { ...competitor, ...patch });
  const text = (key: TextKey) => (
    <TextField
      label={t(`diagnostic.competitor.${key}`)}
      placeholder={key === 'positioning' ? example('competitor.positioning') : t(`diagnostic.competitor.${key}Placeholder`)}
      value={competitor[key]}
      multiline
      onChange={(event) => update({ [key]: event.target.value })}
      slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': `competitor-${key}` } }}
    />
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="competitor">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1.5 }}>
        <TextField
          autoFocus={autoFocus}
          label={t('diagnostic.competitor.name')}
          placeholder={example('competitor.name')}
          value={competitor.name}
          onChange={(event) => update({ name: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'competitor-name' } }}
        />
        <TextField
          select
          label={t('diagnostic.competitor.priceLevel')}
          value={competitor.priceLevel}
          onChange={(event) => update({ priceLevel: event.target.value as Competitor['priceLevel'] })}
          sx={{ minWidth: 170 }}
          slotProps={{ htmlInput: { 'data-testid': 'competitor-price-level' } }}
        >
          {priceLevels.map((level) => (
            <MenuItem key={level} value={level}>
              {t(`diagnostic.competitor.priceLevels.${level}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('diagnostic.competitor.keepsPromise')}
          value={competitor.keepsPromise}
          onChange={(event) => update({ keepsPromise: event.target.value as Competitor['keepsPromise'] })}
          sx={{ minWidth: 210 }}
        >
          {(['yes', 'no', 'unknown'] as const).map((answer) => (
            <MenuItem key={answer} value={answer}>
              {t(`diagnostic.competitor.keepsPromiseOptions.${answer}`)}
            </MenuItem>
          ))}
        </TextField>
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('diagnostic.moveUp'), moveDown: t('diagnostic.moveDown'), remove: t('diagnostic.removeCompetitor') }}
          onMove={(to) => moveItem('competitors', competitor.id, to)}
          onRemove={() => deleteItem('competitors', competitor.id)}
        />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 1.5 }}>
        {text('positioning')}
        {text('addedValue')}
        {text('strengths')}
        {text('weaknesses')}
      </Box>
      <Box sx={{ mt: 1.5 }}>{text('notes')}</Box>
    </Paper>
  );
}

export function CompetitorsTable() {
  const { t } = useTranslation();
  const competitors = useAppStore((state) => state.opened?.plan.competitors);
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  const example = useTradeExample();
  if (!competitors) return null;
  return (
    <Box component="section" aria-labelledby="competitors-title">
      <SectionHeading id="competitors-title" title={t('diagnostic.competitorsTitle')} help={t('diagnostic.competitorsHelp')} />
      <Stack spacing={1.5}>
        {competitors.length === 0 && (
          <Box>
            <Typography color="text.secondary">{t('diagnostic.noCompetitor')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic', mt: 0.5 }} data-testid="competitor-example">
              {`${example('competitor.name')} — ${example.text('competitor.positioning')}`}
            </Typography>
          </Box>
        )}
        {competitors.map((competitor, index) => (
          <CompetitorRow
            key={competitor.id}
            competitor={competitor}
            index={index}
            count={competitors.length}
            autoFocus={focus.shouldFocus(competitor.id)}
          />
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} variant="outlined" sx={{ mt: 1.5 }} onClick={() => saveItem('competitors', focus.created(emptyCompetitor()))} data-testid="add-competitor">
        {t('diagnostic.addCompetitor')}
      </Button>
    </Box>
  );
}

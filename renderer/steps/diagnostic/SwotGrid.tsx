import { Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, swotQuadrants, type SwotItem } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { useFocusOnAdd } from '../../app/focusNew';
import { useAppStore } from '../../app/store';
import { useTradeExample } from '../../app/tradeExample';
import { ItemControls } from '../../components/ItemControls';
import { SectionHeading } from '../../components/SectionHeading';

type Quadrant = SwotItem['quadrant'];

/** Internal above, external below; positive left, negative right: the classic SWOT layout. */
const quadrantColors: Record<Quadrant, string> = {
  strength: '#2e7d32',
  weakness: '#c62828',
  opportunity: '#1565c0',
  threat: '#ef6c00',
};

function Quadrant({ quadrant }: { quadrant: Quadrant }) {
  const { t } = useTranslation();
  const swot = useAppStore((state) => state.opened?.plan.swot);
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  const focus = useFocusOnAdd();
  const example = useTradeExample();
  if (!swot) return null;
  const items = swot.filter((item) => item.quadrant === quadrant);
  // The user's trade first (a florist reads « Fête des mères »), then the examples that fit any business.
  const tradeExample = example.text(`swot.${quadrant}`);
  const generic = (t(`diagnostic.examples.${quadrant}`, { returnObjects: true }) as string[]).filter((text) => text !== tradeExample);
  const examples = [tradeExample, ...generic].filter((text) => !items.some((item) => item.text === text));
  const add = (text: string) => saveItem('swot', { id: newId(), quadrant, text });
  const addEmpty = () => saveItem('swot', focus.created({ id: newId(), quadrant, text: '' }));
  // Moving within the quadrant means moving among all SWOT items: find the neighbour's global index.
  const moveTo = (item: SwotItem, toLocal: number) => moveItem('swot', item.id, swot.indexOf(items[toLocal]));

  return (
    <Paper variant="outlined" sx={{ p: 2, borderTop: 6, borderTopColor: quadrantColors[quadrant] }} data-testid={`swot-${quadrant}`}>
      <Typography variant="h3">{t(`diagnostic.quadrants.${quadrant}.title`)}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t(`diagnostic.quadrants.${quadrant}.help`)}
      </Typography>
      <Stack spacing={1}>
        {items.map((item, index) => (
          <Stack key={item.id} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <TextField
              value={item.text}
              multiline
              autoFocus={focus.shouldFocus(item.id)}
              label={`${t('diagnostic.itemLabel')} ${index + 1}`}
              placeholder={example(`swot.${quadrant}`)}
              onChange={(event) => saveItem('swot', { ...item, text: event.target.value })}
              slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': `swot-${quadrant}-item` } }}
            />
            <ItemControls
              index={index}
              count={items.length}
              labels={{ moveUp: t('diagnostic.moveUp'), moveDown: t('diagnostic.moveDown'), remove: t('diagnostic.remove') }}
              onMove={(to) => moveTo(item, to)}
              onRemove={() => deleteItem('swot', item.id)}
            />
          </Stack>
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} onClick={addEmpty} sx={{ mt: 1 }} data-testid={`swot-${quadrant}-add`}>
        {t('diagnostic.addItem')}
      </Button>
      {examples.length > 0 && (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="caption" color="text.secondary">
            {t('diagnostic.examplesTitle')}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mt: 0.5 }}>
            {examples.map((text) => (
              <Chip
                key={text}
                label={text}
                size="small"
                variant="outlined"
                // The example of the user's trade stands out; a long example wraps instead of widening the grid.
                color={text === tradeExample ? 'primary' : 'default'}
                onClick={() => add(text)}
                sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
                data-testid={text === tradeExample ? `swot-${quadrant}-trade-example` : undefined}
              />
            ))}
          </Box>
        </Box>
      )}
    </Paper>
  );
}

export function SwotGrid() {
  const { t } = useTranslation();
  const axis = (label: string) => (
    <Typography variant="overline" color="text.secondary" sx={{ textAlign: 'center', display: 'block' }}>
      {label}
    </Typography>
  );
  return (
    <Box component="section" aria-labelledby="swot-title">
      <SectionHeading id="swot-title" title={t('diagnostic.swotTitle')} help={t('diagnostic.swotHelp')} />
      <Box sx={{ display: 'grid', gridTemplateColumns: '28px minmax(0, 1fr) minmax(0, 1fr)', gap: 1.5, alignItems: 'stretch' }}>
        <span />
        {axis(t('diagnostic.axisPositive'))}
        {axis(t('diagnostic.axisNegative'))}
        <Box sx={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}>{axis(t('diagnostic.axisInternal'))}</Box>
        <Quadrant quadrant={swotQuadrants[0]} />
        <Quadrant quadrant={swotQuadrants[1]} />
        <Box sx={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}>{axis(t('diagnostic.axisExternal'))}</Box>
        <Quadrant quadrant={swotQuadrants[2]} />
        <Quadrant quadrant={swotQuadrants[3]} />
      </Box>
    </Box>
  );
}

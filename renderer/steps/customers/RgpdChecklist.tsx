import { memo } from 'react';
import { Box, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { rgpdItemIds, rgpdItemOf, rgpdStates, type RgpdItemId, type RgpdState } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';

const stateColors: Record<RgpdState, 'success' | 'warning' | 'standard'> = { done: 'success', todo: 'warning', notApplicable: 'standard' };

/** One obligation: what it asks, where the owner stands (fait / à faire / sans objet), and a note. */
const ChecklistItem = memo(function ChecklistItem({ id }: { id: RgpdItemId }) {
  const { t } = useTranslation();
  const checklist = useAppStore((state) => state.opened?.plan.rgpd);
  const updateSection = useAppStore((state) => state.updateSection);
  if (!checklist) return null;
  const item = rgpdItemOf(checklist, id);
  const update = (patch: Partial<typeof item>) => updateSection('rgpd', { items: { ...checklist.items, [id]: { ...item, ...patch } } });
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={`rgpd-${id}`}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "flex-start" } }}>
        <Box sx={{ flex: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{t(`rgpd.items.${id}.title`)}</Typography>
          <Typography variant="body2" color="text.secondary">{t(`rgpd.items.${id}.explanation`)}</Typography>
        </Box>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={item.state}
          onChange={(_, state: RgpdState | null) => state && update({ state })}
          aria-label={t(`rgpd.items.${id}.title`)}
        >
          {rgpdStates.map((state) => (
            <ToggleButton key={state} value={state} color={stateColors[state]} data-testid={`rgpd-${id}-${state}`}>
              {t(`rgpd.states.${state}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <TextField
        size="small"
        fullWidth
        sx={{ mt: 1.5 }}
        label={t('rgpd.note')}
        value={item.note}
        onChange={(event) => update({ note: event.target.value.slice(0, 5000) })}
      />
    </Paper>
  );
});

export function RgpdChecklist() {
  const { t } = useTranslation();
  return (
    <Box>
      <SectionHeading id="rgpd" title={t('rgpd.title')} help={t('rgpd.intro')} />
      <Stack spacing={1.5}>
        {rgpdItemIds.map((id) => (
          <ChecklistItem key={id} id={id} />
        ))}
      </Stack>
    </Box>
  );
}

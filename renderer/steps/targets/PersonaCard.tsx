import { Box, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, type Persona } from '../../../shared/plan';
import { useAppStore } from '../../app/store';

const longFields = ['situation', 'needs', 'frustrations', 'habits', 'quote'] as const;

export function PersonaCard({ persona, segmentName, autoFocus }: { persona: Persona; segmentName: string | null; autoFocus: boolean }) {
  const { t } = useTranslation();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const update = (patch: Partial<Persona>) => saveItem('personas', { ...persona, ...patch });

  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: '#fffaf3' }} data-testid="persona">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h3">
          {segmentName !== null ? t('targets.personaFor', { segment: segmentName || '…' }) : t('targets.personaNoSegment')}
        </Typography>
        <Tooltip title={t('targets.removePersona')}>
          <IconButton aria-label={t('targets.removePersona')} onClick={() => deleteItem('personas', persona.id)}>
            <DeleteOutlinedIcon />
          </IconButton>
        </Tooltip>
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 1.5, mb: 1.5 }}>
        <TextField
          autoFocus={autoFocus}
          label={t('targets.persona.name')}
          placeholder={t('targets.persona.namePlaceholder')}
          value={persona.name}
          onChange={(event) => update({ name: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'persona-name' } }}
        />
        <TextField
          label={t('targets.persona.age')}
          placeholder={t('targets.persona.agePlaceholder')}
          value={persona.age}
          onChange={(event) => update({ age: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'persona-age' } }}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        {longFields.map((key) => (
          <TextField
            key={key}
            label={t(`targets.persona.${key}`)}
            placeholder={t(`targets.persona.${key}Placeholder`)}
            value={persona[key]}
            multiline
            minRows={2}
            onChange={(event) => update({ [key]: event.target.value })}
            slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': `persona-${key}` } }}
          />
        ))}
      </Box>
    </Paper>
  );
}

import { Alert, AlertTitle, Checkbox, FormControlLabel, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/steps';
import { useAppStore } from './store';

/**
 * A template's guidance on each step. In the template, the trainer writes the instruction and says
 * whether participants fill the step themselves; in a plan made from it, the instruction is shown.
 */
export function StepGuidance({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const meta = useAppStore((state) => state.opened?.plan.meta);
  const updateMeta = useAppStore((state) => state.updateMeta);
  if (!meta) return null;
  const note = meta.stepNotes[step] ?? '';

  if (!meta.isTemplate) {
    if (!note.trim()) return null;
    return (
      <Alert severity="info" icon={false} sx={{ mb: 3, whiteSpace: 'pre-wrap' }} data-testid="step-note">
        <AlertTitle>{t('templates.noteFromTrainer')}</AlertTitle>
        {note}
      </Alert>
    );
  }
  const toFill = meta.stepsToFill.includes(step);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3, borderColor: 'secondary.main', bgcolor: 'action.hover' }} data-testid="template-guidance">
      <Stack spacing={1.5}>
        <Typography variant="body2">{t('templates.banner')}</Typography>
        <TextField
          label={t('templates.noteLabel')}
          placeholder={t('templates.notePlaceholder')}
          value={note}
          multiline
          minRows={2}
          onChange={(event) => updateMeta({ stepNotes: { ...meta.stepNotes, [step]: event.target.value } })}
          slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'template-note' } }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={toFill}
              data-testid="template-to-fill"
              onChange={(event) =>
                updateMeta({
                  stepsToFill: event.target.checked ? [...meta.stepsToFill, step] : meta.stepsToFill.filter((id) => id !== step),
                })
              }
            />
          }
          label={t('templates.toFill')}
        />
      </Stack>
    </Paper>
  );
}

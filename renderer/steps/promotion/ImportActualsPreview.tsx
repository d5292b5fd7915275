import { Alert, Box, Checkbox, FormControlLabel, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ActualsImport } from '../../../shared/importActions';
import { formatEuros } from '../../../shared/money';

/** What the workbook's « Pilotage » sheet would change in the actual spend, month by month, with the switch to take it. */
export function ImportActualsPreview({ actuals, take, onTake }: { actuals: ActualsImport; take: boolean; onTake: (take: boolean) => void }) {
  const { t } = useTranslation();
  const monthNames = t('months.long', { returnObjects: true }) as unknown as string[];
  const amount = (cents: number | null) => (cents === null ? t('importActions.actualsNothingBefore') : formatEuros(cents));
  const { changes, skipped } = actuals;
  return (
    <Box sx={{ mt: 2 }} data-testid="import-actuals">
      <Typography variant="h3">{t('importActions.actualsTitle', { sheet: actuals.sheetName })}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('importActions.actualsIntro')}
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2" sx={{ mt: 1 }}>{t('importActions.actualsNone')}</Typography>
      ) : (
        <>
          <FormControlLabel
            sx={{ mt: 1 }}
            control={<Checkbox checked={take} onChange={(event) => onTake(event.target.checked)} data-testid="import-take-actuals" />}
            label={t('importActions.actualsChanges', { count: changes.length })}
          />
          <List dense sx={{ maxHeight: 220, overflowY: 'auto' }} data-testid="import-actuals-changes">
            {changes.map((change) => (
              <ListItem key={change.actionId} disableGutters>
                <ListItemText
                  primary={change.title}
                  secondary={change.changedMonths
                    .map((month) => t('importActions.actualsMonth', { month: monthNames[month - 1], before: amount(change.before[month - 1]), after: amount(change.after[month - 1]) }))
                    .join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {skipped.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="import-actuals-skipped">
          <Typography variant="subtitle2">{t('importActions.actualsSkippedTitle', { count: skipped.length })}</Typography>
          {skipped.map(({ row, title, code, params }) => (
            <Typography key={row} variant="body2">
              {t('importActions.rowLabel', { row })} : {t(`importActions.actualsSkipped.${code}`, { title, ...params, month: params?.month ? monthNames[Number(params.month) - 1] : '' })}
            </Typography>
          ))}
        </Alert>
      )}
    </Box>
  );
}

import { useEffect, useRef } from 'react';
import { Box, Button, Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import { formatLongDate, localIsoDay } from '../../../shared/dates';
import { isLanguage } from '../../../shared/i18n';
import { useAppStore } from '../../app/store';

/** Only plan files: a dropped spreadsheet or image is not offered to the plans folder. */
export const planFilesOf = (files: FileList | null): File[] => [...(files ?? [])].filter((file) => file.name.toLowerCase().endsWith('.capm'));

/**
 * Browser mode's plans folder: every plan in it (a workshop's twelve files, the templates), opened in
 * one click; more are added with a file input or by dropping them on the window.
 */
export function FolderPlans() {
  const { t, i18n } = useTranslation();
  const plans = useAppStore((state) => state.folderPlans);
  const list = useAppStore((state) => state.listFolderPlans);
  const addPlanFiles = useAppStore((state) => state.addPlanFiles);
  const openPlan = useAppStore((state) => state.openPlan);
  const input = useRef<HTMLInputElement>(null);
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';

  useEffect(() => {
    void list();
  }, [list]);

  return (
    <Card variant="outlined" component="section" aria-labelledby="folder-plans-title" sx={{ mt: 4 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h2" id="folder-plans-title">
            {t('folderPlans.title')}
          </Typography>
          <Button startIcon={<UploadFileOutlined />} variant="outlined" onClick={() => input.current?.click()} data-testid="add-plan-files">
            {t('folderPlans.add')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".capm"
            multiple
            hidden
            data-testid="plan-file-input"
            onChange={(event) => {
              void addPlanFiles(planFilesOf(event.target.files));
              event.target.value = '';
            }}
          />
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('folderPlans.help')}
        </Typography>
        {plans !== null && plans.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('folderPlans.empty')}
          </Typography>
        )}
        {plans !== null && plans.length > 0 && (
          <List dense data-testid="folder-plans">
            {plans.map((plan) => (
              <ListItemButton key={plan.path} onClick={() => void openPlan(plan.path)} data-testid="folder-plan">
                <ListItemText
                  primary={
                    <>
                      {plan.title}
                      {plan.isTemplate && <Chip size="small" label={t('templates.isTemplate')} color="secondary" sx={{ ml: 1 }} />}
                    </>
                  }
                  secondary={t('folderPlans.line', {
                    year: plan.year,
                    date: formatLongDate(localIsoDay(new Date(plan.modifiedAt)), language),
                    done: plan.stepsDone,
                    total: plan.stepsTotal,
                  })}
                />
              </ListItemButton>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

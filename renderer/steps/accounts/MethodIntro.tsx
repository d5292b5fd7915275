import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

const ideas = ['list', 'committee', 'pipeline'] as const;

/** Account-based marketing for an owner who is not a marketer: three ideas and one worked example. */
export function MethodIntro() {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="accounts-method-title" sx={{ p: 2, bgcolor: 'action.hover' }} data-testid="accounts-method">
      <Typography variant="h3" component="h2" id="accounts-method-title" sx={{ mb: 1.5 }}>
        {t('accounts.method.title')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: 2 }}>
        {ideas.map((idea, index) => (
          <Box key={idea}>
            <Typography variant="subtitle2" component="h3">
              {index + 1}. {t(`accounts.method.${idea}Title`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t(`accounts.method.${idea}`)}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1.5, pl: 1.5, borderLeft: 3, borderColor: 'secondary.main' }} data-testid="accounts-example">
        {t('accounts.method.example')}
      </Typography>
    </Paper>
  );
}

import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/i18n';
import { useAppStore } from './store';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <TextField
      select
      label={t('app.language')}
      value={i18n.language}
      onChange={(event) => void setLanguage(event.target.value as Language)}
      sx={{ width: 140 }}
      slotProps={{ htmlInput: { 'data-testid': 'language' } }}
    >
      {languages.map((language) => (
        <MenuItem key={language} value={language}>
          {t(`app.languages.${language}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

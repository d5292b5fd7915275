import type { ReactNode } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { enUS as enText, frFR as frText } from '@mui/x-date-pickers/locales';
// The two locales on their own: date-fns/locale makes the type checker read all 96.
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { useTranslation } from 'react-i18next';

/** Date fields and their calendar follow the interface's language, not the browser's locale. */
export function DateLocalization({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={english ? enGB : fr}
      localeText={(english ? enText : frText).components.MuiLocalizationProvider.defaultProps.localeText}
    >
      {children}
    </LocalizationProvider>
  );
}

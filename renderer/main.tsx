import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import './app/i18n';
import { theme } from './app/theme';
import { App } from './app/App';
import { DateLocalization } from './app/DateLocalization';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <DateLocalization>
        <App />
      </DateLocalization>
    </ThemeProvider>
  </StrictMode>,
);

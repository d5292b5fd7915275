import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, GlobalStyles, ThemeProvider } from '@mui/material';
import './app/i18n';
import { theme } from './app/theme';
import { App } from './app/App';
import { DateLocalization } from './app/DateLocalization';

/**
 * On paper (« Imprimer » on the summary and the calendar): A4 landscape, only the step itself, every
 * row, no scrolling frames, no buttons.
 */
const printRules = {
  '@media print': {
    '@page': { size: 'A4 landscape', margin: '10mm' },
    'header, nav, [data-print="hide"], .MuiSnackbar-root, [data-testid="scroll-cue"]': { display: 'none !important' },
    '#root > div, main, [role="region"]': { height: 'auto !important', overflow: 'visible !important' },
    'main ~ *, [data-testid="step-panel"]': { display: 'none !important' },
    body: { background: '#fff' },
    // The calendar's coloured months and the category marks are the point: print them.
    '*': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
    // On paper the table is whole: no column sticks over another.
    'th, td': { position: 'static !important' },
    'tr, [data-testid="calendar-line"]': { breakInside: 'avoid' },
  },
} as const;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalStyles styles={printRules} />
      <DateLocalization>
        <App />
      </DateLocalization>
    </ThemeProvider>
  </StrictMode>,
);

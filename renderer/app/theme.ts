import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  palette: {
    primary: { main: '#1f4e79' },
    secondary: { main: '#d9822b' },
    // Darker than MUI's orange so that white text on it (« En cours », « En retard ») reads at 4.5:1.
    warning: { main: '#bd5601', contrastText: '#fff' },
    error: { main: '#c62828' },
    background: { default: '#f6f7fb' },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.8rem', fontWeight: 600 },
    h2: { fontSize: '1.35rem', fontWeight: 600 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
  },
  components: {
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
  },
});

import { useId, useState, type ReactNode } from 'react';
import { Box, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  columns: string[];
  rows: { label: string; values: string[] }[];
}

/**
 * A chart with its title, and the table it is drawn from one click away: a screen reader, a
 * projector or a user who wants the exact figure reads the table, with the same formatted values.
 */
export function ChartWithTable({ title, table, children, testId }: { title: string; table: ChartTable; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <Paper variant="outlined" sx={{ p: 2, flex: 1, minWidth: 0 }} data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h3" id={titleId}>
          {title}
        </Typography>
        <Button size="small" onClick={() => setShowTable(!showTable)} aria-pressed={showTable}>
          {showTable ? t('charts.showChart') : t('charts.showTable')}
        </Button>
      </Stack>
      {showTable ? (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell />
              {table.columns.map((column) => (
                <TableCell key={column} align="right">
                  {column}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row) => (
              <TableRow key={row.label}>
                <TableCell component="th" scope="row">
                  {row.label}
                </TableCell>
                {row.values.map((value, index) => (
                  <TableCell key={`${row.label}-${index}`} align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {value}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Box role="img" aria-labelledby={titleId}>
          {children}
        </Box>
      )}
    </Paper>
  );
}

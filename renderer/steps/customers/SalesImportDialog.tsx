import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  InputLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Select,
  Stack,
  Switch,
  TextField,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SalesChoices, SalesPreview } from '../../../shared/contract';
import { formatCount } from '../../../shared/money';
import { customerSegmentIds, salesColumnRoles, type CustomerSegmentId, type SalesColumnRole, type SegmentThresholds } from '../../../shared/plan';
import { IsoDateField } from '../../components/IsoDateField';
import { ScrollingTable } from '../../components/ScrollingTable';
import { analyseSales, applySales } from './salesCalls';
import { FiguresGrid } from './CustomerFigures';

const NOT_USED = -1;

const thresholdFields: { key: keyof SegmentThresholds; segment: CustomerSegmentId; max: number }[] = [
  { key: 'newWithinDays', segment: 'new', max: 3650 },
  { key: 'loyalPurchases', segment: 'loyal', max: 1000 },
  { key: 'reactivateFromDays', segment: 'toReactivate', max: 3650 },
  { key: 'lostAfterDays', segment: 'lost', max: 3650 },
];

/** A whole number of days or purchases; what is not one (or out of range) stays on screen, unsent. */
function ThresholdField({ label, help, value, max, onValue, testId }: { label: string; help: string; value: number; max: number; onValue(value: number): void; testId: string }) {
  const [text, setText] = useState(String(value));
  const parsed = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : NaN;
  const valid = Number.isInteger(parsed) && parsed >= 1 && parsed <= max;
  return (
    <TextField
      size="small"
      label={label}
      value={text}
      error={!valid}
      helperText={help}
      onChange={(event) => {
        setText(event.target.value);
        const next = Number(event.target.value);
        if (/^\s*\d{1,4}\s*$/.test(event.target.value) && next >= 1 && next <= max) onValue(next);
      }}
      slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': testId } }}
      sx={{ flex: 1 }}
    />
  );
}
/** The owner's changes are sent once typing pauses: each analysis reads the whole file again. */
const ANALYSE_AFTER_MS = 300;

interface Props {
  initial: SalesPreview;
  initialChoices: SalesChoices;
  onClose(): void;
}

/**
 * How the sales export is read, before anything is stored: which column is which (as the headers
 * suggested, changeable), HT or TTC, the as-of date, the probable duplicates to merge or keep apart,
 * the lines set aside; and the figures this gives, recomputed at each change.
 */
export function SalesImportDialog({ initial, initialChoices, onClose }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(initial);
  const [choices, setChoices] = useState(initialChoices);
  const [saving, setSaving] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (choices === initialChoices) return;
    const request = (latest.current += 1);
    const timer = setTimeout(() => {
      void analyseSales(choices).then((next) => {
        if (next && request === latest.current) setPreview(next);
      });
    }, ANALYSE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [choices, initialChoices]);

  const change = (patch: Partial<SalesChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const setRole = (role: SalesColumnRole, column: number) => {
    const mapping = { ...choices.mapping };
    if (column === NOT_USED) delete mapping[role];
    else mapping[role] = column;
    change({ mapping, merge: [] });
  };
  const merged = (id: string) => choices.merge === 'all' || choices.merge.includes(id);
  const toggleMerge = (id: string, on: boolean) => {
    const all = preview.analysis?.probableDuplicates.map((pair) => pair.id) ?? [];
    const current = choices.merge === 'all' ? all : choices.merge;
    change({ merge: on ? [...current, id] : current.filter((other) => other !== id) });
  };
  const ready = preview.analysis !== null && choices.amounts !== null;
  const save = async () => {
    setSaving(true);
    const stored = await applySales(choices);
    setSaving(false);
    if (stored) onClose();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="sales-import-title">
      <DialogTitle id="sales-import-title">{t('customers.import.title', { fileName: preview.fileName })}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={3}>
          <Alert severity="info" data-testid="sales-privacy">{t('customers.privacy')}</Alert>
          <Typography>{t('customers.import.rows', { count: preview.rows })}</Typography>

          <Box>
            <Typography variant="h3" gutterBottom>{t('customers.import.columnsTitle')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{t('customers.import.columnsHelp')}</Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>
              {salesColumnRoles.map((role) => (
                <FormControl key={role} size="small">
                  <InputLabel id={`role-${role}`}>{t(`customers.roles.${role}`)}</InputLabel>
                  <Select
                    labelId={`role-${role}`}
                    label={t(`customers.roles.${role}`)}
                    value={choices.mapping[role] ?? NOT_USED}
                    onChange={(event) => setRole(role, Number(event.target.value))}
                    data-testid={`sales-role-${role}`}
                  >
                    <MenuItem value={NOT_USED}>{t('customers.import.notUsed')}</MenuItem>
                    {preview.headers.map((header, index) => (
                      <MenuItem key={`${index}-${header}`} value={index}>
                        {header || t('customers.import.columnNumber', { number: index + 1 })}
                      </MenuItem>
                    ))}
                  </Select>
                </FormControl>
              ))}
            </Box>
          </Box>

          <ScrollingTable label={t('customers.import.sampleTitle')}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  {preview.headers.map((header, index) => (
                    <TableCell key={`${index}-${header}`}>{header}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.sampleRows.map((row, index) => (
                  <TableRow key={index}>
                    {row.map((cell, column) => (
                      <TableCell key={column}>{cell}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollingTable>

          <Stack direction={{ xs: "column", md: "row" }} spacing={4} sx={{ alignItems: "flex-start" }}>
            <FormControl>
              <Typography variant="h3" gutterBottom>{t('customers.import.amountsTitle')}</Typography>
              <RadioGroup row value={choices.amounts ?? ''} onChange={(event) => change({ amounts: event.target.value as 'ht' | 'ttc' })}>
                <FormControlLabel value="ht" control={<Radio />} label={t('customers.import.ht')} data-testid="sales-amounts-ht" />
                <FormControlLabel value="ttc" control={<Radio />} label={t('customers.import.ttc')} data-testid="sales-amounts-ttc" />
              </RadioGroup>
              {preview.detected.amounts === null && <Typography variant="body2" color="text.secondary">{t('customers.import.amountsHelp')}</Typography>}
            </FormControl>
            <Box>
              <Typography variant="h3" gutterBottom>{t('customers.import.asOfTitle')}</Typography>
              <IsoDateField label={t('customers.import.asOf')} value={choices.asOf ?? ''} onChange={(value) => change({ asOf: value || null, merge: [] })} testId="sales-as-of" />
              <Typography variant="body2" color="text.secondary">{t('customers.import.asOfHelp')}</Typography>
            </Box>
          </Stack>

          <Box>
            <Typography variant="h3" gutterBottom>{t('customers.import.thresholdsTitle')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{t('customers.import.thresholdsHelp')}</Typography>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              {thresholdFields.map(({ key, segment, max }) => (
                <ThresholdField key={key} label={t(`customers.segments.${segment}`)} help={t(`customers.import.thresholds.${key}`)} value={choices.thresholds[key]} max={max} onValue={(value) => change({ thresholds: { ...choices.thresholds, [key]: value } })} testId={`sales-threshold-${key}`} />
              ))}
            </Stack>
          </Box>

          {preview.problems.filter((problem) => problem !== 'amountsUnknown').map((problem) => (
            <Alert key={problem} severity="warning">{t(`customers.problems.${problem}`)}</Alert>
          ))}
          {preview.noValidLine && <Alert severity="warning">{t('errors.salesNoValidLine')}</Alert>}

          {preview.analysis && preview.analysis.probableDuplicates.length > 0 && (
            <Box data-testid="sales-duplicates">
              <Typography variant="h3" gutterBottom>{t('customers.duplicates.title', { count: preview.analysis.probableDuplicates.length })}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('customers.duplicates.help')}</Typography>
              <Stack spacing={1}>
                {preview.analysis.probableDuplicates.slice(0, 50).map((pair) => (
                  <Stack key={pair.id} direction="row" spacing={2} sx={{ alignItems: "center" }} data-testid={`sales-duplicate-${pair.id}`}>
                    <Typography sx={{ flex: 1 }}>
                      {t('customers.duplicates.pair', {
                        a: [pair.a.name, pair.a.postcode].filter(Boolean).join(', '),
                        b: [pair.b.name, pair.b.postcode].filter(Boolean).join(', '),
                        shared: t(`customers.duplicates.shared.${pair.shared}`),
                      })}
                    </Typography>
                    <FormControlLabel
                      control={<Switch checked={merged(pair.id)} onChange={(event) => toggleMerge(pair.id, event.target.checked)} />}
                      label={merged(pair.id) ? t('customers.duplicates.same') : t('customers.duplicates.apart')}
                      data-testid={`sales-merge-${pair.id}`}
                    />
                  </Stack>
                ))}
              </Stack>
            </Box>
          )}

          {preview.analysis && preview.analysis.badRows.length > 0 && (
            <Alert severity="warning" data-testid="sales-bad-rows">
              {t('customers.badRows.title', { count: preview.analysis.figures.badRows })}{' '}
              {preview.analysis.badRows.slice(0, 10).map((bad) => t('customers.badRows.line', { row: bad.row, reason: t(`customers.badRows.reasons.${bad.reason}`) })).join(' ; ')}
            </Alert>
          )}

          {preview.analysis && <FiguresGrid figures={preview.analysis.figures} amounts={choices.amounts} />}
          {preview.analysis && (
            <Typography data-testid="sales-preview-segments">
              {customerSegmentIds.map((id) => t('customers.import.segmentCount', { segment: t(`customers.segments.${id}`), count: formatCount(preview.analysis?.figures.segments[id] ?? 0) })).join(' · ')}
            </Typography>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('customers.import.cancel')}</Button>
        <Button variant="contained" disabled={!ready || saving} onClick={() => void save()} data-testid="sales-apply">
          {t('customers.import.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

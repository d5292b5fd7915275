import { memo, useState, type ClipboardEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { readPastedBlock, type PastedCell } from '../../../shared/compute/pastedBlock';
import { centsToInputText, formatEuros, numberStyleOf, parseEurosToCents } from '../../../shared/money';
import type { Action } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { ScrollingTable, stickyFirst } from '../../components/ScrollingTable';

interface Change {
  action: Action;
  month: number;
  before: number | null;
  after: number;
}

/** One month's actual spend of one action, typed the French way; empty means not recorded yet. */
function ActualCell({ action, month, onPaste }: { action: Action; month: number; onPaste(event: ClipboardEvent, month: number): void }) {
  const { t, i18n } = useTranslation();
  const saveItem = useAppStore((state) => state.saveItem);
  const stored = action.actualSpendCents[month];
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? centsToInputText(stored, numberStyleOf(i18n.language));
  const commit = () => {
    if (text === null) return;
    const cents = text.trim() === '' ? null : parseEurosToCents(text);
    if (cents === null && text.trim() !== '') return;
    setText(null);
    if (cents !== stored) saveItem('actions', { ...action, actualSpendCents: action.actualSpendCents.map((value, index) => (index === month ? cents : value)) });
  };
  const invalid = text !== null && text.trim() !== '' && parseEurosToCents(text) === null;
  return (
    <input
      value={shown}
      aria-label={t('pilotage.actualCell', { title: action.title, month: t(`months.long.${month}`) })}
      aria-invalid={invalid}
      inputMode="decimal"
      data-testid={`actual-${action.id}-${month + 1}`}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
      onPaste={(event) => onPaste(event, month)}
      style={{ width: 84, textAlign: 'right', font: 'inherit', padding: '4px 6px', border: `1px solid ${invalid ? '#c62828' : '#c4c4c4'}`, borderRadius: 4 }}
    />
  );
}

const ActualsRow = memo(function ActualsRow({ action, onPaste }: { action: Action; onPaste(event: ClipboardEvent, action: Action, month: number): void }) {
  return (
    <TableRow>
      <TableCell sx={{ ...stickyFirst, borderLeft: `4px solid ${categoryColors[action.category]}`, minWidth: 200, maxWidth: 260 }}>
        <Typography variant="body2" noWrap title={action.title}>
          {action.title || '…'}
        </Typography>
      </TableCell>
      {Array.from({ length: 12 }, (_, month) => (
        <TableCell key={month} sx={{ px: 0.5 }}>
          <ActualCell action={action} month={month} onPaste={(event, at) => onPaste(event, action, at)} />
        </TableCell>
      ))}
    </TableRow>
  );
});

/**
 * Actual spend per action and month. A block copied from Excel or LibreOffice can be pasted into any
 * cell: it fills the grid from there, rightwards and downwards, after a preview of what will change.
 */
export function ActualsGrid() {
  const { t } = useTranslation();
  const actions = useAppStore((state) => state.opened?.plan.actions);
  const saveItem = useAppStore((state) => state.saveItem);
  const [preview, setPreview] = useState<{ changes: Change[]; refused: PastedCell[] } | null>(null);
  if (!actions) return null;
  const months = t('months.short', { returnObjects: true }) as unknown as string[];

  const paste = (event: ClipboardEvent, action: Action, month: number) => {
    const text = event.clipboardData.getData('text/plain');
    // A single value is typed into the cell as usual; a block goes through the preview.
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const cells = readPastedBlock(text, actions.indexOf(action), month, actions.length, 12);
    const changes = cells.flatMap((cell) => {
      if (!cell.valid || cell.cents === null) return [];
      const target = actions[cell.row];
      const before = target.actualSpendCents[cell.column];
      return before === cell.cents ? [] : [{ action: target, month: cell.column, before, after: cell.cents }];
    });
    setPreview({ changes, refused: cells.filter((cell) => !cell.valid) });
  };
  const confirm = () => {
    if (!preview) return;
    const byAction = new Map<string, Change[]>();
    for (const change of preview.changes) byAction.set(change.action.id, [...(byAction.get(change.action.id) ?? []), change]);
    for (const [id, changes] of byAction) {
      const current = actions.find((action) => action.id === id);
      if (!current) continue;
      const spend = [...current.actualSpendCents];
      for (const change of changes) spend[change.month] = change.after;
      saveItem('actions', { ...current, actualSpendCents: spend });
    }
    setPreview(null);
  };

  return (
    <>
      <ScrollingTable label={t('pilotage.actualsTitle')} testId="actuals-grid">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={stickyFirst}>{t('pilotage.action')}</TableCell>
              {months.map((month) => (
                <TableCell key={month} align="right">
                  {month}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {actions.map((action) => (
              <ActualsRow key={action.id} action={action} onPaste={paste} />
            ))}
          </TableBody>
        </Table>
      </ScrollingTable>
      {preview && (
        <Dialog open onClose={() => setPreview(null)} aria-labelledby="paste-preview-title" maxWidth="md" fullWidth>
          <DialogTitle id="paste-preview-title">{t('pilotage.paste.title', { count: preview.changes.length })}</DialogTitle>
          <DialogContent dividers data-testid="paste-preview">
            {preview.refused.length > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t('pilotage.paste.refused', { values: preview.refused.map((cell) => `« ${cell.text} »`).join(', ') })}
              </Alert>
            )}
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('pilotage.action')}</TableCell>
                  <TableCell>{t('pilotage.paste.month')}</TableCell>
                  <TableCell align="right">{t('pilotage.paste.before')}</TableCell>
                  <TableCell align="right">{t('pilotage.paste.after')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.changes.map((change) => (
                  <TableRow key={`${change.action.id}-${change.month}`}>
                    <TableCell>{change.action.title}</TableCell>
                    <TableCell>{t(`months.long.${change.month}`)}</TableCell>
                    <TableCell align="right">{change.before === null ? '—' : formatEuros(change.before)}</TableCell>
                    <TableCell align="right">{formatEuros(change.after)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setPreview(null)}>{t('pilotage.paste.cancel')}</Button>
            <Button variant="contained" onClick={confirm} disabled={preview.changes.length === 0} data-testid="paste-confirm">
              {t('pilotage.paste.confirm')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

import { memo, useMemo } from 'react';
import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX, type Kpi } from '../../../shared/plan';
import { RemoveButton } from '../../components/RemoveButton';
import { newId } from '../../app/ids';
import { catalogueKpis } from './catalogue';

const FREE = '__free__';

export const newKpi = (name = '', unit = '', catalogueKey: string | null = null): Kpi => ({
  id: newId(),
  name,
  unit,
  target: '',
  actualByMonth: Array.from({ length: 12 }, () => null),
  catalogueKey,
});

/** KPIs of one action: chosen from the catalogue (name and unit filled in) or written freely. */
export const KpisEditor = memo(function KpisEditor({ kpis, onChange }: { kpis: Kpi[]; onChange(kpis: Kpi[]): void }) {
  const { t } = useTranslation();
  const catalogue = useMemo(() => catalogueKpis(t), [t]);
  const set = (id: string, patch: Partial<Kpi>) => onChange(kpis.map((kpi) => (kpi.id === id ? { ...kpi, ...patch } : kpi)));
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('promotion.kpis.title')}
      </Typography>
      <Stack spacing={1.5}>
        {kpis.map((kpi) => (
          <Stack key={kpi.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="kpi">
            <TextField
              select
              label={t('promotion.kpis.choose')}
              value={kpi.catalogueKey ?? FREE}
              onChange={(event) => {
                const key = event.target.value;
                if (key === FREE) set(kpi.id, { catalogueKey: null });
                else set(kpi.id, { catalogueKey: key, name: catalogue[key].name, unit: catalogue[key].unit });
              }}
              sx={{ width: 260 }}
              slotProps={{ htmlInput: { 'data-testid': 'kpi-catalogue' } }}
            >
              <MenuItem value={FREE}>{t('promotion.kpis.free')}</MenuItem>
              {Object.entries(catalogue).map(([key, entry]) => (
                <MenuItem key={key} value={key} title={entry.help}>
                  {entry.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('promotion.kpis.name')}
              value={kpi.name}
              onChange={(event) => set(kpi.id, { name: event.target.value })}
              slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'kpi-name' } }}
            />
            <TextField
              label={t('promotion.kpis.target')}
              placeholder={t('promotion.kpis.targetPlaceholder')}
              value={kpi.target}
              onChange={(event) => set(kpi.id, { target: event.target.value })}
              sx={{ width: 140 }}
              slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'kpi-target' } }}
            />
            <TextField
              label={t('promotion.kpis.unit')}
              value={kpi.unit}
              onChange={(event) => set(kpi.id, { unit: event.target.value })}
              sx={{ width: 140 }}
              slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX } }}
            />
            <RemoveButton label={t('promotion.kpis.remove')} onClick={() => onChange(kpis.filter((other) => other.id !== kpi.id))} />
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => onChange([...kpis, newKpi()])} data-testid="add-kpi">
        {t('promotion.kpis.add')}
      </Button>
    </Box>
  );
});

import { Alert, Box, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CoachWarning } from '../../../shared/coach/types';
import { wordWarning } from '../../../shared/coach/wording';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, segmentRoles, type CompanyProfile, type Segment } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { useTradeExample } from '../../app/tradeExample';
import { ItemControls } from '../../components/ItemControls';
import { criteriaGroups } from './criteria';

interface SegmentCardProps {
  segment: Segment;
  index: number;
  count: number;
  customerKind: CompanyProfile['customerKind'];
  warnings: CoachWarning[];
  autoFocus: boolean;
}

export function SegmentCard({ segment, index, count, customerKind, warnings, autoFocus }: SegmentCardProps) {
  const { t } = useTranslation();
  const example = useTradeExample();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  const update = (patch: Partial<Segment>) => saveItem('segments', { ...segment, ...patch });
  const setCriterion = (key: string, value: string) => update({ criteria: { ...segment.criteria, [key]: value } });
  const isCore = segment.role === 'core';

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, borderLeft: 6, borderLeftColor: isCore ? 'secondary.main' : 'divider' }}
      data-testid="segment"
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1.5 }}>
        <TextField
          autoFocus={autoFocus}
          label={t('targets.segment.name')}
          placeholder={example('segmentName')}
          value={segment.name}
          onChange={(event) => update({ name: event.target.value })}
          // The label sits above, so the example shows before the field has the focus.
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'segment-name' } }}
        />
        <TextField
          select
          label={t('targets.segment.role')}
          value={segment.role}
          onChange={(event) => update({ role: event.target.value as Segment['role'] })}
          sx={{ minWidth: 220 }}
          slotProps={{ htmlInput: { 'data-testid': 'segment-role' } }}
        >
          {segmentRoles.map((role) => (
            <MenuItem key={role} value={role} data-testid={`segment-role-${role}`}>
              {t(`targets.segment.roles.${role}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('targets.segment.priority')}
          value={segment.priority}
          onChange={(event) => update({ priority: Number(event.target.value) })}
          sx={{ minWidth: 110 }}
          title={t('targets.segment.priorityHelp')}
        >
          {[1, 2, 3, 4, 5].map((priority) => (
            <MenuItem key={priority} value={priority}>
              {priority}
            </MenuItem>
          ))}
        </TextField>
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('objectives.moveUp'), moveDown: t('objectives.moveDown'), remove: t('targets.removeSegment') }}
          onMove={(to) => moveItem('segments', segment.id, to)}
          onRemove={() => deleteItem('segments', segment.id)}
        />
      </Stack>
      {criteriaGroups(customerKind).map(({ group, keys }) => (
        <Box key={group} sx={{ mb: 1.5 }}>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {t(group === 'b2c' ? 'targets.criteriaTitleB2c' : 'targets.criteriaTitleB2b')}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1.5 }}>
            {keys.map((key) => (
              <TextField
                key={key}
                label={t(`targets.criteria.${group}.${key}.label`)}
                placeholder={t(`targets.criteria.${group}.${key}.placeholder`)}
                value={segment.criteria[key] ?? ''}
                onChange={(event) => setCriterion(key, event.target.value)}
                slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': `criterion-${key}` } }}
              />
            ))}
          </Box>
        </Box>
      ))}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 1.5 }}>
        <TextField
          label={t('targets.segment.estimatedSize')}
          placeholder={t('targets.segment.estimatedSizePlaceholder')}
          value={segment.estimatedSize}
          onChange={(event) => update({ estimatedSize: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'segment-size' } }}
        />
        <TextField
          label={t('targets.segment.description')}
          placeholder={t('targets.segment.descriptionPlaceholder')}
          value={segment.description}
          multiline
          onChange={(event) => update({ description: event.target.value })}
          slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': 'segment-description' } }}
        />
      </Box>
      {warnings.map((warning) => (
        <Alert key={warning.code} severity={warning.severity} sx={{ mt: 1.5 }} data-testid={`segment-warning-${warning.code}`}>
          {wordWarning((key, params) => t(key, params ?? {}) as string, warning)}
        </Alert>
      ))}
    </Paper>
  );
}

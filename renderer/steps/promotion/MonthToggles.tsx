import { memo } from 'react';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Twelve toggles, January to December, for the months an action runs. */
export const MonthToggles = memo(function MonthToggles({ months, onChange, color }: { months: number[]; onChange(months: number[]): void; color: string }) {
  const { t } = useTranslation();
  const names = t('months.short', { returnObjects: true }) as string[];
  return (
    <ToggleButtonGroup
      size="small"
      value={months}
      onChange={(_, next: number[]) => onChange([...next].sort((a, b) => a - b))}
      aria-label={t('promotion.action.months')}
      data-testid="action-months"
    >
      {names.map((name, index) => (
        <ToggleButton
          key={name}
          value={index + 1}
          sx={{ px: 1, '&.Mui-selected, &.Mui-selected:hover': { bgcolor: color, color: '#fff' } }}
        >
          {name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
});

import { useState } from 'react';
import { IconButton, Menu, MenuItem, Tooltip } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { useTranslation } from 'react-i18next';
import { customerBaselines } from '../../shared/customers/baselines';
import { useAppStore } from '../app/store';

/**
 * Beside a baseline field: the customer file's figures (active customers, average basket, retention),
 * one click to start the objective or the indicator from the owner's real numbers. Nothing shows
 * until a sales export has been read.
 */
export function BaselineFromData({ onPick, testId }: { onPick(text: string): void; testId: string }) {
  const { t } = useTranslation();
  const figures = useAppStore((state) => state.opened?.plan.customerFile.figures ?? null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!figures) return null;
  return (
    <>
      <Tooltip title={t('customers.baseline.button')}>
        <IconButton size="small" aria-label={t('customers.baseline.button')} onClick={(event) => setAnchor(event.currentTarget)} data-testid={testId}>
          <InsightsIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {customerBaselines(figures).map(({ key, text }) => (
          <MenuItem
            key={key}
            onClick={() => {
              onPick(text);
              setAnchor(null);
            }}
          >
            {t(`customers.baseline.${key}`, { value: text })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

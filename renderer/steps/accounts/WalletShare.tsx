import { Box, Chip, Tooltip, Typography, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ShareOfWallet, WalletBand } from '../../../shared/compute/pipeline';
import { formatPercent } from '../../../shared/money';

/** Filled colours whose white text reads at 4.5:1 (the theme's warning is darkened for that). */
const bandColors: Record<WalletBand, ChipProps['color']> = { conquest: 'warning', development: 'primary', loyalty: 'success' };

/** The band of a share of wallet, with what it calls for as its tooltip. */
export function BandChip({ band, testId }: { band: WalletBand; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`accountTerms.bandHelp.${band}`)} describeChild>
      <Chip size="small" color={bandColors[band]} label={t(`accountTerms.bands.${band}`)} tabIndex={0} data-testid={testId} data-band={band} />
    </Tooltip>
  );
}

/** « 25 % · Conquête », or « — » until both the current revenue and the potential are known. */
export function WalletShare({ share }: { share: ShareOfWallet | null }) {
  const { t } = useTranslation();
  const known = share !== null && share.basisPoints !== null && share.band !== null;
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {t('accounts.account.shareOfWallet')} ({t('accounts.account.shareOfWalletHelp')})
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 32 }}>
        <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }} data-testid="account-share">
          {known ? formatPercent(share.basisPoints ?? 0) : '—'}
        </Typography>
        {known && share.band !== null ? (
          <BandChip band={share.band} testId="account-band" />
        ) : (
          <Typography variant="caption" color="text.secondary">
            {t('accounts.account.noShare')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

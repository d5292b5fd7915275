import { Box, Button, Checkbox, FormControlLabel, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/money';
import { channelKinds, LONG_TEXT_MAX, SHORT_TEXT_MAX, type DistributionChannel } from '../../../shared/plan';
import { useFocusOnAdd } from '../../app/focusNew';
import { newId } from '../../app/ids';
import { useAppStore } from '../../app/store';
import { ItemControls } from '../../components/ItemControls';
import { PercentField } from '../../components/PercentField';
import { SectionHeading } from '../../components/SectionHeading';
import { StepHeader } from '../../components/StepHeader';

const newChannel = (isFirst: boolean): DistributionChannel => ({
  id: newId(),
  kind: 'ownShop',
  name: '',
  role: '',
  revenueShareBasisPoints: isFirst ? 10_000 : 0,
  commissionBasisPoints: 0,
  commissionInBudget: false,
});

interface ChannelRowProps {
  channel: DistributionChannel;
  index: number;
  count: number;
  autoFocus: boolean;
}

function ChannelRow({ channel, index, count, autoFocus }: ChannelRowProps) {
  const { t } = useTranslation();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  const update = (patch: Partial<DistributionChannel>) => saveItem('channels', { ...channel, ...patch });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="channel">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1.5 }}>
        <TextField
          select
          label={t('distribution.channel.kind')}
          value={channel.kind}
          onChange={(event) => update({ kind: event.target.value as DistributionChannel['kind'] })}
          sx={{ minWidth: 210, maxWidth: 240 }}
          slotProps={{ htmlInput: { 'data-testid': 'channel-kind' } }}
        >
          {channelKinds.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`distribution.channel.kinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          autoFocus={autoFocus}
          label={t('distribution.channel.name')}
          placeholder={t('distribution.channel.namePlaceholder')}
          value={channel.name}
          onChange={(event) => update({ name: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'channel-name' } }}
        />
        <PercentField
          label={t('distribution.channel.revenueShare')}
          basisPoints={channel.revenueShareBasisPoints}
          onBasisPoints={(revenueShareBasisPoints) => update({ revenueShareBasisPoints })}
          sx={{ maxWidth: 140 }}
          slotProps={{ htmlInput: { 'data-testid': 'channel-share' } }}
        />
        <PercentField
          label={t('distribution.channel.commission')}
          basisPoints={channel.commissionBasisPoints}
          onBasisPoints={(commissionBasisPoints) => update({ commissionBasisPoints })}
          sx={{ maxWidth: 140 }}
          slotProps={{ htmlInput: { 'data-testid': 'channel-commission' } }}
        />
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('objectives.moveUp'), moveDown: t('objectives.moveDown'), remove: t('distribution.removeChannel') }}
          onMove={(to) => moveItem('channels', channel.id, to)}
          onRemove={() => deleteItem('channels', channel.id)}
        />
      </Stack>
      <TextField
        label={t('distribution.channel.role')}
        placeholder={t('distribution.channel.rolePlaceholder')}
        value={channel.role}
        multiline
        onChange={(event) => update({ role: event.target.value })}
        slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': 'channel-role' } }}
      />
      <FormControlLabel
        sx={{ mt: 1 }}
        control={
          <Checkbox
            checked={channel.commissionInBudget}
            disabled={channel.commissionBasisPoints === 0}
            onChange={(event) => update({ commissionInBudget: event.target.checked })}
          />
        }
        label={t('distribution.channel.commissionInBudget')}
      />
    </Paper>
  );
}

export function DistributionStep() {
  const { t } = useTranslation();
  const channels = useAppStore((state) => state.opened?.plan.channels);
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  if (!channels) return null;
  const total = channels.reduce((sum, channel) => sum + channel.revenueShareBasisPoints, 0);

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <StepHeader step="distribution" intro={t('distribution.intro')} />
      <Box component="section" aria-labelledby="channels-title">
        <SectionHeading id="channels-title" title={t('distribution.channelsTitle')} />
        <Stack spacing={1.5}>
          {channels.length === 0 && <Typography color="text.secondary">{t('distribution.noChannel')}</Typography>}
          {channels.map((channel, index) => (
            <ChannelRow key={channel.id} channel={channel} index={index} count={channels.length} autoFocus={focus.shouldFocus(channel.id)} />
          ))}
        </Stack>
        <Stack direction="row" spacing={2} sx={{ mt: 1.5, alignItems: 'center' }}>
          <Button
            startIcon={<AddIcon />}
            variant="outlined"
            onClick={() => saveItem('channels', focus.created(newChannel(channels.length === 0)))}
            data-testid="add-channel"
          >
            {t('distribution.addChannel')}
          </Button>
          {channels.length > 0 && (
            <Typography sx={{ fontWeight: 600 }} color={total === 10_000 ? 'success.main' : 'warning.main'} data-testid="channel-shares-total">
              {t('distribution.sharesTotal', { total: formatPercent(total) })}
            </Typography>
          )}
        </Stack>
      </Box>
    </Stack>
  );
}

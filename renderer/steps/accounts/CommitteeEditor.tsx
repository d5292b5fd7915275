import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { attitudes, committeeChannels, committeeRoles, SHORT_TEXT_MAX, type CommitteeMember, type KeyAccount } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { IsoDateField } from '../../components/IsoDateField';
import { RemoveButton } from '../../components/RemoveButton';
import { useAccountChange } from './accountChange';

/**
 * Two lines per person (name, position, role; attitude, channel, last contact): on one line, at
 * 1280 px, names and positions were cut to a dozen letters.
 */
const memberLayout = { display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 34px', gap: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 } as const;

const newMember = (): CommitteeMember => ({ id: newId(), name: '', position: '', role: 'user', attitude: 'neutral', channel: 'linkedin', lastContact: '' });

function Choice<T extends string>({ label, value, options, word, onChange, testId }: { label: string; value: T; options: readonly T[]; word(option: T): string; onChange(value: T): void; testId: string }) {
  return (
    <TextField select label={label} value={value} onChange={(event) => onChange(event.target.value as T)} slotProps={{ htmlInput: { 'data-testid': testId } }}>
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {word(option)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The account's buying committee: who decides, who advises, who can block, and how to reach them. */
export function CommitteeEditor({ account }: { account: KeyAccount }) {
  const { t } = useTranslation();
  const change = useAccountChange(account.id);
  const setMember = (id: string, patch: Partial<CommitteeMember>) =>
    change((current) => ({ committee: current.committee.map((member) => (member.id === id ? { ...member, ...patch } : member)) }));

  return (
    <Box component="section" aria-label={t('accounts.committee.title')} data-testid="committee">
      <Typography variant="subtitle2">{t('accounts.committee.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('accounts.committee.help')}
      </Typography>
      <Stack spacing={1.5}>
        {account.committee.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('accounts.committee.empty')}
          </Typography>
        )}
        {account.committee.map((member) => (
          <Box key={member.id} sx={memberLayout} data-testid="committee-member">
            <TextField
              label={t('accounts.committee.name')}
              placeholder={t('accounts.committee.namePlaceholder')}
              value={member.name}
              onChange={(event) => setMember(member.id, { name: event.target.value })}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'member-name' } }}
            />
            <TextField
              label={t('accounts.committee.position')}
              placeholder={t('accounts.committee.positionPlaceholder')}
              value={member.position}
              onChange={(event) => setMember(member.id, { position: event.target.value })}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'member-position' } }}
            />
            <Choice
              label={t('accounts.committee.role')}
              value={member.role}
              options={committeeRoles}
              word={(role) => t(`accountTerms.roles.${role}`)}
              onChange={(role) => setMember(member.id, { role })}
              testId="member-role"
            />
            <Box sx={{ gridRow: 'span 2' }}>
              <RemoveButton
                label={t('accounts.committee.remove')}
                onClick={() => change((current) => ({ committee: current.committee.filter((other) => other.id !== member.id) }))}
              />
            </Box>
            <Choice
              label={t('accounts.committee.attitude')}
              value={member.attitude}
              options={attitudes}
              word={(attitude) => t(`accountTerms.attitudes.${attitude}`)}
              onChange={(attitude) => setMember(member.id, { attitude })}
              testId="member-attitude"
            />
            <Choice
              label={t('accounts.committee.channel')}
              value={member.channel}
              options={committeeChannels}
              word={(channel) => t(`accountTerms.channels.${channel}`)}
              onChange={(channel) => setMember(member.id, { channel })}
              testId="member-channel"
            />
            <IsoDateField
              label={t('accounts.committee.lastContact')}
              value={member.lastContact}
              onChange={(lastContact) => setMember(member.id, { lastContact })}
              testId="member-last-contact"
              width={200}
            />
          </Box>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => change((current) => ({ committee: [...current.committee, newMember()] }))} data-testid="add-member">
        {t('accounts.committee.add')}
      </Button>
    </Box>
  );
}

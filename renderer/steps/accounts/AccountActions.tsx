import { Box, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { committeeRoles, type AccountAction, type Action, type CommitteeRole, type KeyAccount } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { RemoveButton } from '../../components/RemoveButton';
import { useAccountChange } from './accountChange';

const noActions: Action[] = [];

/**
 * The plan's actions that serve this account, each with the committee roles it reaches. An action
 * with no role ticked reaches the whole committee (a trade show, a newsletter).
 */
export function AccountActions({ account }: { account: KeyAccount }) {
  const { t } = useTranslation();
  // Actions are not edited on this step: reading the list as a whole costs nothing here.
  const actions = useAppStore((state) => state.opened?.plan.actions ?? noActions);
  const change = useAccountChange(account.id);
  const byId = new Map(actions.map((action) => [action.id, action]));
  // A link to an action deleted since stays in the file (undo brings the action back) but is not shown.
  const links = account.actions.filter((link) => byId.has(link.actionId));
  const unlinked = actions.filter((action) => !account.actions.some((link) => link.actionId === action.id));
  const titleOf = (id: string) => byId.get(id)?.title || t('accounts.links.untitled');

  const setLinks = (next: (current: AccountAction[]) => AccountAction[]) => change((current) => ({ actions: next(current.actions) }));
  const toggleRole = (actionId: string, role: CommitteeRole) =>
    setLinks((current) =>
      current.map((link) =>
        link.actionId !== actionId
          ? link
          : { ...link, roles: link.roles.includes(role) ? link.roles.filter((other) => other !== role) : committeeRoles.filter((other) => other === role || link.roles.includes(other)) },
      ),
    );

  return (
    <Box component="section" aria-label={t('accounts.links.title')} data-testid="account-actions">
      <Typography variant="subtitle2">{t('accounts.links.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('accounts.links.help')}
      </Typography>
      {actions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('accounts.links.noAction')}
        </Typography>
      ) : (
        <Stack spacing={1}>
          {links.map((link) => (
            <Box
              key={link.actionId}
              sx={{ display: 'grid', gridTemplateColumns: 'minmax(180px, 1fr) auto 34px', gap: 1, alignItems: 'center', pl: 1, borderLeft: 4, borderColor: categoryColors[byId.get(link.actionId)?.category ?? 'other'] }}
              data-testid="account-action"
            >
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }} title={titleOf(link.actionId)} noWrap>
                  {titleOf(link.actionId)}
                </Typography>
                {link.roles.length === 0 && (
                  <Typography variant="caption" color="text.secondary" component="div" data-testid="account-action-whole">
                    {t('accounts.links.wholeCommittee')}
                  </Typography>
                )}
              </Box>
              <Box role="group" aria-label={t('accounts.links.rolesOf', { title: titleOf(link.actionId) })} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
                {committeeRoles.map((role) => {
                  const on = link.roles.includes(role);
                  return (
                    <Chip
                      key={role}
                      size="small"
                      label={t(`accountTerms.roles.${role}`)}
                      color={on ? 'primary' : 'default'}
                      variant={on ? 'filled' : 'outlined'}
                      aria-pressed={on}
                      onClick={() => toggleRole(link.actionId, role)}
                      data-testid={`account-action-role-${role}`}
                    />
                  );
                })}
              </Box>
              <RemoveButton
                label={t('accounts.links.remove', { title: titleOf(link.actionId) })}
                onClick={() => setLinks((current) => current.filter((other) => other.actionId !== link.actionId))}
              />
            </Box>
          ))}
          {unlinked.length > 0 && (
            <TextField
              select
              label={t('accounts.links.choose')}
              value=""
              onChange={(event) => {
                const actionId = event.target.value;
                if (actionId) setLinks((current) => [...current, { actionId, roles: [] }]);
              }}
              sx={{ maxWidth: 420 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'account-link-action' } }}
            >
              <MenuItem value="" disabled>
                {t('accounts.links.choosePlaceholder')}
              </MenuItem>
              {unlinked.map((action) => (
                <MenuItem key={action.id} value={action.id}>
                  <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: categoryColors[action.category], mr: 1, display: 'inline-block', flexShrink: 0 }} />
                  {action.title || t('accounts.links.untitled')}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Stack>
      )}
    </Box>
  );
}

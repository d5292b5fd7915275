import { useState } from 'react';
import {
  Avatar,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from './fileBytes';
import { useAppStore } from './store';

/**
 * The consultant's identity for the exports (kept in the preferences) and this plan's switch to
 * leave it out. The logo is checked by the main process from its bytes; a refusal is shown as usual.
 */
export function AuthorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const saved = useAppStore((state) => state.preferences?.author ?? null);
  const showAuthor = useAppStore((state) => state.opened?.plan.meta.showAuthor ?? true);
  const { setAuthor, updateMeta } = useAppStore.getState();
  const [name, setName] = useState(saved?.name ?? '');
  const [organisation, setOrganisation] = useState(saved?.organisation ?? '');
  const [contact, setContact] = useState(saved?.contact ?? '');
  const [logo, setLogo] = useState<{ base64: string; mimeType: string } | null>(saved?.logo ?? null);
  const [show, setShow] = useState(showAuthor);

  const save = async () => {
    if (show !== showAuthor) updateMeta({ showAuthor: show });
    const author = { name: name.trim(), organisation: organisation.trim(), contact: contact.trim(), logo: logo && { base64: logo.base64 } };
    if (await setAuthor(author)) onClose();
  };

  const field = (label: string, placeholder: string, value: string, set: (value: string) => void, testId: string) => (
    <TextField
      label={t(label)}
      placeholder={t(placeholder)}
      value={value}
      onChange={(event) => set(event.target.value)}
      slotProps={{ htmlInput: { maxLength: testId === 'author-contact' ? 500 : 200, 'data-testid': testId } }}
    />
  );

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="author-title">
      <DialogTitle id="author-title">{t('author.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('author.intro')}
        </Typography>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {field('author.name', 'author.namePlaceholder', name, setName, 'author-name')}
          {field('author.organisation', 'author.organisationPlaceholder', organisation, setOrganisation, 'author-organisation')}
          {field('author.contact', 'author.contactPlaceholder', contact, setContact, 'author-contact')}
          <Box>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('author.logo')}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              {logo ? (
                <Avatar variant="rounded" src={`data:${logo.mimeType};base64,${logo.base64}`} alt="" sx={{ width: 96, height: 48, '& img': { objectFit: 'contain' } }} />
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {t('author.noLogo')}
                </Typography>
              )}
              <Button component="label" variant="outlined" size="small">
                {t('author.chooseLogo')}
                <input
                  hidden
                  type="file"
                  accept="image/png,image/jpeg"
                  data-testid="author-logo"
                  onChange={async (event) => {
                    const file = event.target.files?.[0];
                    if (file) setLogo({ base64: await readAsBase64(file), mimeType: file.type || 'image/png' });
                  }}
                />
              </Button>
              {logo && (
                <Button size="small" onClick={() => setLogo(null)}>
                  {t('author.removeLogo')}
                </Button>
              )}
            </Stack>
          </Box>
          <FormControlLabel
            control={<Checkbox checked={show} onChange={(event) => setShow(event.target.checked)} data-testid="author-show" />}
            label={t('author.showOnThisPlan')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        {saved && (
          <Button color="error" onClick={() => void setAuthor(null).then((done) => done && onClose())} sx={{ mr: 'auto' }}>
            {t('author.forget')}
          </Button>
        )}
        <Button onClick={onClose}>{t('author.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="author-save">
          {t('author.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

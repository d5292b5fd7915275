import { useState } from 'react';
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import MoreVert from '@mui/icons-material/MoreVert';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import { useTranslation } from 'react-i18next';
import { AuthorDialog } from './AuthorDialog';
import { useAppStore } from './store';

/** The plan's less frequent commands: copies, templates, next year, the author identity. */
export function PlanMenu() {
  const { t } = useTranslation();
  const mode = useAppStore((state) => state.info?.mode);
  const store = useAppStore.getState;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [authorOpen, setAuthorOpen] = useState(false);

  const entries = [
    ...(mode === 'desktop' ? [{ id: 'saveCopy', label: t('app.saveCopy'), Icon: ContentCopyOutlined, run: () => store().saveCopy() }] : []),
    { id: 'saveAsTemplate', label: t('planMenu.saveAsTemplate'), Icon: SchoolOutlined, run: () => store().askCopy('template') },
    { id: 'nextYear', label: t('planMenu.nextYear'), Icon: EventRepeatOutlined, run: () => store().askCopy('nextYear') },
    { id: 'author', label: t('planMenu.author'), Icon: BadgeOutlined, run: async () => setAuthorOpen(true) },
  ];

  return (
    <>
      <IconButton color="inherit" aria-label={t('planMenu.label')} aria-haspopup="menu" onClick={(event) => setAnchor(event.currentTarget)} data-testid="plan-menu">
        <MoreVert />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {entries.map(({ id, label, Icon, run }) => (
          <MenuItem
            key={id}
            data-testid={`plan-menu-${id}`}
            onClick={() => {
              setAnchor(null);
              void run();
            }}
          >
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
      {authorOpen && <AuthorDialog onClose={() => setAuthorOpen(false)} />}
    </>
  );
}

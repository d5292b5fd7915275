import { useState, type ReactNode } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Container,
  List,
  ListItemButton,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../shared/contract';
import { useAppStore } from '../../app/store';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { FolderPlans, planFilesOf } from './FolderPlans';
import { sampleIds } from '../../../shared/samples';

/** A stable empty list: a selector returning a new [] each time would re-render forever. */
const NO_RECENT_FILES: RecentFile[] = [];

/** A home-screen card holding a form: its title, one line of help, then the fields. */
function FormCard({ id, title, help, onSubmit, children }: { id: string; title: string; help: string; onSubmit(): void; children: ReactNode }) {
  return (
    <Card variant="outlined" component="section" aria-labelledby={id}>
      <CardContent
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Typography variant="h2" id={id} gutterBottom>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {help}
        </Typography>
        <Stack spacing={2}>{children}</Stack>
      </CardContent>
    </Card>
  );
}

/** The new plan's name, required: the error shows once the user has tried to create the plan. */
function PlanTitleField(props: { value: string; onChange(value: string): void; showRequired: boolean; testId: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const missing = props.showRequired && props.value.trim() === '';
  return (
    <TextField
      label={t('home.planTitle')}
      placeholder={t('home.planTitlePlaceholder')}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      error={missing}
      helperText={missing ? t('home.titleRequired') : ' '}
      slotProps={{ htmlInput: { 'data-testid': props.testId, maxLength: 200 } }}
      autoFocus={props.autoFocus}
    />
  );
}

function NewPlanCard() {
  const { t } = useTranslation();
  const createPlan = useAppStore((state) => state.createPlan);
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [touched, setTouched] = useState(false);
  const yearNumber = Number(year);
  const yearError = !Number.isInteger(yearNumber) || yearNumber < 2000 || yearNumber > 2100;

  return (
    <FormCard
      id="new-plan-title"
      title={t('home.newPlan')}
      help={t('home.newPlanHelp')}
      onSubmit={() => {
        setTouched(true);
        if (title.trim() !== '' && !yearError) void createPlan(title.trim(), yearNumber);
      }}
    >
      <PlanTitleField value={title} onChange={setTitle} showRequired={touched} testId="new-plan-title" autoFocus />
      <TextField
        label={t('home.planYear')}
        value={year}
        onChange={(event) => setYear(event.target.value)}
        error={yearError}
        helperText={yearError ? t('home.yearInvalid') : ' '}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'new-plan-year' } }}
        sx={{ maxWidth: 200 }}
      />
      <Box>
        <Button type="submit" variant="contained" data-testid="create-plan">
          {t('home.create')}
        </Button>
      </Box>
    </FormCard>
  );
}

function SamplesSection() {
  const { t } = useTranslation();
  const createFromSample = useAppStore((state) => state.createFromSample);
  return (
    <Box component="section" aria-labelledby="samples-title" sx={{ mt: 4 }}>
      <Typography variant="h2" id="samples-title" gutterBottom>
        {t('samples.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 820 }}>
        {t('samples.intro')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
        {sampleIds.map((sample) => (
          <Card key={sample} variant="outlined" sx={{ display: 'flex', flexDirection: 'column' }} data-testid={`sample-${sample}`}>
            <CardContent sx={{ flex: 1 }}>
              <Typography variant="h3" gutterBottom>
                {t(`samples.names.${sample}`)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t(`samples.descriptions.${sample}`)}
              </Typography>
            </CardContent>
            <Box sx={{ px: 2, pb: 2 }}>
              <Button variant="outlined" size="small" onClick={() => void createFromSample(sample)}>
                {t('samples.open')}
              </Button>
            </Box>
          </Card>
        ))}
      </Box>
    </Box>
  );
}

function FromTemplateCard() {
  const { t } = useTranslation();
  const desktop = useAppStore((state) => state.info?.mode === 'desktop');
  const createFromTemplate = useAppStore((state) => state.createFromTemplate);
  const [title, setTitle] = useState('');
  const [templatePath, setTemplatePath] = useState('');
  const [touched, setTouched] = useState(false);
  const folderPlans = useAppStore((state) => state.folderPlans);
  const templates = (folderPlans ?? []).filter((plan) => plan.isTemplate);

  return (
    <FormCard
      id="from-template-title"
      title={t('templates.fromTemplate')}
      help={t('templates.fromTemplateHelp')}
      onSubmit={() => {
        setTouched(true);
        if (title.trim() === '' || (!desktop && templatePath.trim() === '')) return;
        void createFromTemplate(title.trim(), desktop ? undefined : templatePath.trim());
      }}
    >
      <PlanTitleField value={title} onChange={setTitle} showRequired={touched} testId="template-plan-title" />
      {!desktop && templates.length > 0 && (
        <TextField
          select
          label={t('folderPlans.templateFromFolder')}
          value={templates.some((plan) => plan.path === templatePath) ? templatePath : ''}
          onChange={(event) => setTemplatePath(event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'template-from-folder' } }}
        >
          {templates.map((plan) => (
            <MenuItem key={plan.path} value={plan.path}>
              {plan.title}
            </MenuItem>
          ))}
        </TextField>
      )}
      {!desktop && (
        <TextField
          label={t('templates.templatePath')}
          placeholder={t('templates.templatePathPlaceholder')}
          value={templatePath}
          onChange={(event) => setTemplatePath(event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'template-path' } }}
        />
      )}
      <Box>
        <Button type="submit" variant="outlined" data-testid="create-from-template">
          {desktop ? t('templates.chooseTemplate') : t('templates.create')}
        </Button>
      </Box>
    </FormCard>
  );
}

function OpenPlanCard() {
  const { t } = useTranslation();
  const info = useAppStore((state) => state.info);
  const recentFiles = useAppStore((state) => state.preferences?.recentFiles ?? NO_RECENT_FILES);
  const openPlan = useAppStore((state) => state.openPlan);
  const openWithDialog = useAppStore((state) => state.openWithDialog);
  const [path, setPath] = useState('');

  return (
    <Card variant="outlined" component="section" aria-labelledby="open-plan-title">
      <CardContent>
        <Typography variant="h2" id="open-plan-title" gutterBottom>
          {t('home.openPlan')}
        </Typography>
        {info?.mode === 'desktop' ? (
          <Button variant="outlined" onClick={() => void openWithDialog()}>
            {t('home.openPlanButton')}
          </Button>
        ) : (
          <Stack
            direction="row"
            spacing={1}
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (path.trim()) void openPlan(path.trim());
            }}
          >
            <TextField
              label={t('home.openPath')}
              placeholder={t('home.openPathPlaceholder')}
              value={path}
              onChange={(event) => setPath(event.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'open-path' } }}
            />
            <Button type="submit" variant="outlined" data-testid="open-plan">
              {t('home.open')}
            </Button>
          </Stack>
        )}
        <Typography variant="h3" sx={{ mt: 3, mb: 1 }}>
          {t('home.recent')}
        </Typography>
        {recentFiles.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('home.noRecent')}
          </Typography>
        ) : (
          <List dense disablePadding data-testid="recent-files">
            {recentFiles.map((file) => (
              <ListItemButton key={file.path} onClick={() => void openPlan(file.path)}>
                <ListItemText
                  primary={file.title}
                  secondary={file.path}
                  slotProps={{ secondary: { noWrap: true, title: file.path } }}
                />
              </ListItemButton>
            ))}
          </List>
        )}
        {info && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
            {t('home.folder', { folder: info.plansFolder })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

export function HomeScreen() {
  const { t } = useTranslation();
  const browserMode = useAppStore((state) => state.info?.mode === 'browser');
  const addPlanFiles = useAppStore((state) => state.addPlanFiles);
  // Browser mode: plan files dropped anywhere on the home screen go into the plans folder.
  const dropping = browserMode
    ? {
        onDragOver: (event: React.DragEvent) => event.preventDefault(),
        onDrop: (event: React.DragEvent) => {
          event.preventDefault();
          void addPlanFiles(planFilesOf(event.dataTransfer.files));
        },
      }
    : {};
  return (
    <Container maxWidth="lg" sx={{ py: 4 }} {...dropping}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', mb: 3 }}>
        <Box>
          <Typography variant="h1">{t('home.title')}</Typography>
          <Typography variant="subtitle1" color="text.secondary">
            {t('app.tagline')}
          </Typography>
        </Box>
        <LanguageSwitch />
      </Stack>
      <Typography sx={{ mb: 3, maxWidth: 820 }}>{t('home.intro')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <NewPlanCard />
        <OpenPlanCard />
      </Box>
      {browserMode && <FolderPlans />}
      <SamplesSection />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3, mt: 4 }}>
        <FromTemplateCard />
      </Box>
    </Container>
  );
}

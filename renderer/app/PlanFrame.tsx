import { useEffect, useState } from 'react';
import { AppBar, Box, Button, Chip, IconButton, Paper, Toolbar, Tooltip, Typography } from '@mui/material';
import RedoIcon from '@mui/icons-material/Redo';
import UndoIcon from '@mui/icons-material/Undo';
import PresentToAllIcon from '@mui/icons-material/PresentToAll';
import { usePresentation, usePresentationKeys } from './presentation';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from './ExportMenu';
import { PlanMenu } from './PlanMenu';
import { StepGuidance } from './StepGuidance';
import { ScrollContainer } from './scrollContainer';
import { useAppStore } from './store';
import { StepList } from './StepList';
import { LanguageSwitch } from './LanguageSwitch';
import { CompanyStep } from '../steps/company/CompanyStep';
import { DiagnosticStep } from '../steps/diagnostic/DiagnosticStep';
import { ObjectivesStep } from '../steps/objectives/ObjectivesStep';
import { TargetsStep } from '../steps/targets/TargetsStep';
import { PositioningStep } from '../steps/positioning/PositioningStep';
import { OfferStep } from '../steps/offer/OfferStep';
import { CustomersStep } from '../steps/customers/CustomersStep';
import { DistributionStep } from '../steps/distribution/DistributionStep';
import { PromotionStep } from '../steps/promotion/PromotionStep';
import { BudgetStep } from '../steps/budget/BudgetStep';
import { CalendarStep } from '../steps/calendar/CalendarStep';
import { KpisStep } from '../steps/kpis/KpisStep';
import { SummaryStep } from '../steps/summary/SummaryStep';
import { PilotageStep } from '../steps/pilotage/PilotageStep';
import { AccountsStep } from '../steps/accounts/AccountsStep';
import type { StepId } from '../../shared/steps';

/** Every step of the method has its screen: a missing one is a compile error. */
const screens: Record<StepId, () => React.JSX.Element | null> = {
  company: CompanyStep,
  diagnostic: DiagnosticStep,
  customers: CustomersStep,
  objectives: ObjectivesStep,
  targets: TargetsStep,
  accounts: AccountsStep,
  positioning: PositioningStep,
  offer: OfferStep,
  promotion: PromotionStep,
  distribution: DistributionStep,
  budget: BudgetStep,
  kpis: KpisStep,
  calendar: CalendarStep,
  summary: SummaryStep,
  pilotage: PilotageStep,
};

function StepScreen({ step }: { step: StepId }) {
  const Screen = screens[step];
  return <Screen />;
}

/** Undo and redo in the header, beside where the saving is told. */
function HistoryButtons() {
  const { t } = useTranslation();
  const canUndo = useAppStore((state) => state.canUndo);
  const canRedo = useAppStore((state) => state.canRedo);
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);
  return (
    <Box sx={{ display: 'flex' }}>
      <Tooltip title={t('undo.undo')}>
        <span>
          <IconButton color="inherit" onClick={undo} disabled={!canUndo} aria-label={t('undo.undo')} data-testid="undo">
            <UndoIcon />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={t('undo.redo')}>
        <span>
          <IconButton color="inherit" onClick={redo} disabled={!canRedo} aria-label={t('undo.redo')} data-testid="redo">
            <RedoIcon />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}

/** Presentation mode for a projector: the button says which way it goes. */
function PresentationButton() {
  const { t } = useTranslation();
  const presenting = usePresentation((state) => state.presenting);
  const toggle = usePresentation((state) => state.toggle);
  const label = presenting ? t('presentation.stop') : t('presentation.start');
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" onClick={toggle} aria-label={label} aria-pressed={presenting} data-testid="presentation">
        <PresentToAllIcon />
      </IconButton>
    </Tooltip>
  );
}

function SaveStatus() {
  const { t } = useTranslation();
  const saveState = useAppStore((state) => state.saveState);
  const retrySaving = useAppStore((state) => state.retrySaving);
  const labels = { saving: t('app.saving'), saved: t('app.savedAutomatically'), failed: t('app.notSaved') };
  const failed = saveState === 'failed';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography
        variant="body2"
        data-testid="save-state"
        data-state={saveState}
        role="status"
        sx={{ opacity: 0.9, fontWeight: failed ? 700 : 400, color: failed ? 'warning.light' : 'inherit' }}
      >
        {labels[saveState]}
      </Typography>
      {failed && (
        <Button size="small" color="warning" variant="contained" onClick={retrySaving} data-testid="save-retry">
          {t('app.retry')}
        </Button>
      )}
    </Box>
  );
}

export function PlanFrame() {
  const { t } = useTranslation();
  const title = useAppStore((state) => state.opened?.plan.meta.title ?? '');
  const path = useAppStore((state) => state.opened?.path ?? '');
  const step = useAppStore((state) => state.step);
  const closePlan = useAppStore((state) => state.closePlan);
  const isTemplate = useAppStore((state) => state.opened?.plan.meta.isTemplate ?? false);
  const [main, setMain] = useState<HTMLElement | null>(null);
  const presenting = usePresentation((state) => state.presenting);
  usePresentationKeys();

  // The window's title (Electron follows the page title) names the plan, as desktop documents do.
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [title, t]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar sx={{ gap: 2, '& .MuiTypography-root, & .MuiButton-root': { whiteSpace: 'nowrap' }, '& .MuiButton-root': { flexShrink: 0 }, '& [data-testid="plan-title"]': { minWidth: 0, flexShrink: 1 } }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          <Typography variant="body1" component="div" title={path} data-testid="plan-title" noWrap>
            {title}
          </Typography>
          {isTemplate && <Chip size="small" label={t('templates.isTemplate')} color="secondary" data-testid="template-chip" />}
          <Box sx={{ flex: 1 }} />
          <PresentationButton />
          <HistoryButtons />
          <SaveStatus />
          <ExportMenu />
          <PlanMenu />
          <Button color="inherit" variant="outlined" onClick={() => void closePlan()} data-testid="close-plan">
            {t('app.close')}
          </Button>
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Paper
          square
          elevation={0}
          data-print="hide"
          sx={{ width: 280, flexShrink: 0, overflowY: 'auto', borderRight: 1, borderColor: 'divider', display: presenting ? 'none' : undefined }}
        >
          <StepList />
          <Box sx={{ p: 2 }}>
            <LanguageSwitch />
          </Box>
        </Paper>
        <Box
          component="main"
          ref={setMain}
          data-presenting={presenting}
          sx={{ flex: 1, overflowY: 'auto', p: 3, ...(presenting && { '& > * > *, & > *': { maxWidth: 'none' } }) }}
        >
          <ScrollContainer value={main}>
            <StepGuidance step={step} />
            <StepScreen step={step} />
          </ScrollContainer>
        </Box>
      </Box>
    </Box>
  );
}

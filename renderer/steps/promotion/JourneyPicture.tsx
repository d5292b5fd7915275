import { Fragment, memo, useMemo, useState } from 'react';
import { Box, Button, ButtonBase, Checkbox, FormControlLabel, Paper, Stack, Tooltip, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslation } from 'react-i18next';
import { actionJourneyStages, journeyCoverage, journeyFor, type JourneyCoverage } from '../../../shared/coach/journey';
import { consumerJourneyStages, type Action, type JourneyStage, type Plan } from '../../../shared/plan';
import { useSettledPlan } from '../../app/planReview';
import { useAppStore } from '../../app/store';

const isConsumerStage = (stage: JourneyStage) => (consumerJourneyStages as readonly string[]).includes(stage);

/** Coverage is read once per version of the plan, as of the last pause in typing (1,000 actions type as fast as 10). */
const coverages = new WeakMap<Plan, JourneyCoverage[]>();
function coverageOf(plan: Plan): JourneyCoverage[] {
  let coverage = coverages.get(plan);
  if (!coverage) {
    coverage = journeyCoverage(plan);
    coverages.set(plan, coverage);
  }
  return coverage;
}

function StageBox({ coverage, titles, selected, onSelect, flagGaps }: { coverage: JourneyCoverage; titles: string[]; selected: boolean; onSelect(): void; flagGaps: boolean }) {
  const { t } = useTranslation();
  const count = coverage.actionIds.length;
  const gap = count === 0 && flagGaps;
  const shown = titles.slice(0, 8);
  const tooltip = count === 0 ? t(`journey.stages.${coverage.stage}.examples`) : [...shown, ...(titles.length > shown.length ? ['…'] : [])].join(' · ');
  return (
    // Once unfolded, the list below says it all: the tooltip would only cover it.
    <Tooltip title={selected ? '' : tooltip} describeChild>
      <ButtonBase
        onClick={onSelect}
        aria-expanded={selected}
        data-testid={`journey-stage-${coverage.stage}`}
        data-count={count}
        sx={{
          flex: 1,
          minWidth: 0,
          display: 'block',
          textAlign: 'left',
          p: 1,
          borderRadius: 1,
          border: 2,
          borderColor: gap ? 'warning.main' : selected ? 'primary.main' : 'divider',
          bgcolor: gap ? 'rgba(189, 86, 1, 0.08)' : selected ? 'action.selected' : 'background.paper',
          '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
        }}
      >
        <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
          {t(`journey.stages.${coverage.stage}.name`)}
        </Typography>
        <Typography variant="body2" sx={{ color: gap ? 'warning.main' : 'text.secondary', fontWeight: gap ? 700 : 400 }} data-testid="journey-stage-count">
          {count === 0 ? t('journey.gap') : t('journey.covered', { count })}
        </Typography>
      </ButtonBase>
    </Tooltip>
  );
}

/**
 * The customer journey the plan is checked against, in order, each moment with the count of actions
 * serving it (or « aucune action », highlighted once the plan has actions, as the coach warns only
 * then). A moment clicked lists its actions, or ideas.
 */
export function JourneyPicture() {
  const { t } = useTranslation();
  const plan = useSettledPlan();
  const [selected, setSelected] = useState<JourneyStage | null>(null);
  if (!plan) return null;
  const coverage = coverageOf(plan);
  const titles = new Map(plan.actions.map((action) => [action.id, action.title || t('journey.untitledAction')]));
  const titlesOf = (entry: JourneyCoverage) => entry.actionIds.map((id) => titles.get(id) ?? '…');
  const rows = [coverage.filter((entry) => isConsumerStage(entry.stage)), coverage.filter((entry) => !isConsumerStage(entry.stage))].filter((row) => row.length > 0);
  const open = coverage.find((entry) => entry.stage === selected) ?? null;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="journey-title" sx={{ p: 2 }} data-testid="journey-picture">
      <Typography variant="h3" component="h2" id="journey-title">
        {t('journey.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('journey.pictureHelp')}
      </Typography>
      <Stack spacing={1}>
        {rows.map((row) => (
          <Box key={row[0].stage}>
            {rows.length > 1 && (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
                {t(isConsumerStage(row[0].stage) ? 'journey.consumerRow' : 'journey.businessRow')}
              </Typography>
            )}
            <Box sx={{ display: 'flex', alignItems: 'stretch', gap: 0.5 }}>
              {row.map((entry, index) => (
                <Fragment key={entry.stage}>
                  {index > 0 && <ArrowForwardIcon fontSize="small" sx={{ alignSelf: 'center', color: 'text.secondary', flexShrink: 0 }} aria-hidden />}
                  <StageBox coverage={entry} titles={titlesOf(entry)} selected={selected === entry.stage} flagGaps={plan.actions.length > 0} onSelect={() => setSelected(selected === entry.stage ? null : entry.stage)} />
                </Fragment>
              ))}
            </Box>
          </Box>
        ))}
      </Stack>
      {open && (
        <Box sx={{ mt: 1.5 }} data-testid="journey-detail">
          {open.actionIds.length === 0 ? (
            <Typography variant="body2">{t(`journey.stages.${open.stage}.examples`)}</Typography>
          ) : (
            <>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {t('journey.servedBy', { stage: t(`journey.stages.${open.stage}.name`) })}
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 3, typography: 'body2' }}>
                {titlesOf(open).map((title, index) => (
                  <li key={`${open.actionIds[index]}`}>{title}</li>
                ))}
              </Box>
            </>
          )}
        </Box>
      )}
    </Paper>
  );
}

type JourneyFields = Pick<Action, 'category' | 'title' | 'description' | 'journeyStages'>;

/**
 * « Moments du parcours servis » in the action editor: ticked from the action's category and words
 * until the owner ticks them; « Déduire automatiquement » hands them back to the inference.
 */
export const JourneyStagesField = memo(function JourneyStagesField({ action, onChange }: { action: JourneyFields; onChange(patch: Pick<Action, 'journeyStages'>): void }) {
  const { t } = useTranslation();
  // A string, so the field re-renders when the plan's journey changes, not at every edit of the plan.
  const journey = useAppStore((state) => (state.opened ? journeyFor(state.opened.plan).join('|') : ''));
  const stages = useMemo(() => (journey ? (journey.split('|') as JourneyStage[]) : []), [journey]);
  const ticked = actionJourneyStages(action);
  const inferred = action.journeyStages === undefined;
  const toggle = (stage: JourneyStage) => {
    const next = ticked.includes(stage) ? ticked.filter((other) => other !== stage) : [...ticked, stage];
    onChange({ journeyStages: stages.filter((other) => next.includes(other)).concat(next.filter((other) => !stages.includes(other))) });
  };
  return (
    <Box data-testid="action-journey">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{t('journey.tagsLabel')}</Typography>
        <Typography variant="caption" color="text.secondary" data-testid="action-journey-mode">
          {inferred ? t('journey.inferred') : t('journey.chosen')}
        </Typography>
        {!inferred && (
          <Button size="small" onClick={() => onChange({ journeyStages: undefined })} data-testid="action-journey-automatic">
            {t('journey.automatic')}
          </Button>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('journey.tagsHelp')}
      </Typography>
      <Box role="group" aria-label={t('journey.tagsLabel')} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
        {stages.map((stage) => (
          <FormControlLabel
            key={stage}
            control={<Checkbox size="small" checked={ticked.includes(stage)} onChange={() => toggle(stage)} slotProps={{ input: { 'data-testid': `action-journey-${stage}` } as object }} />}
            label={t(`journey.stages.${stage}.name`)}
          />
        ))}
      </Box>
    </Box>
  );
});

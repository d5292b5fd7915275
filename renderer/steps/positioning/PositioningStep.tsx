import { Box, Chip, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { positioningElements, scoreSelfCheck } from '../../../shared/coach/positioning';
import { positioningStatement } from '../../../shared/coach/positioningStatement';
import { isLanguage, defaultLanguage } from '../../../shared/i18n';
import { LONG_TEXT_MAX, selfCheckQuestions, type Positioning, type SelfCheckQuestion } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { useTradeExample } from '../../app/tradeExample';
import { StepHeader } from '../../components/StepHeader';
import { SectionHeading } from '../../components/SectionHeading';

const verdictColors = { incomplete: 'default', solid: 'success', toStrengthen: 'warning', toRethink: 'error' } as const;

/** The positioning sentence, assembled live: the user's parts stand out, empty parts show what still has to be written. */
function Statement({ positioning, brand }: { positioning: Positioning; brand: string }) {
  const { t, i18n } = useTranslation();
  const statement = positioningStatement(positioning, brand, isLanguage(i18n.language) ? i18n.language : defaultLanguage);
  return (
    <Paper sx={{ p: 3, bgcolor: 'primary.main', color: 'primary.contrastText' }} component="section" aria-labelledby="statement-title">
      <Typography variant="overline" id="statement-title" sx={{ opacity: 0.85 }}>
        {t('positioning.statementTitle')}
      </Typography>
      <Typography sx={{ fontSize: '1.6rem', lineHeight: 1.35, fontWeight: 500 }} data-testid="positioning-statement">
        {statement.segments.map((segment, index) =>
          segment.part === undefined ? (
            segment.text
          ) : (
            <Box
              key={index}
              component="span"
              data-part={segment.part}
              sx={segment.blank ? { opacity: 0.7, fontStyle: 'italic' } : { fontWeight: 700 }}
            >
              {segment.text}
            </Box>
          ),
        )}
      </Typography>
    </Paper>
  );
}

function SelfCheck({ positioning, onAnswer }: { positioning: Positioning; onAnswer(question: SelfCheckQuestion, yes: boolean | null): void }) {
  const { t } = useTranslation();
  const score = scoreSelfCheck(positioning);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="self-check-title">
      <SectionHeading id="self-check-title" title={t('positioning.selfCheckTitle')} help={t('positioning.selfCheckHelp')} />
      <Stack spacing={1}>
        {selfCheckQuestions.map((question, index) => {
          const answer = positioning.selfCheck[question];
          return (
            <Stack key={question} direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography id={`question-${question}`}>
                {index + 1}. {t(`positioning.questions.${question}`)}
              </Typography>
              <ToggleButtonGroup
                exclusive
                size="small"
                value={answer === undefined ? null : answer ? 'yes' : 'no'}
                onChange={(_, value: 'yes' | 'no' | null) => onAnswer(question, value === null ? null : value === 'yes')}
                aria-labelledby={`question-${question}`}
                data-testid={`self-check-${question}`}
              >
                <ToggleButton value="yes" color="success" sx={{ px: 2 }}>
                  {t('positioning.yes')}
                </ToggleButton>
                <ToggleButton value="no" color="error" sx={{ px: 2 }}>
                  {t('positioning.no')}
                </ToggleButton>
              </ToggleButtonGroup>
            </Stack>
          );
        })}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h3" component="p" data-testid="self-check-score">
          {t('positioning.score', { yes: score.yes, total: score.total })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('positioning.answered', { count: score.answered, total: score.total })}
        </Typography>
        <Chip color={verdictColors[score.verdict]} label={t(`positioning.verdicts.${score.verdict}`)} data-testid="self-check-verdict" />
      </Stack>
    </Paper>
  );
}

export function PositioningStep() {
  const { t } = useTranslation();
  const positioning = useAppStore((state) => state.opened?.plan.positioning);
  const brand = useAppStore((state) => state.opened?.plan.company.name ?? '');
  const updateSection = useAppStore((state) => state.updateSection);
  const example = useTradeExample();
  if (!positioning) return null;
  const update = (patch: Partial<Positioning>) => updateSection('positioning', { ...positioning, ...patch });
  const answer = (question: SelfCheckQuestion, yes: boolean | null) => {
    const selfCheck = { ...positioning.selfCheck };
    if (yes === null) delete selfCheck[question];
    else selfCheck[question] = yes;
    update({ selfCheck });
  };

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <StepHeader step="positioning" intro={t('positioning.intro')} />
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        {positioningElements.map((element) => (
          <TextField
            key={element}
            label={t(`positioning.elements.${element}.label`)}
            helperText={
              <>
                {t(`positioning.elements.${element}.help`)}
                <Box component="span" sx={{ display: 'block', fontStyle: 'italic', mt: 0.5 }} data-testid={`positioning-${element}-example`}>
                  {example(element)}
                </Box>
              </>
            }
            value={positioning[element]}
            multiline
            minRows={2}
            onChange={(event) => update({ [element]: event.target.value })}
            slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': `positioning-${element}` } }}
          />
        ))}
      </Box>
      <Statement positioning={positioning} brand={brand} />
      <SelfCheck positioning={positioning} onAnswer={answer} />
    </Stack>
  );
}

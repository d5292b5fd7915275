import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Persona, Segment } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { useFocusOnAdd } from '../../app/focusNew';
import { usePlanReview } from '../../app/planReview';
import { useAppStore } from '../../app/store';
import { StepHeader } from '../../components/StepHeader';
import { PersonaCard } from './PersonaCard';
import { SegmentCard } from './SegmentCard';
import { SectionHeading } from '../../components/SectionHeading';

const newSegment = (isFirst: boolean): Segment => ({
  id: newId(),
  name: '',
  role: isFirst ? 'core' : 'secondary',
  criteria: {},
  estimatedSize: '',
  priority: isFirst ? 1 : 2,
  description: '',
});

const newPersona = (segmentId: string | null): Persona => ({
  id: newId(),
  segmentId,
  name: '',
  age: '',
  situation: '',
  needs: '',
  frustrations: '',
  habits: '',
  quote: '',
});

/** Warnings about one segment are shown on its card, the others at the top of the step. */
const ITEM_CODES = ['everyoneTarget'];

export function TargetsStep() {
  const { t } = useTranslation();
  const plan = useAppStore((state) => state.opened?.plan);
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  const reviews = usePlanReview();
  if (!plan) return null;
  const { segments, personas } = plan;
  const warnings = reviews?.targets?.warnings ?? [];
  const cores = segments.filter((segment) => segment.role === 'core');
  const coresWithoutPersona = cores.filter((core) => !personas.some((persona) => persona.segmentId === core.id));
  const segmentName = (id: string | null) => (id === null ? null : (segments.find((segment) => segment.id === id)?.name ?? null));

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <StepHeader step="targets" intro={t('targets.intro')} inlineCodes={ITEM_CODES} />
      <Box component="section" aria-labelledby="segments-title">
        <SectionHeading id="segments-title" title={t('targets.segmentsTitle')} help={`${t('targets.segmentsHelp')} ${t('targets.segment.roleHelp')}`} />
        <Stack spacing={1.5}>
          {segments.length === 0 && <Typography color="text.secondary">{t('targets.empty')}</Typography>}
          {segments.map((segment, index) => (
            <SegmentCard
              key={segment.id}
              segment={segment}
              index={index}
              count={segments.length}
              customerKind={plan.company.customerKind}
              warnings={warnings.filter((warning) => warning.itemId === segment.id && warning.code === 'everyoneTarget')}
              autoFocus={focus.shouldFocus(segment.id)}
            />
          ))}
        </Stack>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          sx={{ mt: 1.5 }}
          onClick={() => saveItem('segments', focus.created(newSegment(segments.length === 0)))}
          data-testid="add-segment"
        >
          {t('targets.addSegment')}
        </Button>
      </Box>
      <Box component="section" aria-labelledby="personas-title">
        <SectionHeading id="personas-title" title={t('targets.personasTitle')} help={t('targets.personasHelp')} />
        <Stack spacing={1.5}>
          {personas.map((persona) => (
            <PersonaCard
              key={persona.id}
              persona={persona}
              segmentName={segmentName(persona.segmentId)}
              autoFocus={focus.shouldFocus(persona.id)}
            />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, flexWrap: 'wrap' }}>
          {coresWithoutPersona.map((core) => (
            <Button
              key={core.id}
              startIcon={<AddIcon />}
              variant="outlined"
              onClick={() => saveItem('personas', focus.created(newPersona(core.id)))}
              data-testid="add-persona"
            >
              {t('targets.addPersona')} — {core.name || '…'}
            </Button>
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}

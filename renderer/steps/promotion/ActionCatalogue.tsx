import { useCallback, useMemo, useState } from 'react';
import { Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { actionCategories, type Action, type ActionCategory } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';
import { catalogueActions, catalogueKpis, type CatalogueAction } from './catalogue';
import { newKpi } from './KpisEditor';

const ALL = 'all';

/** A ready action becomes the user's own, linked to an objective of the same family if there is one. */
function fromCatalogue(entry: CatalogueAction, objectiveId: string | null, kpiNames: ReturnType<typeof catalogueKpis>): Action {
  return {
    id: newId(),
    category: entry.category,
    title: entry.title,
    description: entry.description,
    objectiveIds: objectiveId ? [objectiveId] : [],
    segmentIds: [],
    owner: { kind: 'person', name: '' },
    activeMonths: [],
    costLines: [],
    kpis: entry.kpis.filter((key) => kpiNames[key]).map((key) => newKpi(kpiNames[key].name, kpiNames[key].unit, key)),
    detail: { ...entry.detail },
    actualSpendCents: Array.from({ length: 12 }, () => null),
  };
}

/** Titles as compared to mark a catalogue entry already in the plan: case and spaces aside. */
const titleKey = (title: string) => title.trim().toLocaleLowerCase('fr').replace(/\s+/g, ' ');
/** Each action's title key, computed once per action object: the store hands back the same object until it is edited. */
const titleKeys = new WeakMap<Action, string>();
const actionTitleKey = (action: Action): string => {
  let key = titleKeys.get(action);
  if (key === undefined) titleKeys.set(action, (key = titleKey(action.title)));
  return key;
};

/**
 * The catalogue entries already in the plan, as one string of their keys: typing in an action's title
 * changes it only when the title comes to match, or stops matching, an entry, so the hundred entries
 * are not drawn again at every keystroke.
 */
const selectEntriesInPlan = (actions: Action[] | undefined, entries: readonly CatalogueAction[]): string => {
  const titles = new Set((actions ?? []).map(actionTitleKey));
  return entries.flatMap((entry) => (titles.has(titleKey(entry.title)) ? [entry.key] : [])).join('\n');
};

export function ActionCatalogue({ onAdd }: { onAdd(action: Action): void }) {
  const { t } = useTranslation();
  const objectives = useAppStore((state) => state.opened?.plan.objectives ?? []);
  const customerKind = useAppStore((state) => state.opened?.plan.company.customerKind ?? 'both');
  const [category, setCategory] = useState<ActionCategory | typeof ALL>(ALL);
  // Built once per language: the catalogue re-renders when objectives change, not its hundred entries' texts.
  const kpiNames = useMemo(() => catalogueKpis(t), [t]);
  const allEntries = useMemo(() => catalogueActions(t), [t]);
  const entriesInPlan = useAppStore(useCallback((state) => selectEntriesInPlan(state.opened?.plan.actions, allEntries), [allEntries]));
  const inPlan = useMemo(() => new Set(entriesInPlan.split('\n')), [entriesInPlan]);
  const entries = allEntries.filter(
    (entry) =>
      (category === ALL || entry.category === category) &&
      (customerKind === 'both' || entry.audience === 'both' || entry.audience === customerKind),
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="catalogue-title">
      <SectionHeading id="catalogue-title" title={t('promotion.catalogueTitle')} help={t('promotion.catalogueHelp')} level="h3" />
      <TextField
        select
        label={t('promotion.action.category')}
        value={category}
        onChange={(event) => setCategory(event.target.value as ActionCategory | typeof ALL)}
        sx={{ width: 300, mb: 1.5 }}
        slotProps={{ htmlInput: { 'data-testid': 'catalogue-category' } }}
      >
        <MenuItem value={ALL}>{t('promotion.catalogueAll')}</MenuItem>
        {actionCategories.map((key) => (
          <MenuItem key={key} value={key}>
            {t(`actionPlan.categories.${key}`)}
          </MenuItem>
        ))}
      </TextField>
      <Stack spacing={1} sx={{ maxHeight: 320, overflowY: 'auto', pr: 1 }} data-testid="catalogue">
        {entries.map((entry) => (
          <Stack key={entry.key} direction="row" spacing={1.5} sx={{ alignItems: 'center' }} data-testid="catalogue-entry">
            <Box sx={{ width: 6, alignSelf: 'stretch', borderRadius: 1, bgcolor: categoryColors[entry.category] }} />
            <Box sx={{ flex: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>
                {entry.title}{' '}
                <Chip size="small" variant="outlined" label={t(`promotion.catalogueAudience.${entry.audience}`)} sx={{ ml: 0.5 }} />
                {inPlan.has(entry.key) && (
                  <Chip size="small" color="success" label={t('catalogueEntry.inPlan')} sx={{ ml: 0.5 }} data-testid="catalogue-in-plan" />
                )}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {entry.description}
              </Typography>
            </Box>
            <Button
              startIcon={<AddIcon />}
              aria-label={`${t('promotion.add')} : ${entry.title}`}
              onClick={() => onAdd(fromCatalogue(entry, objectives.find((o) => o.family === entry.family)?.id ?? null, kpiNames))}
            >
              {t('promotion.add')}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

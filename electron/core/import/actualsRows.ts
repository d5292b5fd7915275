import type { ActualsChange, ActualsImport, ImportContext } from '../../../shared/importActions';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { parseEurosToCents } from '../../../shared/money';
import { cents as centsSchema } from '../../../shared/plan';
import { cellText, isBlank, type Cell, type TableRow } from './table';
import { fold } from './text';

/** Columns of the « Pilotage » sheet (electron/core/export/xlsx/steeringSheet.ts): A the action, C–N January to December. */
const TITLE_INDEX = 0;
const FIRST_MONTH_INDEX = 2;
/** The actions' rows end at the total; the table by month below it is not typed in. */
const totalLabels = new Set([fr.pilotage.total, en.pilotage.total].map(fold));

class BadAmount extends Error {
  constructor(readonly month: number) {
    super('invalidAmount');
  }
}

/** A month's cell: blank changes nothing (null), a number is euros, a text is read the French way. */
function monthCents(cell: Cell | undefined, month: number): number | null {
  if (isBlank(cell)) return null;
  const cents = typeof cell === 'number' ? Math.round(cell * 100) : parseEurosToCents(cellText(cell));
  if (cents === null || !centsSchema.safeParse(cents).success) throw new BadAmount(month);
  return cents;
}

/**
 * The actual spend typed in our workbook's « Pilotage » sheet, matched to the plan's actions by
 * title (case and accents aside). A title that matches no action, or several, is skipped and said.
 */
export function mapActualsRows(sheet: { sheetName: string; rows: TableRow[] }, context: Pick<ImportContext, 'existingActuals'>): ActualsImport {
  const byTitle = new Map<string, ImportContext['existingActuals']>();
  for (const action of context.existingActuals) byTitle.set(fold(action.title), [...(byTitle.get(fold(action.title)) ?? []), action]);
  const taken = new Set<string>();
  const changes: ActualsChange[] = [];
  const skipped: ActualsImport['skipped'] = [];
  for (const { row, cells } of sheet.rows) {
    const title = cellText(cells[TITLE_INDEX]).trim();
    if (totalLabels.has(fold(title))) break;
    if (title === '') continue;
    let typed: (number | null)[];
    try {
      typed = Array.from({ length: 12 }, (_, index) => monthCents(cells[FIRST_MONTH_INDEX + index], index + 1));
    } catch (error) {
      if (!(error instanceof BadAmount)) throw error;
      skipped.push({ row, title, code: 'invalidAmount', params: { month: error.month } });
      continue;
    }
    // A line with nothing typed (a commission, an action not followed yet) says nothing.
    if (typed.every((value) => value === null)) continue;
    const matches = byTitle.get(fold(title)) ?? [];
    if (matches.length === 0) {
      skipped.push({ row, title, code: 'unknownAction' });
      continue;
    }
    if (matches.length > 1 || taken.has(matches[0].id)) {
      skipped.push({ row, title, code: 'ambiguousTitle' });
      continue;
    }
    const action = matches[0];
    taken.add(action.id);
    const after = action.actualSpendCents.map((before, index) => typed[index] ?? before);
    const changedMonths = after.flatMap((value, index) => (value !== action.actualSpendCents[index] ? [index + 1] : []));
    if (changedMonths.length > 0) changes.push({ row, actionId: action.id, title: action.title, before: [...action.actualSpendCents], after, changedMonths });
  }
  return { sheetName: sheet.sheetName, changes, skipped };
}

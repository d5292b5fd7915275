import { actionSheetColumns, type ActionSheetColumn } from '../../../shared/actionSheet';
import { xlsxEn } from '../../../shared/i18n/xlsx.en';
import { xlsxFr } from '../../../shared/i18n/xlsx.fr';
import { cellText, type Cell } from './table';
import { fold } from './text';

/**
 * Names a header cell may carry for each column: the column id, its label in the workbook in
 * French and English, and a few words people type in a hand-made sheet (docs/import-actions.md).
 */
const aliases: Record<ActionSheetColumn, string[]> = {
  category: ['catégorie', 'type'],
  title: ['titre', 'intitulé'],
  description: [],
  objectives: ['objectif', 'objective'],
  segments: ['cible', 'segment', 'target'],
  kpis: ['indicateur', 'kpi', 'indicator', 'indicators'],
  owner: ['porteur'],
  q1: ['trimestre 1', 'quarter 1'],
  q2: ['trimestre 2', 'quarter 2'],
  q3: ['trimestre 3', 'quarter 3'],
  q4: ['trimestre 4', 'quarter 4'],
  total: ['budget', 'montant', 'coût', 'amount', 'cost'],
  months: ['month'],
};

/** Header text with what people add around a name dropped: "T1 (€)", "Action *", "Mois :". */
const foldHeader = (text: string): string =>
  fold(text.replace(/\([^)]*\)/g, '').replace(/[*:]/g, ''));

const columnByName = new Map<string, ActionSheetColumn>();
for (const column of actionSheetColumns) {
  const names = [column, xlsxFr.xlsx.actionColumns[column], xlsxEn.xlsx.actionColumns[column], ...aliases[column]];
  for (const name of names) columnByName.set(foldHeader(name), column);
}

export const requiredColumn: ActionSheetColumn = 'title';
export const requiredColumnLabel = xlsxFr.xlsx.actionColumns[requiredColumn];

export interface HeaderMatch {
  /** Index of each recognised column's cell (the first one when a name repeats). */
  columns: Partial<Record<ActionSheetColumn, number>>;
  /** Header texts as written, by cell index, to name columns in messages. */
  labels: string[];
  unknown: string[];
  duplicates: string[];
}

export function matchHeader(cells: Cell[]): HeaderMatch {
  const match: HeaderMatch = { columns: {}, labels: cells.map((cell) => cellText(cell).trim()), unknown: [], duplicates: [] };
  match.labels.forEach((label, index) => {
    if (label === '') return;
    const column = columnByName.get(foldHeader(label));
    if (!column) match.unknown.push(label);
    else if (match.columns[column] !== undefined) match.duplicates.push(label);
    else match.columns[column] = index;
  });
  return match;
}

export const recognisedCount = (match: HeaderMatch): number => Object.keys(match.columns).length;

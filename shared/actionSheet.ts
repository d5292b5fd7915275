/**
 * The columns of the workbook's actions sheet, in order. The exporter writes them and the
 * importer reads them back (from our workbook or a simple CSV/XLSX), so a round trip keeps
 * every action. Headers come from the catalogue (`xlsx.actionColumns.<id>`), in either language.
 */
export const actionSheetColumns = [
  'category',
  'title',
  'description',
  'objectives',
  'segments',
  'kpis',
  'owner',
  'q1',
  'q2',
  'q3',
  'q4',
  'total',
  'months',
] as const;
export type ActionSheetColumn = (typeof actionSheetColumns)[number];

/** Several values in one cell (objectives, segments, KPIs, months) are separated by this. */
export const listSeparator = ' ; ';

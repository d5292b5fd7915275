import type ExcelJS from 'exceljs';
import type { WalletBand } from '../../../../shared/compute/pipeline';
import type { CommitteeMember, KeyAccount } from '../../../../shared/plan';
import { address, columnLetter, sheetReference } from './budgetFormulas';
import { euros, fillSolid, font, isoDateCell, setCell, styleBody, styleSectionTitle, styleTotal, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeHeaderRow, writeTable } from './sheet';
import { dealRowsOf, WEIGHTED_COLUMN } from './pipelineSheet';

/**
 * Where everything sits on the « Comptes clés » sheet: one row per account from row 2, A company,
 * B sector, C size, D current revenue, E potential, F share of wallet, G its band, H contacts,
 * I decision maker, J weighted deals, K next step, L its date; the total below; then the committees.
 */
const column = { company: 1, sector: 2, size: 3, current: 4, potential: 5, share: 6, band: 7, contacts: 8, decisionMaker: 9, weighted: 10, nextStep: 11, nextStepDate: 12 } as const;
const FIRST_ROW = 2;

const inputFill = '#FFF4CC';
const computedFill = '#F2F4F7';

/** A text of ours inside a formula, its quotes doubled. */
const literal = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * The share of wallet's band from the two amounts, with the app's edges (shared/compute/pipeline.ts):
 * under 30 % conquest, over 60 % loyalty. The euros are turned back into whole cents first, so the
 * comparison is between integers, exact at 30 % and 60 % where 4 096,11 × 100 and 13 653,70 × 30 are
 * not equal in floating point.
 */
function bandFormula(context: XlsxContext, n: number): string {
  const band = (key: WalletBand) => literal(context.t(`accountTerms.bands.${key}`));
  const cents = (columnNumber: number) => `ROUND(${address(columnNumber, n)}*100,0)`;
  const current = `${cents(column.current)}*100`;
  return `IF(${address(column.share, n)}="","",IF(${current}<${cents(column.potential)}*30,${band('conquest')},IF(${current}>${cents(column.potential)}*60,${band('loyalty')},${band('development')})))`;
}

function writeAccount(sheet: ExcelJS.Worksheet, context: XlsxContext, index: number): void {
  const { t, formats, plan, report } = context;
  const account = plan.accounts[index];
  const summary = report.accounts[index];
  const n = FIRST_ROW + index;
  const current = address(column.current, n);
  const potential = address(column.potential, n);
  const { currentRevenueCents: currentCents, potentialCents } = account;
  const deals = dealRowsOf(plan, index);
  const pipelineName = context.sheetNames.pipeline;
  const cells: [number, CellInput, string | undefined, string | null][] = [
    [column.company, account.company, undefined, null],
    [column.sector, account.sector, undefined, null],
    [column.size, account.size === null ? '' : t(`accountTerms.sizes.${account.size}`), undefined, null],
    [column.current, currentCents === null ? null : euros(currentCents), formats.euros, inputFill],
    [column.potential, potentialCents === null ? null : euros(potentialCents), formats.euros, inputFill],
    // The exact quotient, as the formula gives it: shown at two decimals, it is the app's rate.
    [
      column.share,
      {
        formula: `IF(OR(${current}="",${potential}="",${potential}=0),"",${current}/${potential})`,
        result: currentCents === null || potentialCents === null || potentialCents === 0 ? '' : currentCents / potentialCents,
      },
      formats.percent,
      computedFill,
    ],
    [column.band, { formula: bandFormula(context, n), result: summary.shareOfWallet.band === null ? '' : t(`accountTerms.bands.${summary.shareOfWallet.band}`) }, undefined, computedFill],
    [column.contacts, summary.contacts, formats.integer, null],
    [column.decisionMaker, t(`accountsExports.labels.${summary.hasDecisionMaker ? 'yes' : 'no'}`), undefined, null],
    // The account's run of rows on the « Pipeline » sheet: a probability changed there shows here.
    [
      column.weighted,
      deals === null
        ? 0
        : {
            formula: `SUM(${sheetReference(pipelineName, `${columnLetter(WEIGHTED_COLUMN)}${deals[0]}`)}:${columnLetter(WEIGHTED_COLUMN)}${deals[1]})`,
            result: euros(summary.weightedCents),
          },
      formats.euros,
      computedFill,
    ],
    [column.nextStep, account.nextStep, undefined, null],
    [column.nextStepDate, isoDateCell(account.nextStepDate), formats.date, null],
  ];
  const row = sheet.getRow(n);
  for (const [columnNumber, value, numFmt, fill] of cells) {
    const cell = row.getCell(columnNumber);
    setCell(cell, value, numFmt);
    styleBody(cell, typeof value === 'string');
    if (fill) fillSolid(cell, fill);
  }
  row.getCell(column.company).font = font({ bold: true });
}

function writeTotal(sheet: ExcelJS.Worksheet, context: XlsxContext, rowNumber: number): void {
  const { t, formats, report } = context;
  const totals = report.accountTotals;
  const row = sheet.getRow(rowNumber);
  const sum = (columnNumber: number, result: number): CellInput => ({ formula: `SUM(${address(columnNumber, FIRST_ROW)}:${address(columnNumber, rowNumber - 1)})`, result });
  setCell(row.getCell(1), t('accountsExports.labels.total'));
  setCell(row.getCell(column.current), sum(column.current, euros(totals.currentRevenueCents)), formats.euros);
  setCell(row.getCell(column.potential), sum(column.potential, euros(totals.potentialCents)), formats.euros);
  setCell(row.getCell(column.contacts), sum(column.contacts, totals.contacts), formats.integer);
  setCell(row.getCell(column.weighted), sum(column.weighted, euros(report.pipeline.weightedCents)), formats.euros);
  for (let columnNumber = 1; columnNumber <= column.nextStepDate; columnNumber++) styleTotal(row.getCell(columnNumber));
}

/** Every account's buying committee, one row per person. */
function writeCommittees(sheet: ExcelJS.Worksheet, context: XlsxContext, firstRow: number): void {
  const { t, formats, plan } = context;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const title = sheet.getCell(firstRow, 1);
  setCell(title, t('accountsExports.xlsx.committeeTitle'));
  styleSectionTitle(title);
  const members = plan.accounts.flatMap((account: KeyAccount) => account.committee.map((member) => ({ account, member })));
  writeTable<{ account: KeyAccount; member: CommitteeMember }>(
    sheet,
    firstRow + 1,
    [
      { header: label('account'), value: ({ account }) => account.company, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: label('name'), value: ({ member }) => member.name, wrap: true },
      { header: label('position'), value: ({ member }) => member.position, wrap: true },
      { header: label('role'), value: ({ member }) => t(`accountTerms.roles.${member.role}`), wrap: true },
      { header: label('attitude'), value: ({ member }) => t(`accountTerms.attitudes.${member.attitude}`) },
      { header: label('channel'), value: ({ member }) => t(`accountTerms.channels.${member.channel}`) },
      { header: label('lastContact'), value: ({ member }) => isoDateCell(member.lastContact), numFmt: formats.date },
    ],
    members,
  );
}

/**
 * « Comptes clés »: one row per account, its share of wallet and band as formulas on the amounts, its
 * weighted deals added up from the « Pipeline » sheet; then the buying committees. Only for a plan
 * that names key accounts.
 */
export function addAccountsSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, plan } = context;
  if (plan.accounts.length === 0) return;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const sheet = addSheet(workbook, context, 'accounts', { widths: [28, 22, 24, 15, 15, 13, 16, 10, 12, 16, 36, 18], frozenColumns: 1 });
  writeHeaderRow(sheet, 1, [
    label('company'),
    label('sector'),
    label('size'),
    label('currentRevenue'),
    label('potential'),
    label('shareOfWallet'),
    label('band'),
    label('contacts'),
    label('decisionMaker'),
    label('weighted'),
    label('nextStep'),
    label('nextStepDate'),
  ]);
  // No header row repeated on printed pages: the committees below have columns of their own.
  plan.accounts.forEach((_, index) => writeAccount(sheet, context, index));
  const totalRow = FIRST_ROW + plan.accounts.length;
  writeTotal(sheet, context, totalRow);
  const note = sheet.getRow(totalRow + 1).getCell(1);
  setCell(note, t('accountsExports.xlsx.accountsNote', { pipeline: context.sheetNames.pipeline }));
  note.font = font({ italic: true, color: { argb: 'FF555555' } });
  writeCommittees(sheet, context, totalRow + 3);
}

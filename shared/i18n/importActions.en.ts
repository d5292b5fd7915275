import type { importActionsFr } from './importActions.fr';
import type { Widen } from './widen';

/** Texts of the action import (a spreadsheet read into a preview), in English. */
export const importActionsEn: Widen<typeof importActionsFr> = {
  importActions: {
    title: 'Import actions',
    open: 'Import actions…',
    intro:
      'Add at once actions kept in a spreadsheet: the “Actions” sheet of a workbook exported by Cap Marketing, or a CSV or Excel file whose first row names the columns (Action required; Category, Description, Objectives, Targets, KPIs, Owner, Q1 to Q4, Months optional). Nothing is added before you confirm.',
    chooseFile: 'Choose a file…',
    reading: 'Reading the file…',
    fileRead: 'File read: {{name}}',
    acceptedTitle_one: '{{count}} action will be added',
    acceptedTitle_other: '{{count}} actions will be added',
    refusedTitle_one: '{{count}} row refused',
    refusedTitle_other: '{{count}} rows refused',
    warningsTitle: 'To check',
    rowLabel: 'Row {{row}}',
    noneAccepted: 'No row can be added. Fix the file and try again.',
    confirm_one: 'Add {{count}} action',
    confirm_other: 'Add the {{count}} actions',
    cancel: 'Cancel',
    done_one: '{{count}} action imported.',
    done_other: '{{count}} actions imported.',
    errors: {
      emptyImportFile: 'This file is empty: there are no actions to import.',
      fileTooLarge: 'This file is too large: {{maxMb}} MB at most. Import the actions in several files.',
      notSpreadsheet: 'Cap Marketing cannot read this file as a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.',
      legacyExcel:
        'This workbook is in the old Excel format (.xls) or protected by a password. In Excel, save it as .xlsx (without a password) or CSV, then import that copy.',
      unreadableWorkbook: 'This workbook is damaged or incomplete and cannot be read. Save it again from your spreadsheet, then retry.',
      uncompressedTooLarge:
        'This workbook holds too much data once uncompressed ({{maxMb}} MB at most). Keep only the actions sheet, or use a CSV file.',
      suspiciousCompression:
        'This workbook expands abnormally (more than {{maxRatio}} times its size, or more than it declares): it was not opened, for safety.',
      tooManyZipEntries: 'This workbook holds too many internal parts ({{max}} at most): it was not opened, for safety.',
      unclosedQuote: 'The CSV file opens quotes on row {{row}} and never closes them. Fix that row in your spreadsheet, then retry.',
      missingRequiredColumn:
        'Required column not found: “{{column}}”. The first row must name the columns (Action, Category, Description, Q1…Q4, Months…).',
      tooManyRows: 'Too many rows: {{max}} actions at most per import. Split the file.',
      tooManyColumns: 'Too many columns: {{max}} at most. Keep only the actions’ columns.',
      cellTooLong: 'The cell on row {{row}}, column “{{column}}”, is longer than {{max}} characters. Shorten it, then retry.',
      tooManyActions: 'A plan holds at most {{max}} actions: it already has {{existing}} and the file would add {{importing}}.',
      importTimeout: 'Reading the file took too long (over {{seconds}} s) and was stopped. Your plan was not changed.',
      importOutOfMemory: 'Reading the file needed too much memory (over {{maxMb}} MB) and was stopped. Your plan was not changed.',
      importFailed: 'Unexpected error while reading the file ({{detail}}). Your plan was not changed.',
    },
    reasons: {
      missingTitle: 'The action has no name (column “Action”).',
      textTooLong: 'Text too long in column “{{column}}”: {{max}} characters at most.',
      negativeAmount: 'Negative amount in column “{{column}}”: {{value}}.',
      invalidAmount: 'Amount not recognised in column “{{column}}”: “{{value}}” (type for example 1250.50).',
      unknownMonth: 'Month not recognised: “{{value}}” (type for example Jan ; Mar or 1 ; 3).',
      tooManyValues: 'Too many items in column “{{column}}”: {{max}} at most.',
      invalidAction: 'Action refused: invalid value ({{detail}}).',
    },
    warnings: {
      unknownColumns: 'Columns ignored: {{columns}}.',
      duplicateColumn: 'Column “{{column}}” appears twice: only the first one is read.',
      rowsSkipped: 'Rows without an action skipped (headings or totals): {{rows}}.',
      unknownCategory: 'Unknown category “{{value}}”: the action is filed under “Other”.',
      unknownObjective: 'Objective not found in the plan: “{{name}}” (not linked).',
      unknownSegment: 'Target not found in the plan: “{{name}}” (not linked).',
      totalIgnored: 'Column “{{column}}” ignored: the budget comes from the quarters, whose sum differs from the total.',
      sameTitleInPlan: 'The plan already has an action “{{title}}”: check it is not a duplicate.',
    },
  },
};

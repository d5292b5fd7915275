import type { Catalog } from './fr';
import { actionPlanEn } from './actionPlan.en';
import { mixEn } from './mix.en';
import { pdfEn } from './pdf.en';
import { xlsxEn } from './xlsx.en';
import { workflowsEn } from './workflows.en';
import { everydayEn } from './everyday.en';
import { tradesEn } from './trades.en';
import { samplesEn } from './samples.en';
import { importActionsEn } from './importActions.en';
import { offerFiguresEn } from './offerFigures.en';
import { figuresEn } from './figures.en';
import { strategyEn } from './strategy.en';
import { pdfPagesEn } from './pdfPages.en';
import { customersEn } from './customers.en';
import { rgpdEn } from './rgpd.en';
import { steeringEn } from './steering.en';
import { accountsEn } from './accounts.en';
import { accountsExportsEn } from './accountsExports.en';
import { calendarMomentsEn } from './calendarMoments.en';

const { missing: strategyMissing, warnings: strategyWarnings, ...strategyTexts } = strategyEn;
const { missing: mixMissing, warnings: mixWarnings, ...mixTexts } = mixEn;
const { missing: figuresMissing, warnings: figuresWarnings, ...figuresTexts } = figuresEn;
const { missing: rgpdMissing, warnings: rgpdWarnings, ...rgpdTexts } = rgpdEn;
const { missing: steeringMissing, warnings: steeringWarnings, ...steeringTexts } = steeringEn;
const { missing: accountsMissing, warnings: accountsWarnings, ...accountsTexts } = accountsEn;

export const en: Catalog = {
  ...strategyTexts,
  ...mixTexts,
  ...actionPlanEn,
  ...pdfEn,
  ...xlsxEn,
  ...workflowsEn,
  ...everydayEn,
  ...tradesEn,
  ...samplesEn,
  ...importActionsEn,
  ...offerFiguresEn,
  ...figuresTexts,
  ...pdfPagesEn,
  ...customersEn,
  ...rgpdTexts,
  ...steeringTexts,
  ...accountsTexts,
  ...accountsExportsEn,
  ...calendarMomentsEn,
  warnings: { ...strategyWarnings, ...mixWarnings, ...figuresWarnings, ...rgpdWarnings, ...steeringWarnings, ...accountsWarnings },
  app: {
    name: 'Cap Marketing',
    tagline: 'Your marketing plan for the year, step by step.',
    language: 'Language',
    languages: { fr: 'Français', en: 'English' },
    savedAutomatically: 'Saved automatically',
    saving: 'Saving…',
    notSaved: 'Unsaved changes',
    retry: 'Retry',
    unsavedLeave: 'Your latest changes could not be written to the plan’s file. If you leave the plan now, they will be lost.',
    unsavedExport: 'Your latest changes could not be written to the plan’s file: the export will not include them.',
    leaveWithoutSaving: 'Leave without saving',
    exportAnyway: 'Export anyway',
    stay: 'Stay on the plan',
    close: 'Close plan',
    saveCopy: 'Save a copy…',
    copySaved: 'Copy saved: {{path}}',
    exported: 'Export saved: {{path}}',
    downloaded: 'Download of “{{name}}” started.',
    export: 'Export',
    exportPdf: 'PDF report',
    exportXlsx: 'Excel workbook',
    exporting: 'Exporting…',
  },
  home: {
    title: 'Welcome to Cap Marketing',
    intro:
      'Build your company’s marketing plan over a few sessions: diagnostic, objectives, targets, positioning, actions, budget and indicators. Everything stays on your computer, in a single file you can copy or send.',
    newPlan: 'New plan',
    newPlanHelp: 'Name your plan and choose the year it covers.',
    planTitle: 'Plan name',
    planTitlePlaceholder: 'E.g. Martin Bakery',
    planYear: 'Plan year',
    create: 'Create plan',
    openPlan: 'Open a plan',
    openPlanButton: 'Open a .capm file…',
    openPath: 'File path',
    openPathPlaceholder: 'E.g. /home/marie/Documents/Cap Marketing/Martin Bakery.capm',
    open: 'Open',
    recent: 'Recent plans',
    noRecent: 'No plan opened recently.',
    folder: 'Your plans are kept in: {{folder}}',
    titleRequired: 'Give your plan a name.',
    yearInvalid: 'Enter a year between 2000 and 2100.',
  },
  steps: {
    title: 'Plan steps',
    moreWarnings_one: 'See {{count}} more point to look at',
    moreWarnings_other: 'See the {{count}} other points to look at',
    states: { notStarted: 'Not started', inProgress: 'In progress', complete: 'Complete' },
    names: {
      company: 'Company',
      diagnostic: 'Diagnostic',
      customers: 'Customer file',
      objectives: 'Objectives',
      targets: 'Targets',
      accounts: 'Key accounts',
      positioning: 'Positioning',
      offer: 'Offer and pricing',
      promotion: 'Promotion actions',
      distribution: 'Distribution',
      budget: 'Budget',
      kpis: 'Indicators',
      calendar: 'Calendar',
      summary: 'Summary',
      pilotage: 'Steering',
    },
  },
  company: {
    intro:
      'Every plan starts with a snapshot of your company. This information is used in every step: your revenue forecast, for instance, lets you express a budget as a percentage of revenue. No need to be exact to the euro: an honest estimate is enough.',
    name: 'Company name',
    namePlaceholder: 'E.g. Martin Bakery',
    activity: 'Activity',
    activityPlaceholder: 'E.g. craft bakery and patisserie',
    customerKind: 'Your customers are',
    customerKinds: {
      b2c: 'consumers (B2C)',
      b2b: 'businesses (B2B)',
      both: 'both',
    },
    staff: 'Staff (people)',
    staffPlaceholder: 'E.g. 4',
    location: 'Location',
    locationPlaceholder: 'E.g. Lyon 7th district, Jean-Macé area',
    currentRevenue: 'Current revenue (excl. VAT, over a year)',
    currentRevenuePlaceholder: 'E.g. 320,000',
    planYear: 'Plan year',
    forecastTitle: 'Revenue forecast (excl. VAT)',
    forecastHelp:
      'Enter the revenue excluding VAT you expect for each month. Think of your seasons: holidays, school breaks, sales.',
    forecastTotal: 'Year total',
    forecastEntry: 'Enter the forecast',
    forecastByMonth: 'By month',
    forecastByQuarter: 'By quarter',
    forecastByYear: 'For the year',
    quarterLabel: 'Q{{quarter}} ({{from}} – {{to}})',
    yearAmount: 'Amount for the year',
    spreadHelp:
      'A quarterly or yearly figure is split evenly over its months, to the cent. Then switch back to “By month” to refine it month by month for your seasons.',
    forecastMonthsFilled: '{{count}} of 12 months filled in',
    fillRemaining: 'Spread over the rest of the year',
    fillRemainingHelp: 'Fills the empty months from the current revenue.',
    notes: 'Notes',
    notesPlaceholder: 'E.g. a second shop is planned to open in September.',
    invalidAmount: 'Amount not recognised: type for example 1250.50',
    invalidNumber: 'A whole number is expected, for example 4',
    missingTitle: 'To complete this step:',
  },
  months: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  coach: {
    missing: {
      companyName: 'enter the company name',
      activity: 'describe the activity',
      location: 'give the location',
      staff: 'enter the staff count',
      currentRevenue: 'enter the current revenue',
      revenueForecast: 'forecast revenue for all 12 months',
      ...strategyMissing,
      ...mixMissing,
      ...figuresMissing,
      ...rgpdMissing,
      ...steeringMissing,
      ...accountsMissing,
    },
  },
  errors: {
    ...importActionsEn.importActions.errors,
    notSqlite: 'This file is not a Cap Marketing plan: it is not a database.',
    emptyFile: 'This file is empty: it is not a Cap Marketing plan.',
    foreignDatabase: 'This file belongs to another program: Cap Marketing will not open or touch it.',
    newerVersion:
      'This plan was made with a newer version of Cap Marketing (format {{fileVersion}}; this version reads up to format {{appVersion}}). Update the app to open it; the file was not changed.',
    corrupted:
      'This plan is damaged and cannot be opened safely. The file was not changed: start again from a copy or a backup.',
    invalidVersion:
      'This file announces a plan format that does not exist (format {{fileVersion}}; this version reads formats 1 to {{appVersion}}). It was probably damaged or forged: Cap Marketing will not open it, and the file was not changed.',
    truncated:
      'This plan is incomplete: the file is shorter than its header says (an interrupted copy or download?). The file was not changed: ask for a new copy.',
    foreignSchema:
      'This file bears the Cap Marketing mark, but its structure is not a plan’s (“{{name}}” is missing or different). Cap Marketing will not open it, and the file was not changed.',
    unexpectedObject:
      'This file contains $t(errors.schemaObjects.{{type}}) “{{name}}” that no Cap Marketing plan contains: it may have been crafted to do harm. Cap Marketing will not open it, and the file was not changed.',
    schemaObjects: { table: 'a table', view: 'a view', trigger: 'a trigger', index: 'an index', unknown: 'an object' },
    invalidContent:
      'The content of this plan is not valid ($t(errors.planParts.{{part}})): it was altered outside Cap Marketing, or forged. The plan was not opened and the file was not changed.',
    planParts: {
      meta: 'the plan’s general information',
      company: 'the company profile',
      positioning: 'the positioning',
      offer: 'the offer and pricing',
      budget: 'the budget settings',
      customerValue: 'the customer value calculation',
      customerFile: 'the customer file figures',
      rgpd: 'the GDPR checklist',
      steering: 'the steering date',
      pipelineTargets: 'the new business targets',
      accounts: 'the key accounts',
      swot: 'the SWOT items',
      competitors: 'the competitors',
      objectives: 'the objectives',
      segments: 'the customer segments',
      personas: 'the personas',
      products: 'the products and services',
      channels: 'the distribution channels',
      actions: 'the actions',
      keyDates: 'the key dates',
      sections: 'the parts of the plan',
      collections: 'the plan’s lists',
    },
    isDirectory: 'This is a folder, not a Cap Marketing plan file: {{path}}. Choose a .capm file; nothing was changed.',
    specialFile:
      'This is not an ordinary file (a device, a pipe, or a link to one): {{path}}. Cap Marketing will not open it, and nothing was changed.',
    notReadable: 'Cannot read this file: {{path}}. Check your access rights. The file was not changed.',
    fileChanged: 'This file was replaced while it was being opened: {{path}}. Try again; the file was not changed.',
    interruptedSave:
      'This plan was not closed properly: a save was interrupted (the computer or the app stopped). Open it in Cap Marketing, which will undo the unfinished change, then try again: {{path}}. The file was not changed.',
    alreadyOpen: 'This plan is already open in another window or program. Close it there, then try again.',
    notFound: 'File not found: {{path}}',
    notWritable: 'Cannot write here: {{path}}. Check the access rights or choose another folder.',
    diskFull: 'The disk is full: the last change was not saved. Free some space and try again.',
    invalidInput: 'Value refused: {{detail}}',
    noPlanOpen: 'No plan is open.',
    oldRuntime:
      'Cap Marketing needs Node.js {{required}} or newer (found: {{found}}). Start it with “npm start” or “npx cap-marketing”, which use the Node bundled with the project.',
    invalidJson: 'This JSON file is not a valid plan: {{detail}}',
    unsupportedFormat: 'Unsupported interchange format (version {{found}}, expected: {{expected}}).',
    fileExists: 'A file already exists there: {{path}}. Choose another name.',
    invalidPath: 'Path refused: {{path}}. The file was not changed.',
    tooManyItems: 'This list is full: {{max}} items at most. Remove some before adding more.',
    unsupportedInBrowser: 'This feature exists only in the desktop app.',
    notATemplate: 'This file is a plan, not a template. Open it directly, or first turn it into a template with “Save as template”.',
    noSalesFile: 'No sales export is open: choose the file first.',
    salesFileNeeded: 'To export the contacts, choose the sales export “{{fileName}}” again: the plan keeps only its figures, never the customers.',
    salesFileMismatch: 'This is not the sales export the figures come from (“{{fileName}}”): import it first, or choose the right file.',
    salesNotReady: 'The figures cannot be computed yet: choose the date column, the amount column and at least one column naming the customer, then excl. or incl. VAT.',
    salesNoValidLine: 'No line of the sales export could be read: each line needs a date, an amount and a customer.',
    logoTooLarge: 'This logo is too heavy: choose an image under {{maxKb}} KB.',
    logoNotImage: 'This file is not a PNG or JPEG image. Save your logo in one of these formats and try again.',
    logoDimensions: 'This logo is {{width}} × {{height}} pixels: each side must be between {{min}} and {{max}} pixels.',
    internal: 'Unexpected error. Your plan was not changed by this operation.',
  },
  cli: {
    usage: `Usage: cap-marketing <command> [options]

Commands:
  new FILE [--name NAME] [--year YYYY]     creates an empty plan
  new FILE --sample SAMPLE                 creates a copy of a sample plan
                                           (bakery, salon, eshop or b2b)
  info FILE                                prints a plan's summary
  check FILE [--json] [--as-of YYYY-MM-DD]
                                           prints each step's state, the budget, the
                                           indicators and the warnings (--json: for another tool)
  export FILE --pdf OUT.pdf                exports the PDF report
  export FILE --xlsx OUT.xlsx              exports the Excel workbook
  export FILE --json OUT                   exports the plan to the JSON interchange format
                                           (the three options can be combined)
  export … --no-author                     leaves your identity (name, organisation, logo) off
                                           the PDF and the workbook; by default the one saved
                                           in the app is on them
  customers FILE --import SALES.csv       reads a sales export (CSV or XLSX) into the customer
      [--amounts ht|ttc]                   file's figures and stores them in the plan (never the
      [--as-of YYYY-MM-DD]                 customers themselves); --merge-probable merges the
      [--merge-probable] [--json]          probable duplicates
  import JSON FILE                         creates a plan from a JSON export

Common options:
  --lang fr|en                             language of messages and of the texts created
                                           (French by default)`,
    created: 'Plan created: {{path}}',
    exported: 'Plan exported: {{path}}',
    imported: 'Plan imported: {{path}}',
    unknownCommand: 'Unknown command: {{command}}',
    unknownSample: 'Unknown sample: “{{value}}”. The samples are: {{samples}}.',
    missingArgument: 'Missing argument: {{name}}',
    badYear: 'Invalid year: {{value}} (expected: 2000 to 2100)',
    badDate: 'Invalid date: {{value}} (expected: YYYY-MM-DD, for example 2027-03-31)',
    field: '{{label}}: {{value}}',
    infoTitle: 'Plan',
    infoCompany: 'Company',
    infoYear: 'Year',
    infoFormat: 'File format',
    infoForecast: 'Revenue forecast',
    infoCounts: 'Contents',
    infoCountsValue: '{{objectives}} objective(s), {{actions}} action(s), {{segments}} segment(s)',
    infoStep: 'Step {{step}}',
    badAmounts: 'Invalid value for --amounts: {{value}} (expected: ht or ttc)',
    salesColumnsMissing: 'Columns not found in {{file}}: {{missing}}. Headers read: {{headers}}.',
    amountsAssumed: 'The headers do not say whether amounts are excl. or incl. VAT: they are read as incl. VAT (use --amounts ht|ttc).',
    salesSummary: '{{customers}} active customers, {{purchases}} purchases, {{revenue}} ({{amounts}}) over the 12 months to {{asOf}}',
    salesSegments: 'Segments: {{segments}}',
    salesDuplicates: '{{count}} probable duplicate(s), {{merged}} merged',
    salesBadRows: '{{count}} line(s) set aside',
    salesStored: 'Figures stored in {{path}} (no name, e-mail or customer number).',
    salesMissing: { missingDate: 'the date', missingAmount: 'the amount', missingIdentity: 'the customer (customer no., e-mail or name)' },
  },
  menu: {
    file: 'File',
    newPlan: 'New plan',
    openPlan: 'Open…',
    recent: 'Recent plans',
    saveCopy: 'Save a copy…',
    exportPdf: 'Export as PDF…',
    exportXlsx: 'Export as Excel workbook…',
    saveAsTemplate: 'Save as template…',
    nextYear: 'Prepare next year’s plan',
    closePlan: 'Close plan',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    help: 'Help',
    about: 'About Cap Marketing',
  },
  web: {
    noElectron:
      'The desktop app (Electron) is not installed on this machine: Cap Marketing is starting in browser mode.',
    openAt: 'Open this address in your browser: {{url}}',
    stop: 'Press Ctrl+C to stop.',
    notBuilt: 'The interface is not built: run “npm run build” first.',
    dialogTitleOpen: 'Open a plan',
    dialogTitleSave: 'Save a copy of the plan',
    dialogTitleExport: 'Export the plan',
    fileFilters: { capm: 'Cap Marketing plans', pdf: 'PDF documents', xlsx: 'Excel workbooks', csv: 'CSV files' },
  },
};

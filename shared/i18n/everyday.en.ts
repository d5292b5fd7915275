import type { Widen } from './widen';
import type { everydayFr } from './everyday.fr';

/** Everyday use at the desk and in the workshop (issue 14): undo and redo, in English. */
export const everydayEn: Widen<typeof everydayFr> = {
  undo: {
    undo: 'Undo the last change (Ctrl+Z)',
    redo: 'Redo the undone change (Ctrl+Shift+Z)',
    undoButton: 'Undo',
    deleted: {
      swot: 'SWOT item deleted',
      competitors: 'Competitor deleted',
      objectives: 'Objective deleted',
      segments: 'Segment deleted',
      personas: 'Persona deleted',
      products: 'Product deleted',
      channels: 'Channel deleted',
      actions: 'Action deleted',
      keyDates: 'Key date deleted',
      accounts: 'Key account deleted',
    },
  },
  charts: {
    showTable: 'Show the table',
    showChart: 'Show the chart',
    planned: 'Planned',
    actual: 'Spent',
    budgetByQuarter: 'Budget by quarter: planned and spent',
    budgetByCategory: 'Budget by category',
    amount: 'Amount',
    revenueForecast: 'Revenue forecast by month',
  },
  tables: {
    moreOnTheRight: 'More columns on the right: scroll the table (Shift + wheel, or the arrow keys once the table is selected) →',
  },
  catalogueEntry: {
    inPlan: 'Already in the plan',
  },
  presentation: {
    start: 'Presentation mode, for a projector (F11)',
    stop: 'Leave presentation mode (F11 or Esc)',
  },
  print: {
    button: 'Print (A4 landscape)',
  },
  copyDialog: {
    nextYear: {
      title: 'Prepare next year’s plan?',
      what: 'A new plan “{{title}}” will be created and opened. It carries over the company, the strategy and the actions; actual spend and measured values start again from zero. The current plan stays as it is.',
      confirm: 'Create the plan',
    },
    template: {
      title: 'Save this plan as a template?',
      what: 'A template “{{title}}” will be made from this plan, then opened so that you can write your instructions in it. The current plan stays as it is.',
      confirm: 'Create the template',
    },
    where: 'File: {{path}}',
    youChoose: 'You will then choose where to save the file.',
    cancel: 'Cancel',
  },
  folderPlans: {
    title: 'The plans in this folder',
    help: 'Click a plan to open it. To add some (participants’ .capm files, a template received by e-mail), pick them or drop them on this page: they are copied into the folder, the original stays as it is.',
    add: 'Add plans…',
    empty: 'No plan in this folder yet.',
    line: 'Year {{year}} · changed on {{date}} · {{done}} of {{total}} steps done',
    added_one: 'Plan added to the folder: {{name}}',
    added_other: '{{count}} plans added to the folder',
    templateFromFolder: 'Template from the folder',
  },
};

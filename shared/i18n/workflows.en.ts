import type { workflowsFr } from './workflows.fr';
import type { Widen } from './widen';

/** The trainer's and consultant's workflows: templates, next year's plan, author identity, in English. */
export const workflowsEn: Widen<typeof workflowsFr> = {
  planMenu: {
    label: 'More actions on the plan',
    saveAsTemplate: 'Save as template…',
    nextYear: 'Prepare next year’s plan',
    author: 'My identity on exports…',
  },
  templates: {
    saved: 'Template saved: {{path}}. Add your instructions step by step, then hand out this file.',
    banner:
      'This plan is a template. Write an instruction to participants for each step, and tick the steps they will fill in themselves: they will be emptied in every plan created from the template.',
    noteLabel: 'Instruction to participants for this step',
    notePlaceholder: 'E.g.: list at least three strengths and three weaknesses before the break.',
    toFill: 'Step each participant fills in (emptied in new plans)',
    noteFromTrainer: 'Trainer’s instruction',
    fromTemplate: 'New plan from a template',
    fromTemplateHelp:
      'Did a trainer or a consultant give you a template (a .capm file)? Start from it: you get its structure and its instructions, and the template itself stays untouched.',
    templatePath: 'Template path',
    templatePathPlaceholder: 'E.g.: /home/marie/Documents/Atelier CCI (modèle).capm',
    chooseTemplate: 'Choose a template…',
    create: 'Create from the template',
    isTemplate: 'Template',
    titleSuffix: '(template)',
  },
  nextYear: {
    created: 'The plan “{{title}}” is ready: strategy, actions and KPIs carried over, actuals reset.',
    comparisonTitle: 'Compared with {{year}}',
    comparisonHelp: 'The totals of the plan “{{title}}”, when this plan was prepared.',
    previous: '{{year}}',
    current: '{{year}}',
    change: 'Change',
    budget: 'Budget for the year',
    revenue: 'Revenue forecast',
    actions: 'Number of actions',
  },
  author: {
    title: 'Your identity on exports',
    intro:
      'Consultants and trainers: your name, your organisation and your logo appear on the PDF cover and on the workbook’s summary. They stay in the app’s preferences, never in plans.',
    name: 'Name',
    namePlaceholder: 'E.g.: Claire Dubois',
    organisation: 'Organisation',
    organisationPlaceholder: 'E.g.: CCI Lyon Métropole',
    contact: 'Contact',
    contactPlaceholder: 'E.g.: claire.dubois@example.fr · +33 4 72 00 00 00',
    logo: 'Logo (PNG or JPEG, 1 MB at most)',
    chooseLogo: 'Choose a logo…',
    removeLogo: 'Remove the logo',
    noLogo: 'No logo',
    showOnThisPlan: 'Show my identity on this plan’s exports',
    save: 'Save',
    cancel: 'Cancel',
    forget: 'Erase my identity',
    saved: 'Your identity is saved.',
  },
};

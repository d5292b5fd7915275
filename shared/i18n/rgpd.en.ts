import type { rgpdFr } from './rgpd.fr';
import type { Widen } from './widen';

/** The RGPD checklist of the « Fichier clients » step (issue 15), in English. */
export const rgpdEn: Widen<typeof rgpdFr> = {
  /** What the step still lacks (coach.missing.<key>). */
  missing: {
    rgpdItems: 'review every point of the GDPR checklist (done or not applicable)',
  },
  /** Coaching remarks (warnings.<code>). */
  warnings: {
    actionNeedsRgpd:
      'The action “{{title}}” uses your customers’ or prospects’ contact details. Before launching it, settle these GDPR checklist points still to do: {{items}}.',
    reactivationGroup:
      '{{count}} customers are “to win back” ({{share}} of your customers). They already know you: an action to bring them back, such as a comeback offer by e-mail or by post, costs far less than winning new customers.',
  },
  rgpd: {
    /** Between the last two items of a list: "a, b and c". */
    and: 'and',
    title: 'GDPR checklist',
    intro: 'Your customer file only serves your actions if it complies with the GDPR: go through each point and mark it done or not applicable.',
    states: { todo: 'To do', done: 'Done', notApplicable: 'Not applicable' },
    summary: 'Done: {{done}} · To do: {{todo}} · Not applicable: {{notApplicable}}',
    item: 'Point to check',
    explanation: 'Explanation',
    state: 'State',
    note: 'Note',
    notePlaceholder: 'E.g. register kept in the “GDPR” binder at the office, updated in January',
    figuresTitle: 'Figures from the sales file',
    segmentsTitle: 'Customer segments',
    segment: 'Segment',
    customers: 'Customers',
    rule: 'Rule',
    sourceFile: 'File imported',
    asOf: 'Date of the figures',
    amounts: 'Amounts',
    noSalesFile: 'No sales file imported: your customers’ figures and segments will show here once one is imported.',
    items: {
      register: {
        title: 'Record the file in the register of processing',
        explanation:
          'The register of processing activities is a document the business keeps that describes each of its files of personal data: what it is for, what it holds, who can see it and how long it is kept. Your customer and prospect file must have its entry there. One page per file is enough: the CNIL’s simplified register model is made for this.',
      },
      legalBasis: {
        title: 'Choose the legal basis of each use',
        explanation:
          'Each use of the file rests on a legal basis the GDPR provides: the contract for orders and invoicing, a legal obligation for the accounts, legitimate interest or consent for prospecting. Write it in the register: it says what you may do with the data and what you must ask people for.',
      },
      information: {
        title: 'Inform people when you collect their data',
        explanation:
          'When you collect contact details (order form, loyalty card, website form), say who you are, what they will be used for, how long you keep them and how people can exercise their rights. A short notice on the form, pointing to a fuller page, is enough.',
      },
      emailSmsConsent: {
        title: 'Get consumers’ consent for e-mail and SMS',
        explanation:
          'To prospect a consumer by e-mail or SMS, you need their prior consent: a box they tick themselves, never ticked in advance. Exception for your customers: you may write to them about products or services analogous to those they bought from you, if they were told so when their details were collected and could refuse then. They must also be able to refuse in every message, through an unsubscribe link.',
      },
      phoneConsent: {
        title: 'Get consumers’ consent before calling them',
        explanation:
          'From 11 August 2026, telephone prospecting of a consumer needs their prior consent, free, specific, informed, unambiguous and revocable, with proof you keep (French consumer code, article L223-1, as rewritten by the law of 30 June 2025). The only exception: calling a customer during an ongoing contract, about that contract. Canvassing for home energy renovation work is banned outright.',
      },
      b2bOptOut: {
        title: 'Let professionals refuse prospecting',
        explanation:
          'A professional may receive messages at their work address without prior consent, provided they are about their job: till software offered to a restaurant owner, not a holiday. They must be told their address is used this way and be able to refuse easily, in every message; if they refuse, you stop.',
      },
      oppositionList: {
        title: 'Keep an opposition list that every campaign honours',
        explanation:
          'People who asked not to be contacted any more (unsubscribing, refusing on the phone, by letter) go on an opposition list you check before every campaign. Do not just delete them from the file: the next import of your sales or of a bought list would bring them back.',
      },
      retention: {
        title: 'Set and apply retention periods',
        explanation:
          'A prospect may be kept 3 years after their last contact with you, a customer 3 years after the end of the business relationship (usually their last purchase). After that, delete their data or make it anonymous; invoices, for their part, are kept 10 years, separately, for the accounts.',
      },
      minimisation: {
        title: 'Keep only the data you need',
        explanation:
          'Ask for and keep only what the relationship needs: name, contact details and purchases are usually enough; a date of birth belongs there only if you really use it. In comment fields, stick to facts: no judgement of the person, nothing about their health, opinions or religion.',
      },
      security: {
        title: 'Protect access to the file',
        explanation:
          'Only the people who need it open the file, each with their own account and a strong password they do not share. Make regular backups, stored separately, and check now and then that they can be read back; a laptop or USB stick that holds the file must be encrypted.',
      },
      processors: {
        title: 'Bind your processors by a contract',
        explanation:
          'The e-mailing tool, the online till software or the host that handle the data on your behalf are your processors: a contract must say what they may do with it and how they protect it. With the large tools, this is their terms or their data processing agreement (DPA): check it exists and keep a copy.',
      },
      transfers: {
        title: 'Know whether the data leaves the European Union',
        explanation:
          'If one of your tools stores or accesses the data outside the European Union, as many American tools do, the transfer must be covered: a country recognised by the European Commission, standard contractual clauses or the EU–US Data Privacy Framework. Check it in the tool’s terms and note it in the register; failing that, prefer a tool hosted in Europe.',
      },
      requests: {
        title: 'Answer requests for access and erasure',
        explanation:
          'Anyone may ask you for the data you hold on them, have it corrected or erased, or refuse prospecting; you have one month to answer. Decide who handles these requests and how to check the person’s identity. When someone refuses prospecting, put them on the opposition list rather than only deleting them.',
      },
      cnilModels: {
        title: 'Start from the CNIL’s models',
        explanation:
          'The CNIL, France’s data protection authority, publishes free on cnil.fr a simplified register model to fill in and a practical GDPR guide for very small and medium businesses (TPE and PME), with sample information notices. Search cnil.fr for “registre simplifié” and “guide TPE PME”: starting from these models keeps you from forgetting a point.',
      },
    },
  },
};

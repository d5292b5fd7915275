/** Key accounts, the buying committee, the weighted pipeline and the customer journey (issue 17), in English. */
export const accountsEn = {
  missing: {
    keyAccounts: 'name the key accounts you want to win or grow',
    accountWhy: 'say for each account why it is a target',
    buyingCommittee: 'describe the buying committee of each account',
    opportunities: 'record the deals in progress (opportunities)',
    pipelineTargets: 'enter the new revenue to sign each quarter',
  },
  warnings: {
    accountWithoutDecisionMaker:
      '“{{company}}” has no identified decision maker: without one, no proposal gets signed. Find out who decides, and who can introduce you.',
    accountSingleContact:
      'At “{{company}}” you know only one person: one departure or one refusal and the account is lost. Aim for at least two contacts, the decision maker among them.',
    accountAbovePotential:
      'At “{{company}}” the current revenue is above the estimated potential: review the potential, which is everything the account spends on your trade.',
    pipelineShortfall: 'You are {{missing}} of weighted deals short in Q{{quarter}} of the {{target}} of new revenue you aim for.',
    journeyStageMissing: 'No action serves the “{{stage}}” moment of the customer journey. {{examples}}',
  },
  accountTerms: {
    sizes: { tpe: 'Micro-business (under 10 staff)', pme: 'SME (10 to 249 staff)', eti: 'Mid-size (250 to 4,999 staff)', large: 'Large company' },
    roles: {
      decisionMaker: 'Decision maker',
      prescriber: 'Prescriber',
      user: 'User',
      buyer: 'Buyer',
      influencer: 'Influencer',
      gatekeeper: 'Gatekeeper / blocker',
    },
    attitudes: { favourable: 'Favourable', neutral: 'Neutral', reserved: 'Reserved' },
    channels: { linkedin: 'LinkedIn', phone: 'Phone', event: 'Event', introduction: 'Introduction' },
    stages: {
      identified: 'Identified',
      qualified: 'Qualified',
      proposal: 'Proposal',
      negotiation: 'Negotiation',
      won: 'Won',
      lost: 'Lost',
    },
    bands: { conquest: 'Conquest', development: 'Development', loyalty: 'Loyalty' },
    bandHelp: {
      conquest: 'under 30 % of its purchases: nearly everything is still to win',
      development: '30 to 60 %: grow the account’s other needs',
      loyalty: 'over 60 %: protect the relationship',
    },
  },
  journey: {
    title: 'The customer journey your actions cover',
    stages: {
      research: { name: 'being found online', examples: 'For example: an up-to-date Google profile, a website with your prices and proof, listings in directories.' },
      conversion: { name: 'making the sale', examples: 'For example: a well-kept shop window and shop, online booking or quotes, a trial offer.' },
      afterSale: { name: 'after the sale', examples: 'For example: a loyalty card, a newsletter, follow-ups with customers.' },
      sharing: { name: 'reviews and recommendation', examples: 'For example: ask for a Google review after the purchase, answer reviews, offer a referral scheme.' },
      awareness: { name: 'getting known (networks, content)', examples: 'For example: LinkedIn posts, a trade show, prescribers, blog articles.' },
      qualification: { name: 'qualifying prospects', examples: 'For example: a call after a mailing, a discovery meeting, a free audit.' },
      proposal: { name: 'the proposal', examples: 'For example: a demonstration, a followed-up sales proposal, a pilot at the client’s.' },
      loyalty: { name: 'keeping clients', examples: 'For example: a yearly account review, a client newsletter, a user club.' },
    },
    covered_one: '{{count}} action',
    covered_other: '{{count}} actions',
    gap: 'no action',
    tagsLabel: 'Journey moments served',
    tagsHelp: 'Inferred from the action’s category and title; tick them yourself to correct.',
    automatic: 'Infer automatically',
  },
};

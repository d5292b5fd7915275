/** The "Customer file" step (issue 15): a sales export, its figures and segments, in English. */
export const customersEn = {
  customers: {
    segments: {
      new: 'New',
      loyal: 'Loyal',
      lost: 'Lost',
      toReactivate: 'To win back',
      occasional: 'Occasional',
    },
    segmentRules: {
      new: 'first purchase at most {{days}} days ago',
      loyal: 'at least {{count}} purchases in the last 12 months',
      lost: 'last purchase more than {{days}} days ago',
      toReactivate: 'last purchase {{from}} to {{to}} days ago',
      occasional: 'everyone else',
    },
    figures: {
      asOf: 'Figures as of {{date}}',
      customers: 'Active customers (last 12 months)',
      purchases: 'Purchases (last 12 months)',
      revenue: 'Revenue (last 12 months)',
      averageBasket: 'Average basket',
      purchasesPerYear: 'Purchases per customer per year',
      retention: 'Retention rate',
      retentionNone: 'no customers the year before',
      top20Share: 'Share of revenue from the top 20 % of customers',
      previousCustomers: 'Customers the year before',
      probableDuplicates: 'Probable duplicates',
      badRows: 'Lines set aside',
      creditNotes: 'Credit notes',
      amountsHt: 'amounts excl. VAT',
      amountsTtc: 'amounts incl. VAT',
    },
  },
};

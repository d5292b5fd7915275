import type { offerFiguresFr } from './offerFigures.fr';
import type { Widen } from './widen';

/** Break-even revenue and date, VAT under the franchise en base, customer value kept in the plan: in English. */
export const offerFiguresEn: Widen<typeof offerFiguresFr> = {
  offerFigures: {
    breakEven: {
      title: 'Break-even revenue and date',
      help: 'Break-even revenue is the revenue excl. VAT that just pays your fixed costs: fixed costs ÷ contribution margin rate. The break-even date is the day your cumulative forecast revenue reaches it. The safety margin says how far your sales can fall before you lose money.',
      variableMarginRate: 'Contribution margin rate',
      variableMarginRateHelp:
        'Average of your products’ margin rates: Cap Marketing does not know your sales product by product, so it counts each one for the same share of revenue.',
      revenue: 'Break-even revenue (excl. VAT)',
      date: 'Break-even date',
      dateHelp: 'Each month of the revenue forecast is spread evenly over its days.',
      safetyMargin: 'Safety margin',
      safetyMarginShare: 'Safety margin (share of forecast revenue)',
      safetyMarginValue: '{{amount}}, that is {{share}} of forecast revenue',
      forecast: 'Forecast revenue for the year (excl. VAT)',
      forecastValue: 'Forecast revenue for the year (excl. VAT): {{amount}}',
      formula: 'Break-even revenue = fixed costs ÷ contribution margin rate; safety margin = forecast revenue − break-even revenue.',
      noProducts: 'add a product with its price',
      noCosts: 'enter your fixed costs',
      atLoss: 'none: your prices do not cover your variable costs',
      noForecast: 'fill in the revenue forecast in the Company step',
      notReached: 'not reached within the year',
      dateByApp: 'Break-even date worked out by Cap Marketing from the month-by-month revenue forecast.',
    },
    vat: {
      notApplicable: 'TVA non applicable, art. 293 B du CGI (VAT exemption, French tax code)',
      otherRate: 'Other rate…',
      customRate: 'VAT rate',
      customRateHelp: 'E.g. 8.5% (Guadeloupe, Martinique, Réunion), 13% or 0.9% (Corsica)',
    },
    amountsTtcUnderFranchise:
      'VAT exemption (franchise en base): you cannot reclaim VAT, so enter your costs, fixed costs and budget including VAT.',
    franchiseLabels: {
      fixedCosts: 'Yearly fixed costs (incl. VAT)',
      unitCost: 'Unit purchase or production cost incl. VAT (variable cost)',
      price: 'Selling price',
      envelope: 'Yearly envelope (incl. VAT)',
      costAmount: 'Amount incl. VAT',
    },
  },
  customerValuePlan: {
    title: 'What a customer is worth',
    saved: 'These figures are saved with your plan and shown in the PDF report and the workbook.',
    marginRateFromProducts: 'From your products (average margin rate). Type another rate if needed.',
    marginRateTyped: 'Rate typed by you. Empty the field to go back to your products’ rate.',
    marginRateNoProducts: 'Add your products in the Offer and price step, or type your rate.',
    marginRateUsed: 'Margin rate used',
    marginRateOfProducts: 'Margin rate (from your products)',
    fromProducts: '{{rate}}, from your products',
    profitPerTransaction: 'Margin per purchase',
    profitPerTransactionHelp: 'Average basket × margin rate: what one purchase leaves you once the goods are paid for.',
    laterYearsOnePurchase:
      'The training’s formula simplifies: after the first year, each returning customer counts for one purchase a year only.',
    acquisitionCostFromProspects: 'Left empty: the acquisition cost worked out on the right ({{amount}}) is used.',
    acquisitionCostUsed: '{{amount}}, worked out from the cost per prospect and the conversion rate',
    formula:
      'Gross value = purchases a year × average basket + average basket × retention rate × (years − 1); net value = gross value − acquisition cost. This is the training’s simplified formula, based on revenue; the value in margin also applies the margin rate.',
    workbookNote: 'Input cells: average basket, purchases a year, retention, years, costs and rates; the values recalculate.',
  },
};

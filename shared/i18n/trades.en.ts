import type { tradesFr } from './trades.fr';
import type { Widen } from './widen';

/** Examples in the user's trade (shared/coach/trade.ts), in English: shown under the fields, not only on focus. */
export const tradesEn: Widen<typeof tradesFr> = {
  tradeExamples: {
    prefix: 'Example',
    bakery: {
      productName: 'Traditional baguette',
      segmentName: 'Local families',
      target: 'local families who buy their bread almost every day',
      marketDefinition: 'the neighbourhood craft bakery',
      promise: 'bakes sourdough bread several times a day',
      reasonToBelieve: 'kneads and bakes everything on site, with flour from a nearby mill',
    },
    florist: {
      productName: 'Seasonal bouquet',
      segmentName: 'Couples planning their wedding',
      target: 'couples planning their wedding in the area',
      marketDefinition: 'the neighbourhood designer florist',
      promise: 'makes seasonal bouquets delivered the same day',
      reasonToBelieve: 'buys its flowers every morning from growers less than 50 km away',
    },
    hairSalon: {
      productName: 'Cut and blow-dry',
      segmentName: 'Working women in the neighbourhood',
      target: 'working women nearby who want a perfect cut without losing their Saturday',
      marketDefinition: 'the hair salon that specialises in colour',
      promise: 'offers appointments booked online and kept on time',
      reasonToBelieve: 'trains each stylist twice a year and guarantees colour for eight weeks',
    },
    craftsman: {
      productName: 'Bathroom renovation',
      segmentName: 'Owners of 1970s houses',
      target: 'owners renovating an older house',
      marketDefinition: 'the local plumbing and heating tradesman',
      promise: 'sends a detailed quote within 48 hours and keeps to its dates',
      reasonToBelieve: 'is RGE certified and shows its recent jobs with the clients’ consent',
    },
    restaurant: {
      productName: 'Lunch menu',
      segmentName: 'Staff of the nearby offices',
      target: 'staff of the nearby offices who lunch in less than an hour',
      marketDefinition: 'the neighbourhood home-cooking restaurant',
      promise: 'serves a home-made dish of the day in fifteen minutes',
      reasonToBelieve: 'cooks fresh produce delivered every morning and changes its menu every week',
    },
    shop: {
      productName: 'Discovery gift box',
      segmentName: 'Town-centre regulars',
      target: 'town-centre residents looking for an original gift',
      marketDefinition: 'the shop of local makers',
      promise: 'advises and wraps a gift in five minutes',
      reasonToBelieve: 'knows each of its thirty makers and presents a new one every month',
    },
    ecommerce: {
      productName: 'Solid shampoo',
      segmentName: 'Young working women going zero waste',
      target: 'young working women going zero waste',
      marketDefinition: 'the online solid-cosmetics brand',
      promise: 'delivers plastic-free products within 48 hours',
      reasonToBelieve: 'makes everything in France and publishes the full list of its ingredients',
    },
    b2bServices: {
      productName: 'Cybersecurity audit',
      segmentName: 'SMEs of 20 to 99 staff without IT staff',
      target: 'SMEs of 20 to 99 staff without in-house IT',
      marketDefinition: 'the local IT service provider',
      promise: 'steps in within four hours and takes care of everything',
      reasonToBelieve: 'has a certified team and commits to response times written into the contract',
    },
    neutral: {
      productName: 'Your flagship product or service',
      segmentName: 'Loyal local customers',
      target: 'local customers who come back every month',
      marketDefinition: 'the specialist local business',
      promise: 'gives personal advice and quick service',
      reasonToBelieve: 'has twenty years in the trade and an average customer rating of 4.8 out of 5',
    },
  },
  marginExplained:
    'Margin rate: margin ÷ price excl. VAT = {{margin}} ÷ {{price}} = {{marginRate}}. Markup: margin ÷ cost = {{margin}} ÷ {{cost}} = {{markupRate}}.',
};

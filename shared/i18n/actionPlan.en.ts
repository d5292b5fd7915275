import type { actionPlanFr } from './actionPlan.fr';
import type { Widen } from './widen';

/** Action plan: categories, the catalogue of ready actions with their tool sheets, the KPI catalogue and the key dates of the French commercial year, in English. */
export const actionPlanEn: Widen<typeof actionPlanFr> = {
  actionPlan: {
    categories: {
      contentMarketing: 'Content marketing',
      merchandising: 'Merchandising',
      communityManagement: 'Community management',
      onlineAdvertising: 'Online advertising',
      websiteSeo: 'Website and SEO',
      emailingCrm: 'E-mailing and CRM',
      events: 'Events and trade shows',
      printOutdoor: 'Print and outdoor',
      pressPr: 'Press and PR',
      directMarketing: 'Direct marketing',
      partnerships: 'Partnerships',
      other: 'Other',
    },
    categoryHelp: {
      contentMarketing:
        'Articles, guides, videos or case studies that show your expertise and bring customers to you without canvassing them.',
      merchandising: 'Showing your products off where people buy: window, shelves, counter, product pages on your site.',
      communityManagement: 'Posting, replying and keeping a community alive on social networks and review sites.',
      onlineAdvertising: 'Paid ads on search engines, social networks or other sites, visible for as long as you pay.',
      websiteSeo: 'Your website, your Google profile and everything that helps people find you when they search online.',
      emailingCrm: 'Your customer file and what you do with it: newsletters, reminders, loyalty, text messages.',
      events: 'Chances to meet your customers in person: trade shows, open days, markets, workshops.',
      printOutdoor: 'Flyers, brochures, posters, billboards and vehicle signage.',
      pressPr: 'Getting newspapers, radio or the trade press to talk about you, without buying space.',
      directMarketing:
        'Contacting chosen customers or prospects personally: letters, phone calls, text messages, a key-account list. Phoning consumers to prospect them needs their prior consent since 11 August 2026.',
      partnerships: 'Teaming up with others: neighbouring shops, resellers, referral partners, local associations.',
      other: 'Whatever fits no other box: a new sales channel, a crowdfunding campaign…',
    },
  },
  actionCatalogue: [
    {
      key: 'expert-blog',
      category: 'contentMarketing',
      family: 'acquisition',
      audience: 'both',
      title: 'Publish advice articles on your website',
      description:
        'Write one or two articles a month that answer your customers’ questions (“how do I care for a wooden floor?”, “which cut suits fine hair?”) and share them on your social networks.',
      kpis: ['searchRanking', 'trafficBySource', 'leads'],
      detail: {
        resources:
          'Two to four hours per article, or a freelance writer, and a list of topics drawn from your customers’ questions.',
        successFactors:
          'Regularity and genuinely useful answers, written with the words your customers type into search engines.',
        limits: 'Results come slowly, often after several months, and an abandoned blog makes you look careless.',
        review: 'Every quarter, track visits from search engines and the contact requests that came from the articles.',
      },
    },
    {
      key: 'customer-case-study',
      category: 'contentMarketing',
      family: 'conversion',
      audience: 'b2b',
      title: 'Write a customer case study',
      description:
        'With a satisfied client’s permission, tell on one page the problem they started with, the solution you brought and the results in figures, then use it on your website, in meetings and on LinkedIn.',
      kpis: ['leads', 'meetings', 'conversionRate'],
      detail: {
        resources: 'A one-hour interview with the client, half a day of writing and their written approval.',
        successFactors: 'Concrete figures and the client’s own words: a prospect trusts a peer more readily than a salesperson.',
        limits: 'Some clients refuse to be named; plan an anonymous version (“a 20-person accounting firm”).',
        review: 'Count the prospects who read it before signing, and ask your salespeople whether it cleared up doubts.',
      },
    },
    {
      key: 'expert-webinar',
      category: 'contentMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Host an expert webinar',
      description:
        'Run a 45-minute online talk on a problem your clients face, with registration through a form, live questions and the recording sent to everyone registered.',
      kpis: ['participants', 'leads', 'meetings'],
      detail: {
        resources: 'A video-conferencing tool, a slide deck, two days of preparation and invitations sent three weeks ahead.',
        successFactors: 'A precise, useful topic with no sales pitch, and a personal follow-up to registrants within the week.',
        limits:
          'A good share of registrants never join live: the recording and the follow-up matter as much as the session.',
        review: 'Compare registrations, attendance and meetings booked in the following month.',
      },
    },
    {
      key: 'how-to-videos',
      category: 'contentMarketing',
      family: 'awareness',
      audience: 'b2c',
      title: 'Film short videos of your craft',
      description:
        'Shoot one-minute phone videos showing your trade (shaping bread, a colour treatment, laying tiles) and post them on Instagram, TikTok or YouTube.',
      kpis: ['impressions', 'engagementRate', 'audienceSize'],
      detail: {
        resources: 'A phone, a small tripod, a free editing app and one hour a week.',
        successFactors:
          'Show the skills and the behind-the-scenes, with subtitles for people watching without sound, at a pace you can keep up.',
        limits: 'Not every view becomes a customer: without a reminder of your address or your offer, the effect stays vague.',
        review: 'Every month, note views, followers gained and customers who say they found you through a video.',
      },
    },
    {
      key: 'downloadable-guide',
      category: 'contentMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Offer a practical guide to download',
      description:
        'Write a guide or a checklist (“10 things to check before choosing an IT provider”) that visitors download from your website in exchange for a business e-mail address.',
      kpis: ['leads', 'costPerLead', 'conversionRate'],
      detail: {
        resources: 'Two to three days of writing and layout, a form on the website and an automatic follow-up e-mail.',
        successFactors: 'A real problem your clients have, solved concretely, then a follow-up offering a conversation.',
        limits: 'Many downloads come from the merely curious: sort the contacts before calling them.',
        review: 'Measure how many contacts you got, what each one cost and the share that turns into a meeting.',
      },
    },
    {
      key: 'seasonal-window',
      category: 'merchandising',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Refresh the shop window every season',
      description:
        'Change the window at least six times a year around a theme (holidays, back to school, seasonal products), with one star product and a clearly visible price.',
      kpis: ['footfall', 'newCustomers'],
      detail: {
        resources: 'Half a day per window, a small reusable decoration budget and a calendar of themes.',
        successFactors:
          'One message per window, good lighting and prices on display: passers-by make up their minds in a few seconds.',
        limits: 'A window only reaches people who walk past: it is not enough on a quiet street.',
        review: 'Compare the number of visitors or receipts in the week before and the two weeks after the change.',
      },
    },
    {
      key: 'checkout-impulse-display',
      category: 'merchandising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Place small impulse buys near the till',
      description:
        'Set up a stand near the till with small items under €5 (biscuits, travel-size care products, accessories) that go with the main purchase.',
      kpis: ['averageBasket', 'revenue'],
      detail: {
        resources:
          'A display stand, a selection of products with a good margin and ten minutes a day to keep it full and tidy.',
        successFactors: 'Products linked to what customers came for, changed often and suggested out loud.',
        limits: 'A cluttered counter slows down the till and blurs the image of an upmarket shop.',
        review: 'Track the average basket and the sales of the stand’s products every month.',
      },
    },
    {
      key: 'in-store-tasting',
      category: 'merchandising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Hold a tasting in the shop',
      description:
        'One Saturday a month, let customers taste a new or little-known product, with a small offer valid on the day.',
      kpis: ['footfall', 'averageBasket', 'newCustomers'],
      detail: {
        resources:
          'A few products given away, a table, someone available for three hours and a small poster put up the week before.',
        successFactors:
          'Pick the busiest hour, tell the story of where the product comes from and have enough stock to sell straight away.',
        limits: 'Hygiene rules apply, and some visitors taste without ever buying.',
        review: 'Compare the sales of the tasted product and the day’s average basket with those of an ordinary Saturday.',
      },
    },
    {
      key: 'eshop-product-pages',
      category: 'merchandising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Polish the product pages of your online shop',
      description:
        'Rework the pages of your most viewed products: several sharp photos, uses, dimensions, delivery time, customer reviews and suggestions of matching products.',
      kpis: ['conversionRate', 'averageBasket'],
      detail: {
        resources: 'A day of photography, then an hour per page, starting with your ten most viewed products.',
        successFactors:
          'Answer in advance the questions that hold buyers back: size, material, delivery cost and time, returns.',
        limits: 'Beautiful pages cannot make up for a price that is too high or off-putting shipping costs.',
        review: 'Compare the conversion rate of the reworked pages before and after, over at least a month.',
      },
    },
    {
      key: 'holiday-gift-boxes',
      category: 'merchandising',
      family: 'conversion',
      audience: 'both',
      title: 'Put together gift boxes for the holidays',
      description:
        'Prepare three gift boxes at round prices (€20, €35 and €50) for Christmas, Mother’s Day or corporate gifts, featured in the shop and online.',
      kpis: ['averageBasket', 'revenue'],
      detail: {
        resources: 'Packaging, half a day of assembly and photos for the website and social networks.',
        successFactors: 'Boxes ready to give, available early, with a made-to-order version for companies.',
        limits: 'Packaging and unsold products eat into the margin if you make too many.',
        review: 'Count the boxes sold per model and the margin earned, then adjust for the following year.',
      },
    },
    {
      key: 'regular-social-posts',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'b2c',
      title: 'Post regularly on Instagram or Facebook',
      description:
        'Post two or three times a week following a simple schedule (new products, behind the scenes, customers with their consent, practical news) and reply to comments the same day.',
      kpis: ['audienceSize', 'engagementRate', 'impressions'],
      detail: {
        resources: 'Two to three hours a week, a phone and a table of the month’s topics.',
        successFactors: 'Choose the network where your customers are rather than all of them, and keep the pace over time.',
        limits: 'Free posts reach few people, and the number of followers says nothing about sales.',
        review: 'Every month, look at followers gained, reactions and customers who mention your social networks.',
      },
    },
    {
      key: 'linkedin-social-selling',
      category: 'communityManagement',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Build business relationships on LinkedIn',
      description:
        'Polish your profile, share a tip or an analysis of your trade every week, comment on your prospects’ posts and offer a conversation to contacts who show interest. Never send a sales brochure as soon as you connect.',
      kpis: ['meetings', 'leads', 'audienceSize'],
      detail: {
        resources: 'A complete profile and twenty to thirty minutes a day, for the manager and, ideally, each salesperson.',
        successFactors: 'Bring expertise rather than self-promotion, and move from online exchanges to real meetings.',
        limits: 'Results come slowly, and a sales pitch sent right after connecting drives people away.',
        review: 'Count conversations started and meetings booked, not immediate sales.',
      },
    },
    {
      key: 'ask-and-answer-reviews',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'both',
      title: 'Ask for customer reviews and reply to them',
      description:
        'Ask satisfied customers for an online review (a card with a QR code at the till, an e-mail after the service) and reply to every review, good or bad, within 48 hours.',
      kpis: ['reviewsCount', 'averageRating'],
      detail: {
        resources: 'Cards or a table stand with a QR code, and a quarter of an hour a week to reply.',
        successFactors:
          'Ask at the right moment, when the customer has just thanked you, and answer criticism calmly and with a solution.',
        limits: 'Buying or inventing reviews is forbidden and penalised; a bad review cannot be erased, only handled.',
        review: 'Every month, note the number of reviews and the average rating on Google and the sites of your trade.',
      },
    },
    {
      key: 'micro-influencer-campaign',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'b2c',
      title: 'Mini-campaign with small influencers',
      description:
        'Send your products to three to five content creators in your field with 1,000 to 10,000 followers (called micro- or nano-influencers), each with a personal promo code so you can track sales.',
      kpis: ['impressions', 'couponRedemption', 'newCustomers'],
      detail: {
        resources: 'Free products, sometimes a fee, and a few hours to choose the accounts and write to them.',
        successFactors:
          'Creators whose audience looks like your target, free to use their own tone, with the partnership clearly disclosed.',
        limits: 'The law requires the commercial partnership to be disclosed, and some accounts inflate their audience with fake followers.',
        review: 'Count the promo codes used per creator and compare the sales with the total cost.',
      },
    },
    {
      key: 'social-media-contest',
      category: 'communityManagement',
      family: 'awareness',
      audience: 'b2c',
      title: 'Run a giveaway on social networks',
      description:
        'Offer a product or a service as a prize to people who comment on a post or follow the account, with simple rules and a prize draw on an announced date.',
      kpis: ['audienceSize', 'engagementRate'],
      detail: {
        resources: 'An attractive prize, written rules and two hours to launch, follow and announce the winner.',
        successFactors: 'A prize linked to your trade, to attract future customers rather than freebie hunters.',
        limits: 'Many entrants unfollow after the draw, and each network has its own rules: asking people to share the post to enter is forbidden.',
        review: 'See how many new followers are still there a month later, and whether any became customers.',
      },
    },
    {
      key: 'search-ads',
      category: 'onlineAdvertising',
      family: 'acquisition',
      audience: 'both',
      title: 'Buy ads on search engines',
      description:
        'Run ads on a few precise searches (“emergency plumber Nantes”, “organic tea gift box”), with a budget set as a percentage of the revenue they bring in, for example 10%.',
      kpis: ['costPerAcquisition', 'conversionRate', 'roi'],
      detail: {
        resources: 'An advertising account, a capped monthly budget and an hour a week to watch the results.',
        successFactors: 'Precise keywords, ads that lead to the right page and tracking of the sales actually made.',
        limits: 'Visibility stops as soon as you stop paying, and these ads are not useful in every niche.',
        review: 'Every month, compare the revenue the ads brought in with what they cost: the ROAS (revenue ÷ spend).',
      },
    },
    {
      key: 'retargeting-ads',
      category: 'onlineAdvertising',
      family: 'conversion',
      audience: 'b2c',
      title: 'Win back site visitors with ads',
      description:
        'For a few weeks, show ads on social networks and other sites to people who viewed your product pages without buying.',
      kpis: ['conversionRate', 'costPerAcquisition', 'roi'],
      detail: {
        resources:
          'A compliant cookie banner, the ad platform’s tracking code installed on the site and a small monthly budget.',
        successFactors: 'Cap how often each person sees the ad, and show the very product they looked at.',
        limits: 'Visitors who refuse cookies cannot be reached again, and too much insistence annoys people.',
        review: 'Compare the cost of each sale won this way with that of your other channels.',
      },
    },
    {
      key: 'local-social-ads',
      category: 'onlineAdvertising',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Advertise locally on social networks',
      description:
        'Sponsor a post aimed at people living within a few kilometres of your business, for an opening, a new product or a limited-time offer.',
      kpis: ['impressions', 'newCustomers', 'costPerAcquisition'],
      detail: {
        resources: 'An image or a short video, a few tens of euros per campaign and an hour of setting up.',
        successFactors: 'Targeting by area, age and interests, and a clear offer to show in the shop.',
        limits: 'Views are cheap but do not bring people in on their own; without an offer to show, the effect is hard to prove.',
        review: 'Count the customers who show the offer at the till and divide the campaign’s cost by that number.',
      },
    },
    {
      key: 'linkedin-ads-key-accounts',
      category: 'onlineAdvertising',
      family: 'awareness',
      audience: 'b2b',
      title: 'Reach your key accounts with LinkedIn ads',
      description:
        'Sponsor a case study or a guide aimed at the employees of a precise list of target companies, to prepare the ground before the salesperson calls.',
      kpis: ['impressions', 'leads', 'costPerLead'],
      detail: {
        resources: 'The list of target companies, useful content to promote and a budget of a few hundred euros a month.',
        successFactors: 'A short list chosen with the sales team, and content that speaks to those companies’ problems.',
        limits: 'The cost per click is high, and the list must be large enough for the ads to start running.',
        review: 'Track how many people at the target accounts saw or clicked, then the meetings booked in those companies.',
      },
    },
    {
      key: 'google-business-profile',
      category: 'websiteSeo',
      family: 'acquisition',
      audience: 'both',
      title: 'Complete your Google Business Profile',
      description:
        'Fill in your Google profile entirely (opening hours, photos, services, prices, booking link) and post a piece of news or an offer on it every week.',
      kpis: ['searchRanking', 'impressions', 'reviewsCount'],
      detail: {
        resources: 'An hour to create or rework it, then a quarter of an hour a week.',
        successFactors: 'Opening hours that are always right, bank holidays included, real photos and replies to every review.',
        limits: 'You do not control everything: other users can suggest changes or add photos.',
        review: 'Every month, check the profile’s statistics for calls, direction requests and clicks to your website.',
      },
    },
    {
      key: 'local-seo',
      category: 'websiteSeo',
      family: 'acquisition',
      audience: 'both',
      title: 'Improve your website’s local search ranking',
      description:
        'List five to ten typical searches your customers make (“hairdresser Annecy”, “bespoke joiner Lyon”) and rework your site’s titles, texts and pages to answer them.',
      kpis: ['searchRanking', 'trafficBySource', 'websiteVisits'],
      detail: {
        resources: 'A few days of work or a provider, and a free tool to track searches.',
        successFactors:
          'One clear page per service and per area, texts written for people before search engines, a site that loads fast on a phone.',
        limits: 'Rankings improve over several months and can shift without warning.',
        review: 'Every quarter, note your position on those searches and the visits coming from search engines.',
      },
    },
    {
      key: 'online-booking',
      category: 'websiteSeo',
      family: 'conversion',
      audience: 'b2c',
      title: 'Offer online appointment booking',
      description:
        'Let people book a slot at any hour from your website, your Google profile and your social networks, with an automatic text reminder the day before.',
      kpis: ['conversionRate', 'newCustomers', 'returningCustomers'],
      detail: {
        resources: 'A booking tool on a monthly subscription and an hour to set it up.',
        successFactors: 'A diary that is always up to date and a booking link visible everywhere.',
        limits: 'The subscription costs money every month, and some platforms take a commission or promote your competitors.',
        review: 'Track the share of appointments booked online and the number of missed appointments.',
      },
    },
    {
      key: 'click-and-collect',
      category: 'websiteSeo',
      family: 'distribution',
      audience: 'b2c',
      title: 'Offer in-store pick-up (click & collect)',
      description:
        'Show your products and their stock on your website, let customers order and pay online, then collect their order in the shop.',
      kpis: ['revenue', 'conversionRate', 'averageBasket'],
      detail: {
        resources: 'An online shop module, stock kept up to date and a pick-up corner in the shop.',
        successFactors:
          'The same prices online and in the shop, orders ready at the promised time and a message to say they are.',
        limits: 'Wrong stock figures online quickly disappoint: they must be updated every day.',
        review: 'Count the orders collected and the extra purchases made at pick-up.',
      },
    },
    {
      key: 'quote-request-page',
      category: 'websiteSeo',
      family: 'conversion',
      audience: 'b2b',
      title: 'Create an offer page with a quote request',
      description:
        'Give each of your main offers its own page, with the benefits, client references, indicative prices where possible and a very short quote request form.',
      kpis: ['leads', 'conversionRate', 'bounceRate'],
      detail: {
        resources: 'One to two days of writing and publishing, or a few hours from a web provider.',
        successFactors: 'A form with three or four fields, a reply within 24 hours and visible proof: clients, certifications.',
        limits: 'A well-made page is useless if nobody reaches it: link it to your other actions.',
        review: 'Track the number of requests received, how serious they are and the share that becomes a signed quote.',
      },
    },
    {
      key: 'monthly-newsletter',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'b2c',
      title: 'Send a monthly newsletter to customers',
      description:
        'Every month, send your subscribed customers a short e-mail: something new, a tip, an upcoming event and, now and then, an offer for subscribers only.',
      kpis: ['openRate', 'clickRate', 'unsubscribeRate'],
      detail: {
        resources:
          'An e-mailing tool, often free for a small list, addresses collected with consent (or from customers told when they bought) and two hours per mailing.',
        successFactors: 'Regularity, a short subject line, a sender people recognise and content easy to read on a phone.',
        limits:
          'Consumers must have given their consent, except your customers for products or services similar to those they bought, if they were told when their address was collected; every message must let people unsubscribe. Without collected addresses, there is no newsletter.',
        review: 'For each mailing, track opens, clicks, unsubscribes and sales linked to the offer.',
      },
    },
    {
      key: 'b2b-newsletter',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'b2b',
      title: 'Send a business newsletter',
      description:
        'Every month or quarter, send your clients and prospects a letter signed by a real person, with industry news, a tip, a case study and a single, precise call-to-action button.',
      kpis: ['openRate', 'clickRate', 'meetings'],
      detail: {
        resources: 'A clean list split by type of contact, an e-mailing tool and half a day per issue.',
        successFactors:
          'A short subject line, a named sender rather than a generic address, a layout readable on a phone and the right sending day.',
        limits:
          'Your contacts already get dozens of e-mails a day: without useful content, the letter ends up in the bin. Between businesses, sending without prior consent is allowed when the message concerns the recipient’s job, with an unsubscribe link in every message.',
        review: 'Track opens and clicks by type of contact, and note the meetings requested after each issue.',
      },
    },
    {
      key: 'abandoned-cart-emails',
      category: 'emailingCrm',
      family: 'conversion',
      audience: 'b2c',
      title: 'Follow up abandoned carts by e-mail',
      description:
        'Automatically send a first e-mail a few hours after a cart is abandoned, then a second one or two days later, reminding them of the products and answering frequent questions.',
      kpis: ['cartAbandonmentRate', 'conversionRate', 'revenue'],
      detail: {
        resources: 'Your online shop’s reminder module and an hour to write the messages.',
        successFactors: 'A quick send, a helpful rather than pushy tone and, if needed, a small gesture on delivery.',
        limits:
          'Only visitors who left their address can be reminded, and a discount every time teaches people to wait for the reminder.',
        review: 'Every month, count the carts recovered and the revenue they represent.',
      },
    },
    {
      key: 'loyalty-card',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'b2c',
      title: 'Launch a loyalty card',
      description:
        'Offer a reward after a set number of purchases (the tenth baguette, a free haircut after five) with a paper or digital card that also records the contact details of customers who agree.',
      kpis: ['returningCustomers', 'ordersPerCustomer', 'customerLifetimeValue'],
      detail: {
        resources: 'Printed cards or a loyalty app, and a budget for the rewards given.',
        successFactors: 'A simple rule, a reward within reach in a few weeks and the card offered at every visit to the till.',
        limits: 'Rewards cost margin, and the data collected must comply with the GDPR.',
        review: 'Track the number of active cards, how often their holders come back and the cost of the rewards.',
      },
    },
    {
      key: 'win-back-inactive',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'both',
      title: 'Win back customers who stopped coming',
      description:
        'Find in your file the customers who have not bought anything for six months and send them a personal message with a reason to come back: something new, a welcome-back offer.',
      kpis: ['returningCustomers', 'couponRedemption', 'revenue'],
      detail: {
        resources: 'A customer file with the date of the last purchase and an hour to prepare the mailing.',
        successFactors: 'A personal tone and a time-limited offer; with business clients, a phone call often works better.',
        limits:
          'Some customers left for good reasons (a move, a bad experience): listen to what they answer. By e-mail or text, a consumer may be contacted about products similar to those they bought if they were told and can refuse in every message; by phone, their prior consent is needed since 11 August 2026.',
        review: 'Count the customers who came back within two months and what they spent.',
      },
    },
    {
      key: 'satisfaction-survey',
      category: 'emailingCrm',
      family: 'loyalty',
      audience: 'both',
      title: 'Send a satisfaction survey',
      description:
        'Ask three to five questions after a purchase or a service (a score out of 10, what they liked, what was missing) and call back unhappy customers.',
      kpis: ['satisfaction', 'reviewsCount'],
      detail: {
        resources: 'A free online form and a mailing, automatic or by hand, after each service.',
        successFactors: 'A very short survey, and customers who see that their comments change something.',
        limits: 'Very happy and very unhappy customers answer more than the others.',
        review: 'Every quarter, track the average score and list the three improvements asked for most often.',
      },
    },
    {
      key: 'trade-show',
      category: 'events',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Exhibit at a trade show',
      description:
        'Book a stand at your industry’s trade show, set up meetings with your prospects in advance and follow up every contact within the week after.',
      kpis: ['leads', 'meetings', 'costPerLead'],
      detail: {
        resources: 'Stand rental, furniture, travel, printed material and two people on the stand.',
        successFactors: 'Meetings booked before the show, a target number of serious contacts and a quick follow-up.',
        limits: 'The total cost often far exceeds the stand rental, and without follow-up contacts soon go cold.',
        review: 'Divide the total cost by the number of serious contacts, then track the deals signed in the following months.',
      },
    },
    {
      key: 'open-day',
      category: 'events',
      family: 'awareness',
      audience: 'both',
      title: 'Hold an open day',
      description:
        'Open your workshop, office or shop for a day, with demonstrations, a behind-the-scenes tour and refreshments, inviting customers, neighbours and referral partners.',
      kpis: ['participants', 'newCustomers', 'leads'],
      detail: {
        resources: 'A day of preparation, invitations, refreshments and the whole team on hand.',
        successFactors: 'Things to see and do, not just a speech, and a way to collect contact details.',
        limits: 'Attendance depends on the weather and on other events planned the same day.',
        review: 'Count the visitors, the contact details collected and the orders placed in the following month.',
      },
    },
    {
      key: 'market-stall',
      category: 'events',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Run a stall at a market or a Christmas market',
      description:
        'Sell and introduce your products at the weekly market, a farmers’ market or a Christmas market, with business cards and an offer to visit your shop.',
      kpis: ['revenue', 'newCustomers', 'couponRedemption'],
      detail: {
        resources: 'The pitch fee, a folding stall, stock and one person for the day.',
        successFactors: 'A visible, well-stocked stall, prices on display and a way to reach customers again afterwards.',
        limits: 'Days are long and weather-dependent; the day’s sales do not always pay for the time spent.',
        review: 'Compare the stall’s sales with its costs, and count the offers used in the shop afterwards.',
      },
    },
    {
      key: 'customer-workshop',
      category: 'events',
      family: 'loyalty',
      audience: 'b2c',
      title: 'Run a workshop for customers',
      description:
        'Offer a free or paid small-group workshop on registration: beginners’ pastry, caring for curly hair, bike maintenance.',
      kpis: ['participants', 'satisfaction', 'revenue'],
      detail: {
        resources: 'Two hours of leading the session, the equipment, a suitable space and registration online or in the shop.',
        successFactors: 'A small group, a skill everyone leaves able to repeat, and products to buy on the spot.',
        limits: 'Preparation takes a lot of time for a small number of people.',
        review: 'Track how full the sessions are, satisfaction and participants’ purchases in the following weeks.',
      },
    },
    {
      key: 'client-breakfast',
      category: 'events',
      family: 'loyalty',
      audience: 'b2b',
      title: 'Invite clients and prospects to a business breakfast',
      description:
        'Gather around fifteen clients and prospects over breakfast, with a short, useful talk (a new regulation, a client’s experience) and time to chat.',
      kpis: ['participants', 'meetings', 'satisfaction'],
      detail: {
        resources: 'A venue, a caterer, personal invitations and a speaker: a client or an outside expert.',
        successFactors: 'A topical subject for your guests, and satisfied clients who speak about you to prospects themselves.',
        limits: 'Last-minute cancellations are common: confirm the day before.',
        review: 'Count attendees, meetings booked afterwards and the deals those meetings produced.',
      },
    },
    {
      key: 'neighbourhood-flyers',
      category: 'printOutdoor',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Hand out flyers with an offer in the neighbourhood',
      description:
        'Drop a flyer into the letterboxes of your area carrying a welcome offer to bring back, for an opening, a new product or a little-known service.',
      kpis: ['couponRedemption', 'newCustomers', 'costPerAcquisition'],
      detail: {
        resources: 'A clear design, printing and distribution, by yourself or by a specialist company.',
        successFactors: 'A well-chosen area, an offer you can count (a coupon to bring back) and a message readable in three seconds.',
        limits: 'Many flyers end up in the bin; respect “no junk mail” stickers and check your town’s rules.',
        review: 'Count the coupons brought back and divide the total cost by the number of new customers.',
      },
    },
    {
      key: 'vehicle-signage',
      category: 'printOutdoor',
      family: 'awareness',
      audience: 'both',
      title: 'Put your branding on your work vehicle',
      description: 'Cover your van or car with your name, your trade, your phone number and your website, readable from afar.',
      kpis: ['newCustomers', 'leads'],
      detail: {
        resources: 'Lettering or a full wrap fitted by a professional, paid once for several years.',
        successFactors: 'Little information, very readable, and a vehicle always clean and driven courteously.',
        limits: 'The effect is hard to measure, and every abrupt manoeuvre is made in your company’s name.',
        review: 'Ask every new customer how they heard of you and note those who mention the vehicle.',
      },
    },
    {
      key: 'local-posters',
      category: 'printOutdoor',
      family: 'awareness',
      audience: 'b2c',
      title: 'Put up posters in busy local places',
      description:
        'Put up posters in partner shops, gyms or community venues, or rent a few poster sites near you, for an event or a seasonal offer.',
      kpis: ['footfall', 'newCustomers'],
      detail: {
        resources: 'Printed posters, the agreement of the places that host them or the rental of poster sites.',
        successFactors: 'A simple design, a date or an offer, and places your target walks past.',
        limits: 'The effect is hard to separate from that of other actions, and fly-posting is forbidden.',
        review: 'Ask at the till how customers heard about the event or the offer.',
      },
    },
    {
      key: 'sales-brochure',
      category: 'printOutdoor',
      family: 'conversion',
      audience: 'b2b',
      title: 'Produce a sales brochure',
      description:
        'Create a four-page brochure presenting your offers, your references and your method, to hand over in meetings or at a trade show and to enclose with a letter.',
      kpis: ['meetings', 'conversionRate'],
      detail: {
        resources: 'A graphic designer, a printer and a few days to gather texts, photos and references.',
        successFactors: 'Talk about the results achieved for clients rather than the company’s history, with a clearly visible contact.',
        limits: 'A printed document dates quickly: plan small print runs and an up-to-date PDF version.',
        review: 'Ask salespeople when it helped close a deal, and track the number of copies handed out.',
      },
    },
    {
      key: 'local-press-story',
      category: 'pressPr',
      family: 'awareness',
      audience: 'both',
      title: 'Pitch a story to the local press',
      description:
        'Send the local paper, the town newsletter or local radio a short press release about real news (an opening, an anniversary, a new hire, an award won) with a good photo, then call the journalist.',
      kpis: ['mediaMentions', 'websiteVisits', 'footfall'],
      detail: {
        resources: 'Half a day to write the press release, a quality photo and the list of local journalists.',
        successFactors: 'A human or local angle that interests readers, not an advert in disguise.',
        limits: 'Nothing guarantees publication, and you do not get to review the article before it comes out.',
        review: 'Count the articles and broadcasts obtained and note the effect on footfall during the week.',
      },
    },
    {
      key: 'trade-press-article',
      category: 'pressPr',
      family: 'awareness',
      audience: 'b2b',
      title: 'Publish an opinion piece in the trade press',
      description:
        'Offer a magazine or a website in your industry an expert article, a client’s experience or figures drawn from your business.',
      kpis: ['mediaMentions', 'leads'],
      detail: {
        resources: 'Two or three days to find the angle, write and work with the editors.',
        successFactors: 'A real point of view or new figures, useful to readers, without a sales tone.',
        limits: 'Publication takes a long time, and the editors may cut or turn down the text.',
        review: 'Track the pick-ups, the visits to your website and the contacts who mention the article.',
      },
    },
    {
      key: 'award-entry',
      category: 'pressPr',
      family: 'awareness',
      audience: 'both',
      title: 'Enter for an award or a label',
      description:
        'Enter your company or a product for a recognised competition (best baguette in the département, craft trade awards, innovation prize) and spread the word about the result.',
      kpis: ['mediaMentions', 'newCustomers'],
      detail: {
        resources: 'An application file, sometimes an entry fee, and products to present.',
        successFactors:
          'Choose an award your customers know, and display the distinction everywhere: window, website, e-mail signature.',
        limits: 'You will not win every time, and an award the public has never heard of brings little.',
        review: 'Note the articles published and the new customers in the months after a distinction.',
      },
    },
    {
      key: 'key-account-list',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Draw up and work a list of key accounts',
      description:
        'Choose 10 to 30 target companies with your salespeople; for each, note the decision makers and their role, the signs of need spotted, the next contact and the channel, then approach them in a personalised way.',
      kpis: ['meetings', 'pipelineValue', 'shareOfWallet'],
      detail: {
        resources:
          'A spreadsheet or contact-management software, news alerts and a monthly meeting between sales and marketing.',
        successFactors:
          'One objective shared by sales and marketing, and a message suited to each decision maker, including those who can block the deal.',
        limits: 'Each account takes time; a badly chosen list keeps the team busy with companies that will never buy.',
        review: 'Every month, track the meetings and the open deals on the accounts in the list.',
      },
    },
    {
      key: 'emailing-phone-follow-up',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Call the recipients after an e-mail campaign',
      description:
        'Two to five days after an e-mail campaign, call the contacts who opened or clicked to understand their need and offer a meeting, using the call to update your file.',
      kpis: ['meetings', 'leads', 'conversionRate'],
      detail: {
        resources:
          'A short call script, the list of contacts who opened or clicked, and one or two half-days of calls or a provider.',
        successFactors: 'Call quickly, mention the e-mail they received and seek to understand the need before selling.',
        limits:
          'It is slow and sometimes thankless work. Put anyone who refuses to be canvassed on an opposition list that every campaign honours: deleting them is not enough, the next import would bring them back. Phoning consumers needs their prior consent since 11 August 2026.',
        review: 'Count calls made, people reached, meetings booked and records updated.',
      },
    },
    {
      key: 'b2b-direct-mail',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Send a personal letter to decision makers',
      description:
        'Post a signed letter to a few dozen chosen decision makers with something useful enclosed (a study, a sample, an invitation), then call them a week later.',
      kpis: ['meetings', 'leads'],
      detail: {
        resources: 'Up-to-date named addresses, a well-crafted letter, postage and time for the follow-up calls.',
        successFactors: 'A short, truly personal letter, and contents that make people want to open the envelope.',
        limits: 'Each letter is expensive: keep it for a small, carefully chosen target.',
        review: 'Divide the total cost by the number of meetings booked.',
      },
    },
    {
      key: 'customer-referral',
      category: 'directMarketing',
      family: 'acquisition',
      audience: 'both',
      title: 'Launch a referral offer',
      description:
        'Reward customers who recommend you: one perk for the referrer and one for the new customer, presented at the till, on invoices and in the newsletter.',
      kpis: ['newCustomers', 'costPerAcquisition'],
      detail: {
        resources: 'Referral cards or codes, and the budget for the perks given.',
        successFactors: 'Two genuinely attractive perks and a single-step process.',
        limits: 'Only very satisfied customers recommend you: referral amplifies quality, it does not replace it.',
        review: 'Count the referred new customers and compare what they cost with your other channels.',
      },
    },
    {
      key: 'flash-sms',
      category: 'directMarketing',
      family: 'conversion',
      audience: 'b2c',
      title: 'Send a text message for a time-limited opportunity',
      description:
        'Text the customers who agreed to it about an opportunity to grab quickly: freed-up slots, a private sale, today’s delivery.',
      kpis: ['couponRedemption', 'revenue', 'unsubscribeRate'],
      detail: {
        resources:
          'A text-messaging service paid per message and numbers collected with customers’ consent or, for products similar to those they bought, from customers told at collection and free to refuse.',
        successFactors: 'Rare sends, a short message with the shop’s name and an offer valid for a short time.',
        limits:
          'Too many sends drive people away; every message must let people opt out (“STOP”), and standard practice rules out evenings, Sundays and bank holidays.',
        review: 'Measure the sales or bookings on the day of sending and the opt-outs.',
      },
    },
    {
      key: 'reseller-challenge',
      category: 'partnerships',
      family: 'distribution',
      audience: 'b2b',
      title: 'Run a sales challenge for your resellers',
      description:
        'Launch a two- or three-month sales contest among your resellers or partners on a precise goal (a new product, a season), with a shared leaderboard and prizes.',
      kpis: ['revenue', 'activeResellers'],
      detail: {
        resources:
          'Prizes, a leaderboard updated on your website or by e-mail, text messages for urgent news and a launch letter.',
        successFactors:
          'A clear commercial goal, simple rules, a playful tone and channels suited to each partner’s habits.',
        limits: 'Sales may drop back after the challenge, and a leaderboard always won by the same people demotivates the rest.',
        review: 'Compare resellers’ sales during and after the challenge with the same period the year before.',
      },
    },
    {
      key: 'neighbour-shops-cross-promotion',
      category: 'partnerships',
      family: 'acquisition',
      audience: 'b2c',
      title: 'Team up with neighbouring shops',
      description:
        'Set up a joint operation with two or three complementary shops (florist, wine merchant, cheesemonger): swapped vouchers, a shared window or a holiday hamper.',
      kpis: ['newCustomers', 'couponRedemption'],
      detail: {
        resources: 'A meeting to agree the rules, printed vouchers and a little coordination time.',
        successFactors: 'Similar customers but offers that do not compete, and equal commitment from everyone.',
        limits: 'The result depends on your partners’ involvement, which you do not control.',
        review: 'Count the vouchers coming from each partner and the new customers who come back afterwards.',
      },
    },
    {
      key: 'local-sponsorship',
      category: 'partnerships',
      family: 'awareness',
      audience: 'b2c',
      title: 'Support a local club or association',
      description:
        'Sponsor a sports team, a street party or an association in exchange for visibility (shirts, banner, programme) and an offer for its members.',
      kpis: ['newCustomers', 'couponRedemption'],
      detail: {
        resources: 'A sum of money or products given, and your presence at the club’s events.',
        successFactors: 'An association that brings your target together, and a measurable return such as a members-only offer.',
        limits: 'Visibility alone brings little if nobody connects it with your business.',
        review: 'Count the members who use the offer and compare with the amount of the support.',
      },
    },
    {
      key: 'prescriber-network',
      category: 'partnerships',
      family: 'acquisition',
      audience: 'b2b',
      title: 'Build a network of referral partners',
      description:
        'Identify the professionals who advise your clients before they buy (architect, accountant, estate agent), meet them, keep them informed and thank them for every recommendation.',
      kpis: ['leads', 'newCustomers'],
      detail: {
        resources: 'A list of chosen referral partners, a few lunches or meetings a year and a record of recommendations.',
        successFactors: 'Trust: a referral partner only recommends you if they are sure you will not let them down.',
        limits: 'The network grows slowly, and you must be ready to recommend your partners in return.',
        review: 'Note where each request comes from and track what each referral partner brings in.',
      },
    },
    {
      key: 'new-stockists',
      category: 'partnerships',
      family: 'distribution',
      audience: 'both',
      title: 'Find new points of sale',
      description:
        'Approach shops, delicatessens or consignment stores whose customers resemble yours, with samples, a trade price list and clear terms.',
      kpis: ['activeResellers', 'revenue'],
      detail: {
        resources: 'A trade price that leaves the shopkeeper a margin, samples and introductory visits or mailings.',
        successFactors: 'Points of sale that fit your image, and regular follow-up: restocking, display, tips for the sales staff.',
        limits: 'The reseller’s margin cuts into yours, and you no longer choose how your products are displayed.',
        review: 'Every quarter, track the number of active points of sale and their sales.',
      },
    },
    {
      key: 'marketplace-listing',
      category: 'other',
      family: 'distribution',
      audience: 'b2c',
      title: 'Sell on an online marketplace',
      description:
        'List part of your range on a large marketplace or a specialist platform (crafts, local produce), which takes a commission on every sale.',
      kpis: ['revenue', 'newCustomers', 'roi'],
      detail: {
        resources:
          'Product listings, time for orders and messages, and a commission to budget as a percentage of revenue.',
        successFactors:
          'Prices consistent with your own shop, delivery times met and quick replies to keep a good seller rating.',
        limits: 'The customer belongs mostly to the platform, whose rules and commissions can change overnight.',
        review: 'Work out, product by product, the margin left after commission and shipping costs.',
      },
    },
    {
      key: 'crowdfunding-campaign',
      category: 'other',
      family: 'fundraising',
      audience: 'b2c',
      title: 'Launch a crowdfunding campaign',
      description:
        'Present a precise project (a new workshop, a new range, a food truck) on a crowdfunding platform, with rewards (products, workshops, a name on a wall) and a duration of 30 to 45 days.',
      kpis: ['fundsRaised', 'backers', 'audienceSize'],
      detail: {
        resources: 'A video, costed rewards, the platform’s commission and a lot of time to keep the campaign going.',
        successFactors: 'An inner circle (customers, friends and family) ready to contribute on day one, then regular updates.',
        limits:
          'If the goal is not reached, the money is often returned to backers, and rewards cost money to make and ship.',
        review: 'Track the amount raised every day and, after the campaign, how many backers became customers.',
      },
    },
  ],
  kpiCatalogue: {
    roi: {
      name: 'ROAS (revenue ÷ spend)',
      unit: '€ per €1 spent',
      help: 'What each euro spent brings in: revenue obtained ÷ marketing spend, the training’s simple formula. Return on investment in the strict sense is computed on margin: (margin obtained − cost) ÷ cost.',
    },
    costPerAcquisition: {
      name: 'Customer acquisition cost',
      unit: '€ per customer',
      help: 'What a new customer costs on average: the action’s spend ÷ the number of new customers won.',
    },
    conversionRate: {
      name: 'Conversion rate',
      unit: '%',
      help: 'The share of visitors or contacts who take action: purchases (or requests) ÷ visitors × 100.',
    },
    averageBasket: {
      name: 'Average basket',
      unit: '€',
      help: 'The average amount of a purchase: revenue excluding VAT ÷ number of receipts or orders.',
    },
    openRate: {
      name: 'Open rate',
      unit: '%',
      help: 'The share of received e-mails that were opened: e-mails opened ÷ e-mails delivered × 100.',
    },
    clickRate: {
      name: 'Click rate',
      unit: '%',
      help: 'The share of recipients who clicked at least one link: recipients who clicked ÷ e-mails delivered × 100.',
    },
    audienceSize: {
      name: 'Audience size',
      unit: 'followers',
      help: 'The number of people who follow you (followers on a social network, newsletter subscribers), noted on the same date each month.',
    },
    impressions: {
      name: 'Impressions',
      unit: 'views',
      help: 'How many times your ad, post or profile was shown on screen, according to the tool’s statistics.',
    },
    trafficBySource: {
      name: 'Visits by source',
      unit: '% of visits',
      help: 'Where your website’s visitors come from (search engines, social networks, e-mails, ads, direct access), according to your analytics tool.',
    },
    ordersPerCustomer: {
      name: 'Purchases per customer',
      unit: 'purchases/year',
      help: 'How many times a customer buys on average: number of orders in the year ÷ number of different customers.',
    },
    customerLifetimeValue: {
      name: 'Customer lifetime value',
      unit: '€',
      help: 'What a customer brings in over several years, minus what it cost to win them; the calculator in the Indicators step works it out for you.',
    },
    satisfaction: {
      name: 'Customer satisfaction',
      unit: 'score out of 10',
      help: 'The average score your customers give to the question “Are you satisfied?” in a survey.',
    },
    costPerVisitor: {
      name: 'Cost per visit',
      unit: '€ per visit',
      help: 'What each visit brought to the website or the shop costs: the action’s spend ÷ number of visits obtained.',
    },
    searchRanking: {
      name: 'Search ranking',
      unit: 'position',
      help: 'Where your website or profile appears in the results for a chosen search (1 = first result), noted every month.',
    },
    timeOnSite: {
      name: 'Time on site',
      unit: 'min',
      help: 'The average length of a visit to your website, given by your analytics tool.',
    },
    newCustomers: {
      name: 'New customers',
      unit: 'customers/month',
      help: 'The number of people or companies buying from you for the first time in the month.',
    },
    leads: {
      name: 'Leads',
      unit: 'leads/month',
      help: 'The number of prospects who left their details with a real need: form, call, business card, quote request.',
    },
    meetings: {
      name: 'Meetings booked',
      unit: 'meetings/month',
      help: 'The number of sales meetings, in person or by video, booked thanks to the action.',
    },
    reviewsCount: {
      name: 'Number of reviews',
      unit: 'reviews',
      help: 'The total number of customer reviews published on Google and the sites of your trade, noted every month.',
    },
    averageRating: {
      name: 'Average rating',
      unit: 'out of 5',
      help: 'The average of the ratings your customers leave on review sites, usually in stars out of 5.',
    },
    revenue: {
      name: 'Revenue',
      unit: '€ excl. VAT',
      help: 'The sales, excluding VAT, that can be attributed to the action or the channel over the period.',
    },
    returningCustomers: {
      name: 'Retention rate',
      unit: '%',
      help: 'The share of customers who buy again: customers from the previous period who came back ÷ customers from the previous period × 100.',
    },
    unsubscribeRate: {
      name: 'Unsubscribe rate',
      unit: '%',
      help: 'The share of recipients who unsubscribe after a mailing: unsubscribes ÷ messages delivered × 100.',
    },
    footfall: {
      name: 'Footfall',
      unit: 'visitors/day',
      help: 'The number of people who walk into the shop, counted by hand, by a counter or, failing that, by the number of till receipts.',
    },
    engagementRate: {
      name: 'Engagement rate',
      unit: '%',
      help: 'The share of people reached who react: (likes + comments + shares) ÷ people reached × 100.',
    },
    costPerLead: {
      name: 'Cost per lead',
      unit: '€ per lead',
      help: 'What each lead costs: the action’s spend ÷ number of leads obtained.',
    },
    bounceRate: {
      name: 'Bounce rate',
      unit: '%',
      help: 'The share of visits that leave the site from the first page without doing anything, given by your analytics tool.',
    },
    websiteVisits: {
      name: 'Website visits',
      unit: 'visits/month',
      help: 'The number of visits to your website in the month, according to your analytics tool.',
    },
    mediaMentions: {
      name: 'Press coverage',
      unit: 'articles',
      help: 'The number of articles, radio slots or mentions obtained in the media over the period.',
    },
    couponRedemption: {
      name: 'Offers redeemed',
      unit: 'coupons',
      help: 'The number of vouchers, coupons or promo codes used: it shows precisely who an action brought in.',
    },
    participants: {
      name: 'Participants',
      unit: 'people',
      help: 'The number of people who attended an event, a workshop or a webinar, to compare with the number registered.',
    },
    fundsRaised: {
      name: 'Amount raised',
      unit: '€',
      help: 'The money gathered by a crowdfunding campaign, to compare with the announced goal.',
    },
    backers: {
      name: 'Backers',
      unit: 'backers',
      help: 'The number of people who supported your project by putting in money.',
    },
    activeResellers: {
      name: 'Active resellers',
      unit: 'points of sale',
      help: 'The number of resellers or partners who placed at least one order over the period.',
    },
    shareOfWallet: {
      name: 'Share of wallet',
      unit: '%',
      help: 'How much of a business client’s spending you capture: what you sell them ÷ what they could buy from you as estimated by the salesperson × 100 (under 30%, there is ground to win; from 30 to 60%, the account is to develop; above 60%, the aim is to keep them).',
    },
    pipelineValue: {
      name: 'Weighted pipeline',
      unit: '€',
      help: 'The amount of ongoing projects, each multiplied by its probability according to its stage (for example 20% for a proposal handed over, 80% for a verbal agreement), then added up.',
    },
    cartAbandonmentRate: {
      name: 'Cart abandonment rate',
      unit: '%',
      help: 'The share of online carts that never become an order: abandoned carts ÷ carts created × 100.',
    },
  },
  keyDates: [
    { key: 'epiphany', audience: 'b2c', label: 'Epiphany: the galette des rois (kings’ cake)', rule: '6 January' },
    {
      key: 'winterSales',
      audience: 'b2c',
      label: 'Winter sales begin',
      rule: '2nd Wednesday of January at 8 am, brought forward to the 1st Wednesday when the 2nd falls after 12 January',
      help: 'This is the national rule of the French commercial code (art. D310-15-2). Some border départements and the overseas territories have their own dates: check those of your département.',
    },
    { key: 'candlemas', audience: 'b2c', label: 'Candlemas (Chandeleur): crêpe day', rule: '2 February' },
    { key: 'valentinesDay', audience: 'b2c', label: 'Valentine’s Day', rule: '14 February' },
    { key: 'grandmothersDay', audience: 'b2c', label: 'Grandmothers’ Day', rule: '1st Sunday of March' },
    {
      key: 'craftsDays',
      audience: 'b2c',
      label: 'European Artistic Crafts Days',
      rule: 'early April: we use the 1st Saturday of April',
      help: 'The exact dates are announced each year by the organisers.',
    },
    { key: 'easter', audience: 'b2c', label: 'Easter: chocolate eggs', rule: 'Easter Sunday, computed for each year (between 22 March and 25 April)' },
    { key: 'mayDay', audience: 'b2c', label: 'Labour Day: lily of the valley', rule: '1 May' },
    { key: 'mothersDay', audience: 'b2c', label: 'Mother’s Day', rule: 'last Sunday of May, or 1st Sunday of June when that is Pentecost' },
    { key: 'fathersDay', audience: 'b2c', label: 'Father’s Day', rule: '3rd Sunday of June' },
    { key: 'musicDay', audience: 'b2c', label: 'Fête de la musique (music day)', rule: '21 June' },
    {
      key: 'summerSales',
      audience: 'b2c',
      label: 'Summer sales begin',
      rule: 'last Wednesday of June at 8 am, brought forward to the one before when the last falls after 28 June',
      help: 'This is the national rule of the French commercial code (art. D310-15-2). Some border départements and the overseas territories have their own dates: check those of your département.',
    },
    {
      key: 'b2bSummerLull',
      audience: 'b2b',
      label: 'B2B: summer, the time to update your contact lists',
      rule: 'all summer: we place the marker on the Monday after 14 July',
    },
    {
      key: 'backToSchool',
      audience: 'all',
      label: 'Back to school',
      rule: 'early September: we use the 1st weekday from 1 September',
      help: 'An approximate date: the official one is published by the Ministry of Education in its school calendar.',
    },
    {
      key: 'tradeShowSeason',
      audience: 'b2b',
      label: 'B2B: trade show season starts again',
      rule: 'from mid-September: we use the 2nd Monday of September',
    },
    { key: 'heritageDays', audience: 'b2c', label: 'European Heritage Days', rule: '3rd weekend of September (the date given is the Saturday)' },
    {
      key: 'b2bBudgetSeason',
      audience: 'b2b',
      label: 'B2B: your clients prepare next year’s budgets',
      rule: 'in the autumn: we use the 1st weekday of October',
    },
    {
      key: 'tasteWeek',
      audience: 'b2c',
      label: 'Semaine du goût, taste week',
      rule: 'mid-October: we use the 2nd Monday of October',
      help: 'The exact dates are announced each year by the organisers.',
    },
    { key: 'halloween', audience: 'b2c', label: 'Halloween', rule: '31 October' },
    { key: 'beaujolaisNouveau', audience: 'b2c', label: 'Beaujolais nouveau', rule: '3rd Thursday of November' },
    { key: 'blackFriday', audience: 'b2c', label: 'Black Friday', rule: 'the Friday after the 4th Thursday of November' },
    { key: 'cyberMonday', audience: 'b2c', label: 'Cyber Monday', rule: 'the Monday after Black Friday' },
    {
      key: 'christmasShopping',
      audience: 'b2c',
      label: 'Christmas markets and gift shopping',
      rule: 'all through December: we use 1 December',
    },
    { key: 'christmas', audience: 'all', label: 'Christmas', rule: '25 December' },
    { key: 'newYearsEve', audience: 'b2c', label: 'New Year’s Eve', rule: '31 December' },
  ],
};

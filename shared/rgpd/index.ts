/** The RGPD side of the « Fichier clients » step: which actions need which checklist items, and its counts. */
export { actionChannels, contactChannels, rgpdItemsForAction, type ContactChannel } from './dependencies';
export { checklistBegun, isReviewed, rgpdSummary, type RgpdSummary } from './summary';

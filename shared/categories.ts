import type { ActionCategory } from './plan';

/**
 * One colour per action category, used on screen, in the calendar, the PDF and the workbook.
 * Chosen to stay distinct from each other and readable with white text (contrast at least 4.5:1, WCAG AA).
 */
export const categoryColors: Record<ActionCategory, string> = {
  contentMarketing: '#6a1b9a',
  merchandising: '#ad1457',
  communityManagement: '#1565c0',
  onlineAdvertising: '#00808c',
  websiteSeo: '#2e7d32',
  emailingCrm: '#4f822c',
  events: '#bf5600',
  printOutdoor: '#6d4c41',
  pressPr: '#c62828',
  directMarketing: '#4527a0',
  partnerships: '#00695c',
  other: '#546e7a',
};

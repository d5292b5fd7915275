import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { budgetEnvelope } from '../../../../shared/coach/actions';
import { computeBudget, quarterTotals } from '../../../../shared/compute/budget';
import { summaryRows } from '../../../../shared/compute/summaryRows';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../../shared/money';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { richPlan } from './richPlan';
import { tocEntries } from './toc';

const plan = richPlan();
const budget = computeBudget(plan);
const euros = (cents: number, decimals = true) => plainSpaces(formatEuros(cents, { decimals }));
const line = (page: string, ...parts: string[]) =>
  page.split('\n').some((candidate) => parts.every((part) => candidate.includes(part)));

describe.skipIf(!hasPoppler)(`the budget figures (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let section: (title: string) => string;

  beforeAll(async () => {
    const pages = pdfPages(await exportPdf(plan, frenchOptions));
    const entries = tocEntries(pages);
    section = (title) => {
      const at = entries.findIndex((entry) => entry.title.replace(/^\d+\. /, '') === title);
      return pages.slice(entries[at].page - 1, entries[at + 1].page).join('\n');
    };
  });

  it('are the ones computeBudget gives, with all three kinds of cost line in the plan', () => {
    const kinds = new Set(plan.actions.flatMap((action) => action.costLines.map((costLine) => costLine.kind)));
    expect([...kinds].sort()).toEqual(['fixed', 'internalHours', 'percentOfRevenue']);
    const page = section('Budget');
    expect(line(page, 'Dépenses (HT)', ...budget.quartersCents.map((cents) => euros(cents)), euros(budget.yearCents))).toBe(true);
    const hours = (minutes: number) => `${minutesToHoursText(minutes)} h`;
    expect(line(page, 'Temps interne', ...quarterTotals(budget.monthsMinutes).map(hours), hours(budget.yearMinutes))).toBe(true);
    expect(page).toContain(plainSpaces(formatPercent(budget.shareOfRevenueBasisPoints ?? 0)));
    expect(page).toContain(euros(budgetEnvelope(plan) ?? 0));
  });

  it('break the year down by category, commission apart, to the same total', () => {
    const page = section('Budget');
    expect(line(page, 'Publicité en ligne', euros(budget.byCategory.onlineAdvertising ?? 0))).toBe(true);
    expect(line(page, 'E-mailing et fichier', euros(budget.byCategory.emailingCrm ?? 0))).toBe(true);
    expect(line(page, 'Événements et salons', euros(budget.byCategory.events ?? 0))).toBe(true);
    expect(line(page, 'Commission — Appli', euros(budget.byChannel[0].totalCents))).toBe(true);
    // By category and by objective family: two totals, both the year's.
    expect([...page.matchAll(/Total\s+([\d ]+,\d\d €)/g)].map((match) => match[1])).toEqual([euros(budget.yearCents), euros(budget.yearCents)]);
  });

  it('close the action plan’s table with the quarter and year totals in cents, each action with its own', () => {
    const page = section('Plan d’actions');
    for (const row of summaryRows(plan, budget)) {
      expect(line(page, row.action.title.split(' ')[0], euros(row.cost.totalCents)), row.action.title).toBe(true);
    }
    expect(line(page, 'Total', ...budget.quartersCents.map((cents) => euros(cents)), euros(budget.yearCents))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { exportPdf, sections } from '../../../../electron/core/export/pdf';
import { steeringSection } from '../../../../electron/core/export/pdf/sections/steering';
import { warningsSection } from '../../../../electron/core/export/pdf/sections/warnings';
import { fr } from '../../../../shared/i18n/fr';
import { formatEuros, formatPercent } from '../../../../shared/money';
import type { Plan } from '../../../../shared/plan';
import { reportOf } from '../../../../shared/report/planReport';
import { buildSample } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { headingPage, tocEntries } from './toc';

const amount = (cents: number) => plainSpaces(formatEuros(cents));
const signed = (cents: number) => `${cents > 0 ? '+' : ''}${amount(cents)}`;
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A line of the page holding these texts in this order, the columns set apart by spaces; pdftotext
 * may drop the narrow space of « 0 % », so a space inside a text is optional.
 */
const lineWith = (page: string, ...texts: string[]) =>
  new RegExp(`^\\s*${texts.map((value) => escape(value).replace(/ /g, '\\s*')).join('\\s+')}\\s*$`, 'm').test(page);

const withoutActuals = (plan: Plan): Plan => ({ ...plan, actions: plan.actions.map((action) => ({ ...action, actualSpendCents: action.actualSpendCents.map(() => null) })) });

describe.skipIf(!hasPoppler)(`the « Bilan à date » section (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('prints the salon’s spend at the « Date du point »: the date, the three figures, the months and the categories', async () => {
    const plan = buildSample('salon', 'fr');
    const { total, byCategory } = reportOf(plan).steering;
    const pages = pdfPages(await exportPdf(plan, frenchOptions)).map(plainSpaces);
    const entries = tocEntries(pages);
    const entry = entries.find((candidate) => candidate.title.endsWith('. Bilan à date'));
    expect(entry, 'in the table of contents').toBeDefined();
    // After the calendar; the warnings, when there are some, come right after it.
    expect(entries[entries.indexOf(entry!) - 1].title).toMatch(/\. Calendrier$/);
    expect(sections.indexOf(steeringSection)).toBe(sections.indexOf(warningsSection) - 1);
    expect(headingPage(pages, entry!.title)).toBe(entry!.page);
    const page = pages[entry!.page - 1];

    expect(page).toContain('Au 31 mars 2027');
    expect(page).toContain('3 mois de l’année comptés');
    // The three figures, as the Pilotage step shows them.
    expect(amount(total.plannedToDateCents)).toBe('1 754,68 €');
    for (const figure of ['PRÉVU À DATE', 'DÉPENSÉ À DATE', 'ÉCART', '1 754,68 €', '1 473,00 €', '-281,68 €']) expect(page).toContain(figure);
    expect(page).toContain(`${plainSpaces(formatPercent(-1605))} : moins que prévu à cette date`);
    expect(page).toContain('sur 7 102,60 € prévus pour l’année');

    // The chart by month: its title, legend and month names.
    expect(page).toContain(fr.pilotage.byMonthTitle);
    for (const label of ['Prévu', 'Dépensé', 'janv.', 'déc.', 'Date du point']) expect(page).toContain(label);

    // The table by category, each row from the report, and a total equal to the report's.
    for (const line of byCategory) {
      const rate = line.varianceBasisPoints === null ? '—' : `${line.varianceBasisPoints > 0 ? '+' : ''}${plainSpaces(formatPercent(line.varianceBasisPoints))}`;
      const cells = [fr.actionPlan.categories[line.category], amount(line.plannedYearCents), amount(line.plannedToDateCents), amount(line.actualToDateCents), signed(line.varianceCents), rate];
      expect(lineWith(page, ...cells), cells.join(' | ')).toBe(true);
    }
    expect(lineWith(page, 'Commissions des canaux', '1 089,60 €', '247,20 €', '—', '-247,20 €', '—')).toBe(true);
    expect(lineWith(page, 'Total', amount(total.plannedYearCents), amount(total.plannedToDateCents), amount(total.actualToDateCents), signed(total.varianceCents), '-16,05 %')).toBe(true);
    expect(lineWith(page, 'Total', '7 102,60 €', '1 754,68 €', '1 473,00 €', '-281,68 €', '-16,05 %')).toBe(true);
    expect(page).toContain(fr.pilotage.commissionsNote.slice(0, 40));
    // The indicators' statuses stay in their own section.
    expect(page).not.toContain(fr.indicators.status);
  });

  it('is titled in English in an English export, amounts still written the French way', async () => {
    const pages = pdfPages(await exportPdf(buildSample('salon', 'en'), englishOptions)).map(plainSpaces);
    const entry = tocEntries(pages).find((candidate) => candidate.title.endsWith('. Progress to date'));
    expect(entry).toBeDefined();
    const page = pages[entry!.page - 1];
    expect(page).toContain('As of 31 March 2027');
    expect(lineWith(page, 'Total', '7 102,60 €', '1 754,68 €', '1 473,00 €', '-281,68 €', '-16,05 %')).toBe(true);
  });

  it('is left out, and out of the table of contents, while no actual spend is typed', async () => {
    const pages = pdfPages(await exportPdf(withoutActuals(buildSample('salon', 'fr')), frenchOptions));
    expect(tocEntries(pages).map((entry) => entry.title).some((title) => title.endsWith('Bilan à date'))).toBe(false);
    expect(pages.join('\n')).not.toContain('Bilan à date');
    expect(pages.join('\n')).not.toContain('Au 31 mars 2027');
  });
});

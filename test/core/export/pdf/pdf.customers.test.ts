import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { customersSection } from '../../../../electron/core/export/pdf/sections/customers';
import { createContext } from '../../../../electron/core/export/pdf/context';
import { createTranslator } from '../../../../shared/i18n';
import { formatEuros } from '../../../../shared/money';
import { emptyPlan, emptyRgpdChecklist, type Plan } from '../../../../shared/plan';
import { buildSample } from '../../../../shared/samples';
import { customersPlan } from '../../../shared/rgpd/customersPlan';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { headingPage, tocEntries } from './toc';

/** The pages of the « Fichier clients » section: from its heading to the next section's. */
function sectionText(pages: string[], title: string): string {
  const entries = tocEntries(pages);
  const at = entries.findIndex((entry) => entry.title.endsWith(title));
  if (at < 0) throw new Error(`no section ${title} in ${entries.map((entry) => entry.title).join(', ')}`);
  const text = pages.slice(entries[at].page - 1, entries[at + 1].page).join('\n');
  return text.slice(text.indexOf(entries[at].title), text.indexOf(entries[at + 1].title));
}

/** One page as RGB pixels (pdftoppm's PPM), to see the colours the states are printed in. */
function pagePixels(bytes: Buffer, page: number): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'plan.pdf'), bytes);
    const result = spawnSync('pdftoppm', ['-r', '60', '-f', String(page), '-l', String(page), path.join(dir, 'plan.pdf')]);
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
    const ppm = result.stdout;
    // "P6\n<width> <height>\n255\n" then the pixels.
    let newlines = 0;
    let start = 0;
    while (newlines < 3) if (ppm[start++] === 0x0a) newlines += 1;
    return ppm.subarray(start);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const countNear = (pixels: Buffer, hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  let count = 0;
  for (let at = 0; at + 2 < pixels.length; at += 3) {
    if (Math.abs(pixels[at] - r) < 24 && Math.abs(pixels[at + 1] - g) < 24 && Math.abs(pixels[at + 2] - b) < 24) count += 1;
  }
  return count;
};

const t = createTranslator('fr');
const hasContent = (plan: Plan) => customersSection.hasContent(createContext(plan, frenchOptions));
/** A sample as it would be before its owner opened the step: no sales file, the checklist untouched. */
const untouchedSample = (): Plan => ({ ...buildSample('bakery', 'fr'), rgpd: emptyRgpdChecklist() });

describe('the « Fichier clients » section: when it is printed', () => {
  it('is left out while no sales file was imported and no checklist item was looked at', () => {
    expect(hasContent(emptyPlan(2027, 'Vide', '2026-01-01T00:00:00.000Z'))).toBe(false);
    expect(hasContent(untouchedSample())).toBe(false);
  });

  it('is printed once a sales file is imported, or an item has a state or a note', () => {
    const imported = untouchedSample();
    imported.customerFile = customersPlan().customerFile;
    expect(hasContent(imported)).toBe(true);
    const noted = untouchedSample();
    noted.rgpd = { items: { retention: { state: 'todo', note: 'À voir avec la comptable' } } };
    expect(hasContent(noted)).toBe(true);
    const settled = untouchedSample();
    settled.rgpd = { items: { transfers: { state: 'notApplicable', note: '' } } };
    expect(hasContent(settled)).toBe(true);
  });
});

describe.skipIf(!hasPoppler)(`the « Fichier clients » section in the PDF (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let bytes: Buffer;
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    bytes = await exportPdf(customersPlan(), frenchOptions);
    pages = pdfPages(bytes);
    text = sectionText(pages, 'Fichier clients');
  });

  it('comes right after the diagnostic, as the step does in the app', () => {
    const titles = tocEntries(pages).map((entry) => entry.title.replace(/^\d+\. /, ''));
    expect(titles.slice(titles.indexOf('Diagnostic'), titles.indexOf('Diagnostic') + 3)).toEqual(['Diagnostic', 'Fichier clients', 'Objectifs']);
    const entry = tocEntries(pages).find((candidate) => candidate.title.endsWith('Fichier clients'));
    expect(headingPage(pages, entry?.title ?? '')).toBe(entry?.page);
  });

  it('prints the figures in French: amounts, counts, rates, the date and HT/TTC, the file’s name', () => {
    // formatEuros writes a narrow no-break space between thousands and a no-break space before €.
    expect(formatEuros(1_250_00)).toBe('1\u202f250,00\u00a0€');
    const lines = text.split('\n').map((line) => line.trim().replace(/\s{2,}/g, ' | '));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Date des chiffres | 31 décembre 2026 (montants TTC)',
        `Clients actifs (12 derniers mois) | ${plainSpaces('1\u202f480')}`,
        `Achats (12 derniers mois) | ${plainSpaces('9\u202f625')}`,
        `Chiffre d’affaires (12 derniers mois) | ${plainSpaces(formatEuros(125_012_50))}`,
        `Panier moyen | ${plainSpaces(formatEuros(1_250_00))}`,
        'Achats par client et par an | 6,5',
        'Taux de fidélisation | 62,4 %',
        'Part du chiffre d’affaires faite par les 20 % meilleurs clients | 58,3 %',
        'Fichier importé | ventes-2026.csv',
      ]),
    );
    expect(text).toContain('125 012,50 €');
    expect(text).toContain('1 250,00 €');
  });

  it('lists the segments with their count and the rule the plan’s thresholds give', () => {
    const lines = text.split('\n').map((line) => line.trim().replace(/\s{2,}/g, ' | '));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Segment | Clients | Règle',
        `Nouveaux | 210 | ${t('customers.segmentRules.new', { days: 90 })}`,
        `Fidèles | 540 | ${t('customers.segmentRules.loyal', { count: 3 })}`,
        `Perdus | 180 | ${t('customers.segmentRules.lost', { days: 365 })}`,
        `À réactiver | 260 | ${t('customers.segmentRules.toReactivate', { from: 180, to: 365 })}`,
        `Occasionnels | 290 | ${t('customers.segmentRules.occasional')}`,
      ]),
    );
  });

  it('says when there were no customers the year before, and follows the owner’s thresholds', async () => {
    const plan = customersPlan();
    plan.customerFile.thresholds = { newWithinDays: 60, loyalPurchases: 5, reactivateFromDays: 120, lostAfterDays: 400 };
    plan.customerFile.figures = { ...plan.customerFile.figures!, retentionBasisPoints: null, previousCustomers: 0 };
    const section = sectionText(pdfPages(await exportPdf(plan, frenchOptions)), 'Fichier clients');
    expect(section).toMatch(/Taux de fidélisation\s+pas de clients l’année précédente/);
    const lines = section.split('\n').map((line) => line.trim().replace(/\s{2,}/g, ' | '));
    expect(lines).toContain(`À réactiver | 260 | ${t('customers.segmentRules.toReactivate', { from: 120, to: 400 })}`);
    expect(lines).toContain(`Fidèles | 540 | ${t('customers.segmentRules.loyal', { count: 5 })}`);
    expect(lines).toContain(`Nouveaux | 210 | ${t('customers.segmentRules.new', { days: 60 })}`);
  });

  it('prints the whole checklist with each item’s state and note', () => {
    expect(text).toContain('Check-list RGPD');
    expect(text).toContain('Fait : 3 · À faire : 9 · Sans objet : 2');
    expect(text).toMatch(/Inscrire le fichier au registre[^\n]*\s{2,}Fait\s{2,}Registre simplifié de la CNIL/);
    expect(text).toMatch(/Informer les personnes dès la collecte\s{2,}À faire\s{2,}Ajouter la mention au dos de la carte de fidélité\./);
    expect(text).toMatch(/Avoir l’accord des particuliers avant[^\n]*\s{2,}Sans objet\s{2,}Nous n’appelons pas nos clients\./);
    expect(text).toMatch(/S’appuyer sur les modèles de la CNIL\s{2,}À faire/);
    // Nine items still to do, and the summary line.
    expect(text.match(/À faire/g)?.length).toBe(10);
  });

  it('prints « Fait » in green and « À faire » in orange on the section’s first page', () => {
    const entry = tocEntries(pages).find((candidate) => candidate.title.endsWith('Fichier clients'));
    const pixels = pagePixels(bytes, entry?.page ?? 0);
    expect(countNear(pixels, '#2e7d32')).toBeGreaterThan(10);
    expect(countNear(pixels, '#b45309')).toBeGreaterThan(10);
  });

  it('prints only the checklist when no sales file was imported', async () => {
    const plan = customersPlan();
    plan.customerFile = { ...plan.customerFile, source: null, figures: null };
    const section = sectionText(pdfPages(await exportPdf(plan, frenchOptions)), 'Fichier clients');
    expect(section).toContain('Check-list RGPD');
    expect(section).not.toContain('Chiffres du fichier de ventes');
    expect(section).not.toContain('Segments de clients');
  });

  it('prints nothing of the step when there is nothing to say', async () => {
    const plan = untouchedSample();
    const samplePages = pdfPages(await exportPdf(plan, frenchOptions));
    expect(tocEntries(samplePages).map((entry) => entry.title)).not.toContainEqual(expect.stringMatching(/Fichier clients/));
    const all = samplePages.join('\n');
    expect(all).not.toContain('Chiffres du fichier de ventes');
    expect(all).not.toContain('Fait : 0');
    const empty = pdfPages(await exportPdf(emptyPlan(2027, 'Vide', '2026-01-01T00:00:00.000Z'), frenchOptions)).join('\n');
    expect(empty).not.toContain('Fichier clients');
    expect(empty).not.toContain('Check-list RGPD');
  });

  it('speaks English in an English export', async () => {
    const section = sectionText(pdfPages(await exportPdf(customersPlan(), englishOptions)), 'Customer file');
    expect(section).toContain('GDPR checklist');
    expect(section).toMatch(/Record the file in the register[^\n]*\s{2,}Done/);
    expect(section).toMatch(/Inform people when you collect[^\n]*\s{2,}To do/);
    expect(section).toContain('Not applicable');
    expect(section).toMatch(/To win back\s+260/);
  });
});

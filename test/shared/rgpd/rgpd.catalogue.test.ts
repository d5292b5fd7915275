import { describe, expect, it } from 'vitest';
import { rgpdEn } from '../../../shared/i18n/rgpd.en';
import { rgpdFr } from '../../../shared/i18n/rgpd.fr';
import { rgpdItemIds, rgpdStates } from '../../../shared/plan';

/** Every text of a catalogue part, by dotted path. */
const texts = (node: unknown, prefix = ''): [string, string][] =>
  typeof node === 'string'
    ? [[prefix, node]]
    : Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => texts(value, prefix ? `${prefix}.${key}` : key));

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÀÂÉÈÊÎÔÙÇ«])/u).length;

describe('the RGPD checklist’s texts', () => {
  it('give every item a title and an explanation of two or three sentences, in both languages', () => {
    for (const catalogue of [rgpdFr, rgpdEn]) {
      expect(Object.keys(catalogue.rgpd.items).sort()).toEqual([...rgpdItemIds].sort());
      for (const id of rgpdItemIds) {
        const { title, explanation } = catalogue.rgpd.items[id];
        expect(title.length, id).toBeGreaterThan(10);
        expect(title, id).not.toMatch(/[.,]$/);
        expect(sentences(explanation), `${id}: ${explanation}`).toBeGreaterThanOrEqual(2);
        expect(sentences(explanation), `${id}: ${explanation}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('have no comma inside an item title: the coach lists titles separated by commas', () => {
    for (const catalogue of [rgpdFr, rgpdEn]) for (const id of rgpdItemIds) expect(catalogue.rgpd.items[id].title, id).not.toContain(',');
  });

  it('word every state', () => {
    expect(rgpdStates.map((state) => rgpdFr.rgpd.states[state])).toEqual(['À faire', 'Fait', 'Sans objet']);
    expect(rgpdStates.map((state) => rgpdEn.rgpd.states[state])).toEqual(['To do', 'Done', 'Not applicable']);
  });

  it('state the rules the owner must know: the phone consent date and law, the 3-year periods, the soft opt-in', () => {
    const items = rgpdFr.rgpd.items;
    expect(items.phoneConsent.explanation).toContain('11 août 2026');
    expect(items.phoneConsent.explanation).toContain('L223-1');
    expect(items.phoneConsent.explanation).toContain('30 juin 2025');
    expect(items.phoneConsent.explanation).toContain('rénovation énergétique');
    expect(items.retention.explanation).toMatch(/prospect.*3 ans après son dernier contact/);
    expect(items.retention.explanation).toMatch(/client 3 ans après la fin de la relation/);
    expect(items.emailSmsConsent.explanation).toContain('analogues');
    expect(items.oppositionList.explanation).toContain('reviendraient');
    expect(items.cnilModels.explanation).toContain('cnil.fr');
  });

  it('keep the French typography: curly apostrophes, « » with no-break spaces', () => {
    for (const [path, text] of texts(rgpdFr)) {
      expect(text, path).not.toContain("'");
      expect(text, path).not.toMatch(/« | »/u);
      for (const match of text.matchAll(/«(.)|(.)»/gu)) expect(match[1] ?? match[2], path).toBe('\u00a0');
    }
    for (const [path, text] of texts(rgpdEn)) {
      expect(text, path).not.toContain("'");
      expect(text, path).not.toMatch(/[«»]/);
    }
  });
});

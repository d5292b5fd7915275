import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, describeError } from '../../shared/i18n';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  interchangeJsonSchema,
  parseInterchange,
  toInterchange,
} from '../../shared/interchange';
import { collectionNames, emptySections, sectionNames } from '../../shared/plan';
import { fullPlan } from './fixtures/fullPlan';

const EXPORTED_AT = '2026-10-01T12:00:00.000Z';
const exported = () => JSON.parse(JSON.stringify(toInterchange(fullPlan(), EXPORTED_AT))) as Record<string, unknown>;

describe('the JSON interchange format', () => {
  it('the fixture has content in every section and every collection', () => {
    const plan = fullPlan();
    const empty = emptySections(plan.company.planYear);
    for (const name of sectionNames) expect(plan[name], name).not.toEqual(empty[name]);
    for (const name of collectionNames) expect(plan[name].length, name).toBeGreaterThan(0);
  });

  it('round-trips a full plan through JSON text unchanged', () => {
    const text = JSON.stringify(toInterchange(fullPlan(), EXPORTED_AT), null, 2);
    const result = parseInterchange(text);
    expect(result).toEqual({ ok: true, value: fullPlan() });
  });

  it('writes the format name, version and export date in the header', () => {
    expect(exported()).toMatchObject({ format: INTERCHANGE_FORMAT, formatVersion: INTERCHANGE_VERSION, exportedAt: EXPORTED_AT });
  });

  it('refuses text that is not JSON as invalidJson, with the parser detail', () => {
    const result = parseInterchange('{"format": "cap-marketing-plan",');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidJson');
    expect(String(result.error.params?.detail)).not.toBe('');
  });

  it('refuses another format name as invalidJson', () => {
    const result = parseInterchange(JSON.stringify({ ...exported(), format: 'other-app-plan' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalidJson');
  });

  it('refuses valid JSON that is not an object', () => {
    for (const text of ['null', '[]', '42', '"plan"']) {
      const result = parseInterchange(text);
      expect(result.ok ? 'ok' : result.error.code, text).toBe('invalidJson');
    }
  });

  it('refuses formatVersion 2 as unsupportedFormat, saying which version it found', () => {
    const result = parseInterchange(JSON.stringify({ ...exported(), formatVersion: 2 }));
    expect(result).toEqual({ ok: false, error: { code: 'unsupportedFormat', params: { found: 2, expected: 1 } } });
    if (!result.ok) {
      const sentence = describeError(createTranslator('fr'), result.error);
      expect(sentence).toContain('version 2');
      expect(sentence).not.toContain('{{');
    }
  });

  it('refuses a plan that breaks the schema and says where', () => {
    const bad = exported();
    (bad.plan as { company: { planYear: number } }).company.planYear = 1850;
    const result = parseInterchange(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidJson');
    expect(String(result.error.params?.detail)).toContain('plan.company.planYear');
  });

  it('refuses a plan with a section missing', () => {
    const bad = exported();
    delete (bad.plan as Record<string, unknown>).offer;
    const result = parseInterchange(JSON.stringify(bad));
    expect(result.ok ? 'ok' : result.error.code).toBe('invalidJson');
  });
});

describe('docs/plan.schema.json', () => {
  it('is up to date with the zod schemas (run `npm run schema` after changing them)', () => {
    const committed = JSON.parse(fs.readFileSync(new URL('../../docs/plan.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(interchangeJsonSchema())));
  });
});

import { describe, expect, it } from 'vitest';
import { compiledPlanSchema } from '../../../electron/core/store/planRepo';
import { emptyPlan, planSchema } from '../../../shared/plan';
import { buildSample, sampleIds } from '../../../shared/samples';
import { samplePlan } from './helpers';

/**
 * readPlan and writePlan validate with planSchema compiled by z.compile: it must accept, refuse and
 * output exactly what planSchema does: sound plans, then seeded mutations of them.
 */

/** A small seeded generator (mulberry32): the same mutations on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const replacements: unknown[] = [
  undefined, null, true, 0, -1, 1.5, 13, 2027, 1e14, Number.NaN, '', 'x', 'x'.repeat(201), 'x'.repeat(5001),
  '2026-13-45', 'has space', [], [null], {}, { kind: 'months', from: 9, to: 3 }, { kind: 'year' },
];

function mutate(plan: unknown, next: () => number): unknown {
  const copy = structuredClone(plan) as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = copy;
  let key: string | number = Object.keys(copy)[Math.floor(next() * Object.keys(copy).length)];
  // Walk down a random path, stopping at a random depth.
  for (;;) {
    const value: unknown = (parent as Record<string, unknown>)[key];
    if (typeof value !== 'object' || value === null || next() < 0.25) break;
    const keys = Object.keys(value);
    if (keys.length === 0) break;
    parent = value as Record<string, unknown>;
    key = Array.isArray(value) ? Math.floor(next() * value.length) : keys[Math.floor(next() * keys.length)];
  }
  const roll = next();
  const target = parent as Record<string | number, unknown>;
  if (roll < 0.15) delete target[key];
  else if (roll < 0.25) target[`extra${key}`] = 'x';
  else if (roll < 0.35 && Array.isArray(parent) && parent.length > 0) parent.push(structuredClone(parent[0]));
  else target[key] = replacements[Math.floor(next() * replacements.length)];
  return copy;
}

function expectSameVerdict(input: unknown): boolean {
  const expected = planSchema.safeParse(structuredClone(input));
  const actual = compiledPlanSchema().safeParse(structuredClone(input));
  expect(actual.success).toBe(expected.success);
  if (expected.success) expect(actual.data).toEqual(expected.data);
  else expect(actual.error?.issues).toEqual(expected.error.issues);
  return expected.success;
}

const empty = emptyPlan(2027, 'Vide', '2026-01-01T00:00:00.000Z');
const soundPlans = [samplePlan(), empty, ...sampleIds.map((id) => buildSample(id, 'fr'))];
/** The plans mutated: two small ones, and the bakery for every kind of item. */
const mutated = [samplePlan(), empty, buildSample('bakery', 'fr')];

describe('the compiled plan schema', () => {
  it('accepts every sound plan with the same output', () => {
    for (const plan of soundPlans) expect(expectSameVerdict(JSON.parse(JSON.stringify(plan)))).toBe(true);
  });

  it('gives planSchema’s verdict, output and issues on 600 mutated plans', { timeout: 30_000 }, () => {
    const next = random(12);
    let refused = 0;
    for (let run = 0; run < 600; run += 1) {
      const base = mutated[run % mutated.length];
      let plan: unknown = base;
      const mutations = 1 + Math.floor(next() * 3);
      for (let step = 0; step < mutations; step += 1) plan = mutate(plan, next);
      if (!expectSameVerdict(plan)) refused += 1;
    }
    // Most mutations break the plan, some do not (an unknown key, a valid value): both are compared.
    expect(refused).toBeGreaterThan(200);
    expect(refused).toBeLessThan(600);
  });

  it('throws the same error from parse, as writePlan uses it', () => {
    const bad = { ...samplePlan(), company: { ...samplePlan().company, planYear: 99_999 } };
    expect(() => compiledPlanSchema().parse(bad)).toThrow(expect.objectContaining({ issues: planSchema.safeParse(bad).error?.issues }));
  });
});

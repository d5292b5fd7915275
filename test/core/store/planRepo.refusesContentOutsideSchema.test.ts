import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { createClosedPlan, expectOk, samplePlan, sha256, tempDir, withRawDb } from './helpers';

/** Valid JSON that SQLite accepts but the plan's zod schemas refuse, written behind the app's back. */
const tamperings = [
  ['a section', 'company', "UPDATE plan_section SET data = json_set(data, '$.planYear', 'deux mille') WHERE name = 'company'"],
  ['an item', 'swot', "UPDATE plan_item SET data = json_set(data, '$.quadrant', 'mood') WHERE collection = 'swot' AND id = 'sw-1'"],
  ['the meta document', 'meta', "UPDATE plan_section SET data = '[]' WHERE name = 'meta'"],
] as const;

describe('readPlan refuses stored content that does not match the schema', () => {
  it.each(tamperings)('refuses a plan with %s out of schema as invalidContent naming %s, without modifying it', (_, part, tamper) => {
    const filePath = createClosedPlan(tempDir());
    expect(withRawDb(filePath, (db) => db.prepare(tamper).run().changes)).toBe(1);
    const hash = sha256(filePath);

    expect(PlanFile.open(filePath)).toEqual({ ok: false, error: { code: 'invalidContent', params: { part } } });

    expect(sha256(filePath)).toBe(hash);
    expect(fs.existsSync(`${filePath}-journal`)).toBe(false);
  });

  it('opens the same plan before the tampering (the refusal is about the content)', () => {
    const filePath = createClosedPlan(tempDir());
    const file = expectOk(PlanFile.open(filePath));
    expect(file.read()).toEqual(samplePlan());
    file.close();
  });
});

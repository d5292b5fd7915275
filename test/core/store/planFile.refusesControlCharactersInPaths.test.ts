import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { createClosedPlan, expectOk, samplePlan, sha256, tempDir } from './helpers';

/** SQLite stops a path at its first NUL: "copy\0.capm" used to write "copy". */
const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u001f', '\u007f'];
const visible = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('PlanFile refuses a path holding a NUL or a control character, touching nothing', () => {
  it.each(CONTROL_CHARACTERS.map((character) => [JSON.stringify(character), character]))(
    'create, open and saveCopy refuse %s with invalidPath, showing it escaped',
    (_, character) => {
      const folder = tempDir();
      // A foreign database where the cut path would land, and the open plan to copy.
      const foreign = path.join(folder, 'other.db');
      fs.writeFileSync(foreign, 'SQLite format 3\0 une autre base');
      const planPath = createClosedPlan(folder);
      const before = { foreign: sha256(foreign), plan: sha256(planPath), listing: fs.readdirSync(folder).sort() };

      const created = PlanFile.create(`${foreign}${character}.capm`, samplePlan());
      expect(created).toEqual({ ok: false, error: { code: 'invalidPath', params: { path: `${foreign}${visible(character)}.capm` } } });
      expect(PlanFile.open(`${planPath}${character}`)).toMatchObject({ ok: false, error: { code: 'invalidPath' } });

      const file = expectOk(PlanFile.open(planPath));
      try {
        expect(file.saveCopy(path.join(folder, `copy${character}.capm`))).toMatchObject({ ok: false, error: { code: 'invalidPath' } });
      } finally {
        file.close();
      }

      expect(sha256(foreign)).toBe(before.foreign);
      expect(sha256(planPath)).toBe(before.plan);
      expect(fs.readdirSync(folder).sort()).toEqual(before.listing);
    },
  );

  it('refuses an empty path with invalidPath', () => {
    expect(PlanFile.open('')).toMatchObject({ ok: false, error: { code: 'invalidPath' } });
    expect(PlanFile.create('', samplePlan())).toMatchObject({ ok: false, error: { code: 'invalidPath' } });
  });
});

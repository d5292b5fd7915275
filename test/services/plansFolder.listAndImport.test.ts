import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPlanFile, listPlans } from '../../electron/core/services/plansFolder';
import { PlanFile } from '../../electron/core/store/planFile';
import { buildSample } from '../../shared/samples';

let home: string;
let folder: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-folder-'));
  folder = path.join(home, 'plans');
  fs.mkdirSync(folder);
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

function writePlan(file: string, id: 'salon' | 'bakery'): Buffer {
  const created = PlanFile.create(file, buildSample(id, 'fr'));
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
  return fs.readFileSync(file);
}

describe('the plans folder, as browser mode lists and fills it', () => {
  it('lists sound plans latest first with their progress, leaves out what is not a plan, and modifies nothing', () => {
    const salon = writePlan(path.join(folder, 'salon.capm'), 'salon');
    writePlan(path.join(folder, 'bakery.capm'), 'bakery');
    fs.utimesSync(path.join(folder, 'salon.capm'), new Date('2026-01-01'), new Date('2026-01-01'));
    fs.writeFileSync(path.join(folder, 'broken.capm'), 'not a plan');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'hello');
    const listed = listPlans(folder);
    expect(listed.map((plan) => path.basename(plan.path))).toEqual(['bakery.capm', 'salon.capm']);
    expect(listed[1]).toMatchObject({ year: 2027, isTemplate: false, stepsTotal: 14 });
    expect(listed[1].stepsDone).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(folder, 'salon.capm')).equals(salon)).toBe(true);
    expect(listPlans(path.join(home, 'missing'))).toEqual([]);
  });

  it('copies a plan in under a free name, and refuses anything else without leaving a copy', () => {
    const bytes = writePlan(path.join(home, 'salon.capm'), 'salon');
    fs.copyFileSync(path.join(home, 'salon.capm'), path.join(folder, 'salon.capm'));
    const added = importPlanFile(folder, 'salon.capm', bytes);
    expect(added).toEqual({ ok: true, value: { path: path.join(folder, 'salon (2).capm') } });
    const refused = importPlanFile(folder, '../../etc/passwd.capm', Buffer.from('not a plan'));
    expect(refused.ok).toBe(false);
    expect(fs.readdirSync(folder).sort()).toEqual(['salon (2).capm', 'salon.capm']);
    expect(fs.readdirSync(home).sort()).toEqual(['plans', 'salon.capm']);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/core/store/format';
import { bundledMigrations } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import type { Objective, Plan } from '../../../shared/plan';
import { expectOk, sampleAction, samplePlan, tempDir, withRawDb } from './helpers';

const objective: Objective = {
  id: 'obj-1',
  title: 'Gagner des clients',
  family: 'acquisition',
  indicator: 'Nouveaux clients par mois',
  baseline: '12',
  target: '20',
  unit: 'clients',
  deadline: '2026-12-31',
  notes: '',
};

/** Applies the edits of the test through the PlanFile API and returns the plan they should give. */
function editAndPredict(file: PlanFile): Plan {
  const expected = structuredClone(file.read());

  const company = { ...expected.company, name: 'Boulangerie Martin & Fils', staff: 4, currentRevenueCents: 14_250_075 };
  expectOk(file.updateSection('company', company));
  expected.company = company;

  const offer = { ...expected.offer, description: 'Pains, viennoiseries, traiteur', priceStrategy: 'premium' as const };
  expectOk(file.updateSection('offer', offer));
  expected.offer = offer;

  const positioning = { ...expected.positioning, promise: 'Le bon pain du quartier', selfCheck: { differentiates: true } };
  expectOk(file.updateSection('positioning', positioning));
  expected.positioning = positioning;

  // Insert at the end, then at the front, then update one in place (a position given for an
  // existing item does not move it).
  const threat = { id: 'sw-4', quadrant: 'threat' as const, text: 'Supermarché avec cuisson sur place' };
  expectOk(file.saveItem('swot', threat));
  const first = { id: 'sw-0', quadrant: 'strength' as const, text: 'Emplacement sur la place du marché' };
  expectOk(file.saveItem('swot', first, 0));
  const edited = { id: 'sw-2', quadrant: 'weakness' as const, text: 'Site web à refaire' };
  expectOk(file.saveItem('swot', edited, 0));
  // Now: sw-0, sw-1, sw-2 (edited), sw-3, sw-4. Move sw-4 to the second place, delete sw-1.
  expectOk(file.moveItem('swot', 'sw-4', 1));
  expectOk(file.deleteItem('swot', 'sw-1'));
  const original = expected.swot;
  expected.swot = [first, threat, edited, original[2]];

  expectOk(file.saveItem('objectives', objective));
  expected.objectives = [objective];
  const second = sampleAction('act-2', 'Salon du chocolat');
  expectOk(file.saveItem('actions', second, 0));
  expected.actions = [second, ...expected.actions];
  return expected;
}

describe('PlanFile keeps every edit across close and reopen', () => {
  it('reads back every section and item, in order, before and after reopening', () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, samplePlan()));
    const expected = editAndPredict(file);
    expect(file.read()).toEqual(expected);
    file.close();

    const reopened = expectOk(PlanFile.open(filePath));
    try {
      expect(reopened.read()).toEqual(expected);
    } finally {
      reopened.close();
    }
  });

  it('keeps item positions contiguous from 0 after inserts, moves and deletes', () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, samplePlan()));
    editAndPredict(file);
    file.close();

    const rows = withRawDb(filePath, (db) =>
      db.prepare("SELECT id, position FROM plan_item WHERE collection = 'swot' ORDER BY position").all(),
    );
    expect(rows).toEqual([
      { id: 'sw-0', position: 0 },
      { id: 'sw-4', position: 1 },
      { id: 'sw-2', position: 2 },
      { id: 'sw-3', position: 3 },
    ]);
  });

  it('leaves a sound file of ours: application id, schema version, integrity, rollback journal', () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, samplePlan()));
    editAndPredict(file);
    file.close();

    const pragmas = withRawDb(
      filePath,
      (db) => ({
        applicationId: db.pragma('application_id', { simple: true }),
        userVersion: db.pragma('user_version', { simple: true }),
        integrity: db.pragma('integrity_check', { simple: true }),
        journalMode: db.pragma('journal_mode', { simple: true }),
      }),
      { readonly: true },
    );
    expect(pragmas).toEqual({
      applicationId: APPLICATION_ID,
      userVersion: bundledMigrations().length,
      integrity: 'ok',
      journalMode: 'delete',
    });
  });
});

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations, bundledMigrations } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import * as repo from '../../../electron/core/store/planRepo';
import { COLLECTION_MAX, emptyPlan, type SwotItem } from '../../../shared/plan';
import { expectOk, sampleAction, samplePlan, tempDir, withRawDb } from './helpers';

/** A sanity bound only, so the test never flakes on a slow machine; speed targets live in `npm run bench`. */
const SANITY_MS = 5_000;
const BULK = 5_000;

const swot = (id: string): SwotItem => ({ id, quadrant: 'strength', text: id });
const positions = (filePath: string, collection: string) =>
  withRawDb(filePath, (db) =>
    db.prepare('SELECT id, position FROM plan_item WHERE collection = ? ORDER BY position').all(collection),
  ) as { id: string; position: number }[];

describe('adding many items', () => {
  it(`writes ${BULK} actions with one addItems, in one transaction, read back in order`, () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, emptyPlan(2027, 'Import', '2026-01-01T00:00:00.000Z')));
    const actions = Array.from({ length: BULK }, (_, index) => sampleAction(`act-${index}`, `Action ${index}`));

    const started = performance.now();
    expectOk(file.addItems('actions', actions));
    const elapsed = performance.now() - started;
    console.log(`addItems: ${BULK} actions written in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(SANITY_MS);

    expect(file.read().actions.map((action) => action.id)).toEqual(actions.map((action) => action.id));
    file.close();
    expect(positions(filePath, 'actions').map((row) => row.position)).toEqual(actions.map((_, index) => index));
  });

  it(`appends ${BULK} items one by one with saveItem in linear time (no renumbering of the list)`, () => {
    const db = new Database(':memory:');
    try {
      runMigrations(db, bundledMigrations(), 0);
      const started = performance.now();
      db.transaction(() => {
        for (let index = 0; index < BULK; index += 1) repo.saveItem(db, 'swot', swot(`sw-${index}`));
      })();
      const elapsed = performance.now() - started;
      console.log(`saveItem: ${BULK} appends in one transaction in ${elapsed.toFixed(0)} ms`);
      expect(elapsed).toBeLessThan(SANITY_MS);
      const stored = db.prepare("SELECT id, position FROM plan_item WHERE collection = 'swot' ORDER BY position").all();
      expect(stored).toEqual(Array.from({ length: BULK }, (_, index) => ({ id: `sw-${index}`, position: index })));
    } finally {
      db.close();
    }
  });

  it('inserts a batch at a position, keeping the others in order and positions contiguous', () => {
    const filePath = path.join(tempDir(), 'plan.capm');
    const file = expectOk(PlanFile.create(filePath, samplePlan()));
    expectOk(file.addItems('swot', [swot('new-a'), swot('new-b')], 1));
    expectOk(file.saveItem('swot', swot('first'), 0));
    expectOk(file.deleteItem('swot', 'sw-2'));
    expect(file.read().swot.map((item) => item.id)).toEqual(['first', 'sw-1', 'new-a', 'new-b', 'sw-3']);
    file.close();
    expect(positions(filePath, 'swot').map((row) => row.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses, writing nothing, a batch that repeats an id or one already in the list', () => {
    const file = expectOk(PlanFile.create(path.join(tempDir(), 'plan.capm'), samplePlan()));
    try {
      expect(file.addItems('swot', [swot('a'), swot('a')])).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(file.addItems('swot', [swot('b'), swot('sw-1')])).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(file.read().swot).toEqual(samplePlan().swot);
    } finally {
      file.close();
    }
  });

  it(`refuses, writing nothing, a batch that would take a list past ${COLLECTION_MAX}`, () => {
    const file = expectOk(PlanFile.create(path.join(tempDir(), 'plan.capm'), samplePlan()));
    try {
      const tooMany = Array.from({ length: COLLECTION_MAX - 2 }, (_, index) => swot(`bulk-${index}`));
      expect(file.addItems('swot', tooMany)).toEqual({ ok: false, error: { code: 'tooManyItems', params: { max: COLLECTION_MAX } } });
      expect(file.read().swot).toEqual(samplePlan().swot);
    } finally {
      file.close();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanFile } from '../../electron/core/store/planFile';
import { changesBetween, type PlanChange } from '../../shared/planChanges';
import type { Plan } from '../../shared/plan';
import { buildSample } from '../../shared/samples';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-changes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

/** Writes the changes with the file's own calls, as the save queue does through the contract. */
function apply(file: PlanFile, changes: PlanChange[]): void {
  for (const change of changes) {
    if (change.kind === 'meta') ok(file.updateMeta(change.meta));
    if (change.kind === 'section') ok(file.updateSection(change.name, change.data as never));
    if (change.kind === 'save') ok(file.saveItem(change.collection, change.item as never, change.position));
    if (change.kind === 'delete') ok(file.deleteItem(change.collection, change.id));
    if (change.kind === 'move') ok(file.moveItem(change.collection, change.id, change.toIndex));
  }
}

/** A file holding `from`; the changes to `to` written; what it reads back. */
function roundTrip(from: Plan, to: Plan, name: string): Plan {
  const file = ok(PlanFile.create(path.join(dir, `${name}.capm`), from));
  try {
    apply(file, changesBetween(from, to));
    return file.read();
  } finally {
    file.close();
  }
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor(state / 65_536) % below; // the high bits: the low ones of this generator repeat fast
  };
}

/** One edit as the store makes them: a new plan object, untouched parts kept by reference. */
function edit(plan: Plan, pick: (below: number) => number, step: number): Plan {
  const actions = plan.actions;
  switch (pick(6)) {
    case 0: // typing in a title
      if (actions.length === 0) return plan;
      return { ...plan, actions: actions.map((action, index) => (index === pick(actions.length) ? { ...action, title: `${action.title} ${step}` } : action)) };
    case 1: {
      const index = pick(actions.length + 1);
      const added = { ...buildSample('salon', 'fr').actions[0], id: `new-${step}`, title: `Nouvelle ${step}` };
      return { ...plan, actions: [...actions.slice(0, index), added, ...actions.slice(index)] };
    }
    case 2: // a delete
      if (actions.length === 0) return plan;
      return { ...plan, actions: actions.filter((_, index) => index !== pick(actions.length)) };
    case 3: {
      // a move
      if (actions.length < 2) return plan;
      const list = [...actions];
      const [moved] = list.splice(pick(list.length), 1);
      list.splice(pick(list.length + 1), 0, moved);
      return { ...plan, actions: list };
    }
    case 4:
      return { ...plan, company: { ...plan.company, location: `Rennes ${step}` } };
    default:
      return { ...plan, meta: { ...plan.meta, title: `Plan ${step}` }, objectives: plan.objectives.slice(1) };
  }
}

describe('undo and redo write the plan from the history with the same calls as an edit', () => {
  it('one keystroke in a plan of many actions is one call', () => {
    const from = buildSample('b2b', 'fr');
    const to = { ...from, actions: from.actions.map((action, index) => (index === 3 ? { ...action, title: 'Salon' } : action)) };
    expect(changesBetween(from, to)).toEqual([{ kind: 'save', collection: 'actions', item: to.actions[3], position: 3 }]);
    expect(changesBetween(from, from)).toEqual([]);
  });

  it('a deleted action comes back at its place, with its costs', () => {
    const from = buildSample('salon', 'fr');
    const to = { ...from, actions: from.actions.filter((_, index) => index !== 2) };
    expect(roundTrip(to, from, 'undelete')).toEqual(from);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('after a run of random edits (seed %i), the file reads either version exactly', (seed) => {
    const pick = random(seed);
    const start = buildSample('bakery', 'fr');
    let plan = start;
    for (let step = 0; step < 12; step += 1) plan = edit(plan, pick, step);
    expect(roundTrip(start, plan, `forward-${seed}`)).toEqual(plan);
    expect(roundTrip(plan, start, `back-${seed}`)).toEqual(start);
  });
});

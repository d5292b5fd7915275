import { describe, expect, it } from 'vitest';
import { createHistory, TYPING_PAUSE_MS } from '../../renderer/app/history';
import { emptyPlan, type Plan } from '../../shared/plan';

const versions = (count: number): Plan[] => {
  const first = emptyPlan(2027, 'Fleuriste', '2026-11-02T09:00:00.000Z');
  return Array.from({ length: count }, (_, index) => ({ ...first, meta: { ...first.meta, title: `v${index}` } }));
};

describe('the history of the plan on screen', () => {
  it('takes back a run of typing in one field as one step, and separate fields or pauses as separate steps', () => {
    const [v0, v1, v2, v3, v4] = versions(5);
    const history = createHistory();
    history.record('item:actions:a', v0, v1, 1_000);
    history.record('item:actions:a', v1, v2, 1_000 + TYPING_PAUSE_MS - 1);
    history.record('item:actions:b', v2, v3, 1_100 + TYPING_PAUSE_MS);
    history.record('item:actions:b', v3, v4, 1_100 + 3 * TYPING_PAUSE_MS);
    expect(history.undo()).toBe(v3);
    expect(history.undo()).toBe(v2);
    expect(history.undo()).toBe(v0);
    expect(history.undo()).toBeNull();
    expect(history.canUndo()).toBe(false);
  });

  it('redoes what was undone until a new edit, which drops the steps undone', () => {
    const [v0, v1, v2, v3] = versions(4);
    const history = createHistory();
    history.record('delete:1', v0, v1, 0);
    history.record('move:2', v1, v2, 0);
    expect(history.undo()).toBe(v1);
    expect(history.redo()).toBe(v2);
    expect(history.undo()).toBe(v1);
    history.record('section:company', v1, v3, 10);
    expect(history.canRedo()).toBe(false);
    expect(history.redo()).toBeNull();
    expect(history.undo()).toBe(v1);
  });

  it('a keystroke right after an undo starts a step of its own', () => {
    const [v0, v1, v2, v3] = versions(4);
    const history = createHistory();
    history.record('meta', v0, v1, 0);
    history.record('item:actions:a', v1, v2, 5_000);
    expect(history.undo()).toBe(v1);
    history.record('meta', v1, v3, 5_001);
    expect(history.undo()).toBe(v1);
    expect(history.undo()).toBe(v0);
  });

  it('keeps the last steps when it is full', () => {
    const plans = versions(131);
    const history = createHistory(100);
    plans.slice(1).forEach((plan, index) => history.record(`delete:${index}`, plans[index], plan, index));
    let undone = 0;
    let last: Plan | null = null;
    for (let back = history.undo(); back; back = history.undo()) {
      undone += 1;
      last = back;
    }
    expect(undone).toBe(100);
    expect(last).toBe(plans[30]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, type Plan } from '../../shared/plan';

// The store reaches the bridge through window; nothing is called here, the module only needs to load.
vi.stubGlobal('window', { location: { hash: '' } });
const { useAppStore } = await import('../../renderer/app/store');
const { REVIEW_DELAY_MS, settledPlan } = await import('../../renderer/app/planReview');

const open = (plan: Plan | null, path = '/plans/boulangerie.capm') =>
  useAppStore.setState({ opened: plan ? { plan, path } : null });
const edited = (plan: Plan, title: string): Plan => ({ ...plan, meta: { ...plan.meta, title } });

describe('the review and the figures follow the plan once typing pauses', () => {
  beforeAll(() => vi.useFakeTimers());
  afterAll(() => vi.useRealTimers());
  beforeEach(() => open(null));

  it('shows a plan just opened at once', () => {
    const plan = emptyPlan(2027, 'Boulangerie', '2026-11-02T09:00:00.000Z');
    open(plan);
    expect(settledPlan.getState().plan).toBe(plan);
  });

  it('waits for a pause in the edits, then shows the last version only', () => {
    const first = emptyPlan(2027, 'Boulangerie', '2026-11-02T09:00:00.000Z');
    open(first);
    const typed = ['B', 'Bo', 'Bou'].map((title) => edited(first, title));
    for (const version of typed) {
      open(version);
      vi.advanceTimersByTime(REVIEW_DELAY_MS - 1);
    }
    // Each keystroke came before the pause ended: still the version before typing.
    expect(settledPlan.getState().plan).toBe(first);
    vi.advanceTimersByTime(1);
    expect(settledPlan.getState().plan).toBe(typed.at(-1));
  });

  it('catches up at once when the user moves to another step', () => {
    const first = emptyPlan(2027, 'Boulangerie', '2026-11-02T09:00:00.000Z');
    open(first);
    const typed = edited(first, 'Boulangerie Martin');
    open(typed);
    expect(settledPlan.getState().plan).toBe(first);
    useAppStore.setState({ step: useAppStore.getState().step === 'budget' ? 'summary' : 'budget' });
    expect(settledPlan.getState().plan).toBe(typed);
  });

  it('follows at once when another plan is opened or the plan is closed, dropping a pending edit', () => {
    const first = emptyPlan(2027, 'Boulangerie', '2026-11-02T09:00:00.000Z');
    open(first);
    open(edited(first, 'Boulangerie Martin'));
    const other = emptyPlan(2028, 'Salon', '2026-11-02T09:00:00.000Z');
    open(other, '/plans/salon.capm');
    expect(settledPlan.getState().plan).toBe(other);
    vi.advanceTimersByTime(REVIEW_DELAY_MS * 2);
    expect(settledPlan.getState().plan).toBe(other);
    open(null);
    expect(settledPlan.getState().plan).toBeNull();
  });
});

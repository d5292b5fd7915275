import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelayMs, createSaveQueue, isTransient, writtenOnce, type SaveStatus } from '../../renderer/app/saveQueue';
import type { AppError, Result } from '../../shared/result';

const fetchRejected: AppError = { code: 'internal' };
const diskFull: AppError = { code: 'diskFull' };

/** The far side of the bridge: writes while up, fails the way the HTTP client says it failed while down. */
function fakeFile() {
  const file = {
    down: null as AppError | 'throw' | null,
    writes: [] as string[],
    inFlight: 0,
    maxInFlight: 0,
    write(label: string) {
      return async (): Promise<Result<unknown>> => {
        file.inFlight += 1;
        file.maxInFlight = Math.max(file.maxInFlight, file.inFlight);
        await Promise.resolve();
        file.inFlight -= 1;
        if (file.down === 'throw') throw new Error('IPC channel closed');
        if (file.down) return { ok: false, error: file.down };
        file.writes.push(label);
        return { ok: true, value: null };
      };
    },
  };
  return file;
}

function queueWithSpies() {
  const statuses: SaveStatus[] = [];
  const refusals: AppError[] = [];
  const queue = createSaveQueue({ onStatus: (status) => statuses.push(status), onPermanentFailure: (error) => refusals.push(error) });
  return { queue, statuses, refusals };
}

/** Resolves now or never: tells a settled promise from a pending one. */
const settledNow = async <T>(promise: Promise<T>): Promise<T | 'pending'> => {
  let value: T | 'pending' = 'pending';
  void promise.then((resolved) => (value = resolved));
  await vi.advanceTimersByTimeAsync(0);
  return value;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the save queue classifies failures', () => {
  it('tries again when the way to the file failed: fetch rejected, HTTP 5xx, a busy file', () => {
    expect(isTransient({ code: 'internal' })).toBe(true);
    expect(isTransient({ code: 'internal', params: { status: 502 } })).toBe(true);
    expect(isTransient({ code: 'alreadyOpen' })).toBe(true);
  });

  it('stops on what will not heal by itself: a full disk, a read-only file, a refused value, a 4xx', () => {
    for (const code of ['diskFull', 'notWritable', 'invalidInput', 'tooManyItems', 'noPlanOpen'] as const) {
      expect(isTransient({ code }), code).toBe(false);
    }
    expect(isTransient({ code: 'internal', params: { status: 401 } })).toBe(false);
  });

  it('waits 0.5 s, 1 s, 2 s, 4 s, 8 s, then every 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(backoffDelayMs)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});

describe('the save queue always drains', () => {
  it('tries a transiently failed job again after the backoff, then says saved', async () => {
    const file = fakeFile();
    const { queue, statuses, refusals } = queueWithSpies();
    file.down = fetchRejected;
    queue.enqueue('section:company', file.write('company v1'));
    const settled = queue.settled();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['saving', 'failed']);
    file.down = null;
    await vi.advanceTimersByTimeAsync(499);
    expect(file.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(file.writes).toEqual(['company v1']);
    expect(statuses).toEqual(['saving', 'failed', 'saved']);
    expect(await settledNow(settled)).toEqual({ ok: true, value: null });
    expect(refusals).toEqual([]);
  });

  it('tries a job that threw (a rejected IPC call) again instead of staying "saving" for ever', async () => {
    const file = fakeFile();
    const { queue, statuses } = queueWithSpies();
    file.down = 'throw';
    queue.enqueue('meta', file.write('meta'));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('failed');
    file.down = null;
    await vi.advanceTimersByTimeAsync(500);
    expect(file.writes).toEqual(['meta']);
    expect(statuses.at(-1)).toBe('saved');
    expect(await settledNow(queue.settled())).toEqual({ ok: true, value: null });
  });

  it('stops on a refusal, says it once, keeps later edits queued, and writes them all on retry', async () => {
    const file = fakeFile();
    const { queue, statuses, refusals } = queueWithSpies();
    file.down = diskFull;
    queue.enqueue('section:company', file.write('company'));
    await vi.advanceTimersByTimeAsync(0);
    queue.enqueue('section:diagnostic', file.write('diagnostic v1'));
    queue.enqueue('section:diagnostic', file.write('diagnostic v2'));
    queue.enqueue('delete:1', file.write('delete offer'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refusals).toEqual([diskFull]);
    expect(statuses.at(-1)).toBe('failed');
    expect(file.writes).toEqual([]);
    expect(queue.hasUnsaved()).toBe(true);
    // An export waiting for the queue learns that the plan is not saved, at once.
    expect(await settledNow(queue.settled())).toEqual({ ok: false, error: diskFull });

    file.down = null;
    queue.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(file.writes).toEqual(['company', 'diagnostic v2', 'delete offer']);
    expect(statuses.at(-1)).toBe('saved');
    expect(await settledNow(queue.settled())).toEqual({ ok: true, value: null });
  });

  it('gives a refused job up for the newer edit of the same key, which is tried at once', async () => {
    const file = fakeFile();
    const { queue, refusals } = queueWithSpies();
    queue.enqueue('item:actions:a', async () => ({ ok: false, error: { code: 'invalidInput', params: { detail: 'title' } } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(refusals).toHaveLength(1);
    queue.enqueue('item:actions:a', file.write('action a fixed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(file.writes).toEqual(['action a fixed']);
    expect(await settledNow(queue.settled())).toEqual({ ok: true, value: null });
  });

  it('writes every edit made during an outage afterwards, in order, the latest text of each field once', async () => {
    const file = fakeFile();
    const { queue, statuses } = queueWithSpies();
    queue.enqueue('section:company', file.write('company: B'));
    await vi.advanceTimersByTimeAsync(0);
    file.down = fetchRejected;
    for (const text of ['Bo', 'Bou', 'Boul', 'Boulangerie']) queue.enqueue('section:company', file.write(`company: ${text}`));
    queue.enqueue('item:actions:flyers', file.write('save flyers'));
    queue.enqueue('move:1', file.write('move flyers first'));
    queue.enqueue('delete:2', file.write('delete old action'));
    for (const text of ['Lyon', 'Lyon 7e']) queue.enqueue('meta', file.write(`meta: ${text}`));
    // Thirty seconds offline: many tries, never two at a time, the header says "not saved".
    await vi.advanceTimersByTimeAsync(30_000);
    expect(file.writes).toEqual(['company: B']);
    expect(statuses.at(-1)).toBe('failed');
    file.down = null;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(file.writes).toEqual([
      'company: B',
      'company: Boulangerie',
      'save flyers',
      'move flyers first',
      'delete old action',
      'meta: Lyon 7e',
    ]);
    expect(file.maxInFlight).toBe(1);
    expect(statuses.at(-1)).toBe('saved');
    expect(await settledNow(queue.settled())).toEqual({ ok: true, value: null });
  });

  it('writes a newer save of an item after the changes made before it (an add then a delete of another)', async () => {
    const file = fakeFile();
    const { queue } = queueWithSpies();
    file.down = fetchRejected;
    queue.enqueue('item:actions:a', file.write('add a at 2'));
    await vi.advanceTimersByTimeAsync(0);
    queue.enqueue('delete:1', file.write('delete b'));
    // The screen now has a at position 1: this save must run after the delete, not in place of the add.
    queue.enqueue('item:actions:a', file.write('save a at 1'));
    file.down = null;
    await vi.advanceTimersByTimeAsync(500);
    expect(file.writes).toEqual(['delete b', 'save a at 1']);
  });

  it('does not wait for ever during a long outage: settled() gives the failure after three tries', async () => {
    const file = fakeFile();
    const { queue } = queueWithSpies();
    file.down = fetchRejected;
    queue.enqueue('section:budget', file.write('budget'));
    const settled = queue.settled();
    await vi.advanceTimersByTimeAsync(0);
    expect(await settledNow(settled)).toBe('pending');
    await vi.advanceTimersByTimeAsync(500 + 1000);
    expect(await settledNow(settled)).toEqual({ ok: false, error: fetchRejected });
    // The queue itself keeps trying and writes once the file is back.
    file.down = null;
    await vi.advanceTimersByTimeAsync(2000);
    expect(file.writes).toEqual(['budget']);
  });

  it('says "not saved" when a try goes unanswered, and goes on when the answer comes', async () => {
    const { queue, statuses } = queueWithSpies();
    let answer: (result: Result<unknown>) => void = () => {};
    queue.enqueue('section:kpis', () => new Promise((resolve) => (answer = resolve)));
    const settled = queue.settled();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(statuses).toEqual(['saving', 'failed']);
    expect(await settledNow(settled)).toEqual({ ok: false, error: { code: 'internal', params: { reason: 'timeout' } } });
    answer({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('retry() tries at once rather than after the backoff', async () => {
    const file = fakeFile();
    const { queue } = queueWithSpies();
    file.down = fetchRejected;
    queue.enqueue('section:offer', file.write('offer'));
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(500 + 1000 + 2000);
    file.down = null;
    queue.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(file.writes).toEqual(['offer']);
  });

  it('forgets everything on discard, an answer arriving afterwards included', async () => {
    const file = fakeFile();
    const { queue, statuses } = queueWithSpies();
    file.down = fetchRejected;
    queue.enqueue('section:targets', file.write('targets'));
    await vi.advanceTimersByTimeAsync(0);
    const settled = queue.settled();
    queue.discard();
    expect(await settledNow(settled)).toEqual({ ok: false, error: fetchRejected });
    file.down = null;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(file.writes).toEqual([]);
    expect(queue.hasUnsaved()).toBe(false);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('counts an import as written when its answer was lost and the next try finds its ids taken', async () => {
    const { queue, refusals, statuses } = queueWithSpies();
    const fileIds = new Set<string>();
    const ids = ['import-1', 'import-2'];
    let answerLost = true;
    const addActions = async (): Promise<Result<unknown>> => {
      if (ids.some((id) => fileIds.has(id))) return { ok: false, error: { code: 'invalidInput', params: { detail: 'duplicate id' } } };
      for (const id of ids) fileIds.add(id);
      if (answerLost) return { ok: false, error: fetchRejected };
      return { ok: true, value: null };
    };
    const alreadyWritten = async (): Promise<Result<boolean>> => ({ ok: true, value: ids.every((id) => fileIds.has(id)) });
    queue.enqueue('import:1', writtenOnce(addActions, alreadyWritten));
    answerLost = false;
    await vi.advanceTimersByTimeAsync(500);
    expect(refusals).toEqual([]);
    expect(statuses.at(-1)).toBe('saved');
    expect(await settledNow(queue.settled())).toEqual({ ok: true, value: null });
  });

  it('still reports a first try refused as invalid: only a try after it may have been written already', async () => {
    const { queue, refusals } = queueWithSpies();
    const refused: AppError = { code: 'invalidInput', params: { detail: 'duplicate id' } };
    queue.enqueue('import:1', writtenOnce(async () => ({ ok: false, error: refused }), async () => ({ ok: true, value: true })));
    await vi.advanceTimersByTimeAsync(0);
    expect(refusals).toEqual([refused]);
  });
});

import type { Result } from '../../shared/result';

type Job = () => Promise<Result<unknown>>;

/**
 * Autosave in order, without pile-ups: jobs run one at a time in the order their key was first
 * queued, and a newer job for a key still waiting replaces the older one (typing fast in a field
 * sends only the latest text). Structural changes (add, delete, move) use unique keys.
 */
export function createSaveQueue(onState: (state: 'saving' | 'saved') => void, onFailure: (result: Result<unknown>) => void) {
  const order: string[] = [];
  const jobs = new Map<string, Job>();
  let running = false;
  let waiting: (() => void)[] = [];

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    onState('saving');
    let failed = false;
    while (order.length > 0) {
      const key = order.shift()!;
      const job = jobs.get(key)!;
      jobs.delete(key);
      const result = await job();
      if (!result.ok) {
        failed = true;
        onFailure(result);
      }
    }
    running = false;
    if (!failed) onState('saved');
    for (const resolve of waiting) resolve();
    waiting = [];
  }

  return {
    enqueue(key: string, job: Job): void {
      if (!jobs.has(key)) order.push(key);
      jobs.set(key, job);
      void drain();
    },
    /** Resolves once every queued change is written, so an export sees the latest edits. */
    settled(): Promise<void> {
      return running ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
    },
  };
}

import type { AppError, Result } from '../../shared/result';

type Job = () => Promise<Result<unknown>>;

/** What the header shows: everything written, a write on its way, or something not written yet. */
export type SaveStatus = 'saved' | 'saving' | 'failed';

export interface SaveQueueOptions {
  /** Told whenever the status changes. */
  onStatus(status: SaveStatus): void;
  /** Told once for each job refused for good (disk full, read-only file, value refused). */
  onPermanentFailure(error: AppError): void;
  /** Wait before the next try, after `failures` failed tries in a row. */
  retryDelayMs?: (failures: number) => number;
  /** A try unanswered after this long counts as failed for the header and `settled()`. */
  attemptTimeoutMs?: number;
  /** `settled()` stops waiting for a transient failure after this many failed tries in a row. */
  settleAfterFailures?: number;
}

/** 0.5 s, 1 s, 2 s, 4 s, 8 s, then every 10 s. */
export const backoffDelayMs = (failures: number): number => Math.min(500 * 2 ** (failures - 1), 10_000);

const timeoutError: AppError = { code: 'internal', params: { reason: 'timeout' } };
const thrownError: AppError = { code: 'internal', params: { reason: 'thrown' } };
const discardedError: AppError = { code: 'internal', params: { reason: 'discarded' } };

/**
 * Worth trying again: the way to the file failed, not the file or the value. The HTTP client
 * (api.ts) answers `internal` without a status when fetch rejects and with the status otherwise;
 * a 4xx (bad token, refused host) will not heal by itself. A busy file is released in a moment.
 */
export function isTransient(error: AppError): boolean {
  if (error.code === 'alreadyOpen') return true;
  if (error.code !== 'internal') return false;
  const status = error.params?.status;
  return typeof status !== 'number' || status >= 500;
}

/**
 * For a call that refuses to be made twice (adding items refuses ids already in the file): when a
 * try after the first is refused as invalid, asks whether an earlier try was written after all,
 * with only its answer lost on the way back, and counts the job as written if so.
 */
export function writtenOnce(job: Job, alreadyWritten: () => Promise<Result<boolean>>): Job {
  let tried = false;
  return async () => {
    const retrying = tried;
    tried = true;
    const result = await job();
    if (result.ok || !retrying || result.error.code !== 'invalidInput') return result;
    const written = await alreadyWritten();
    if (!written.ok) return written;
    return written.value ? { ok: true, value: null } : result;
  };
}

interface Entry {
  key: string;
  job: Job;
}

/**
 * Autosave that always drains, in order, without pile-ups.
 *
 * Jobs run one at a time, never two writes in flight (a late answer can then never overwrite a
 * newer write). Each job carries the whole latest state of its key (a section, an item, the meta),
 * so a newer job for a key still waiting replaces it and moves to the end of the queue: every job
 * then runs after every edit made before it, and a typing burst sends only the latest text.
 * Structural changes (add, delete, move) use unique keys. Trying a job again must be safe: saves
 * are upserts by id, delete and move go by id, and an import that refuses ids already added is
 * wrapped in writtenOnce().
 *
 * A failed try is tried again with backoff while the failure is transient; a permanent one stops
 * the queue (later edits stay queued and coalesced) until `retry()` or until a newer edit replaces
 * the refused job.
 */
export function createSaveQueue(options: SaveQueueOptions) {
  const retryDelayMs = options.retryDelayMs ?? backoffDelayMs;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 15_000;
  const settleAfterFailures = options.settleAfterFailures ?? 3;

  let entries: Entry[] = [];
  let inFlight: Entry | null = null;
  /** The failure of the job at the head, until it is written or replaced. */
  let failure: AppError | null = null;
  let failures = 0;
  let stopped = false;
  let timedOut = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by discard(): an answer to a try from before it is ignored. */
  let generation = 0;
  let status: SaveStatus = 'saved';
  let waiting: ((result: Result<null>) => void)[] = [];

  const setStatus = (next: SaveStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const release = (result: Result<null>) => {
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve(result);
  };

  /** settled() has waited long enough: stopped for good, or failing for a while. */
  const stuck = () => failure !== null && (stopped || timedOut || failures >= settleAfterFailures);

  const clearFailure = () => {
    failure = null;
    failures = 0;
    stopped = false;
    timedOut = false;
  };

  const cancelRetryTimer = () => {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };

  async function attempt(entry: Entry, started: number): Promise<Result<unknown>> {
    const timer = setTimeout(() => {
      if (started !== generation) return;
      // Keep waiting for the answer (never a second write in flight), but say it is late.
      timedOut = true;
      failure ??= timeoutError;
      setStatus('failed');
      release({ ok: false, error: failure });
    }, attemptTimeoutMs);
    try {
      return await entry.job();
    } catch {
      // A rejected IPC call or a thrown client: the way to the file failed, not the file.
      return { ok: false, error: thrownError };
    } finally {
      clearTimeout(timer);
    }
  }

  function pump(): void {
    if (inFlight || stopped || retryTimer !== null) return;
    const head = entries[0];
    if (head) {
      void run(head);
      return;
    }
    clearFailure();
    setStatus('saved');
    release({ ok: true, value: null });
  }

  async function run(head: Entry): Promise<void> {
    const started = generation;
    inFlight = head;
    if (failure === null) setStatus('saving');
    const result = await attempt(head, started);
    if (started !== generation) return;
    inFlight = null;
    if (result.ok) {
      entries = entries.filter((entry) => entry !== head);
      clearFailure();
      pump();
      return;
    }
    failures += 1;
    failure = result.error;
    timedOut = false;
    setStatus('failed');
    // A newer job for the same key waits behind: it carries everything this one would have written.
    const superseded = entries.some((entry) => entry !== head && entry.key === head.key);
    if (superseded) entries = entries.filter((entry) => entry !== head);
    if (isTransient(result.error)) {
      retryTimer = setTimeout(() => {
        retryTimer = null;
        pump();
      }, retryDelayMs(failures));
    } else if (superseded) {
      pump();
    } else {
      stopped = true;
      options.onPermanentFailure(result.error);
    }
    if (stuck()) release({ ok: false, error: result.error });
  }

  return {
    enqueue(key: string, job: Job): void {
      const replaced = entries.find((entry) => entry.key === key && entry !== inFlight);
      if (replaced) {
        // The refused job at the head gives way to the user's newer edit, which deserves a try.
        if (replaced === entries[0]) stopped = false;
        entries = entries.filter((entry) => entry !== replaced);
      }
      entries.push({ key, job });
      pump();
    },

    /**
     * Resolves with ok once every queued change is written, so an export sees the latest edits;
     * with the failure if the queue stopped on a refusal or keeps failing, so the caller can say
     * the plan is not saved. Never waits for ever.
     */
    settled(): Promise<Result<null>> {
      if (entries.length === 0 && !inFlight) return Promise.resolve({ ok: true, value: null });
      if (stuck()) return Promise.resolve({ ok: false, error: failure! });
      return new Promise((resolve) => waiting.push(resolve));
    },

    /** The user asks: try the failed job now rather than after the backoff, or again after a refusal. */
    retry(): void {
      if (inFlight) return;
      cancelRetryTimer();
      stopped = false;
      failures = 0;
      pump();
    },

    /** Anything not yet written, a write on its way included. */
    hasUnsaved(): boolean {
      return entries.length > 0;
    },

    /** Forgets every change not yet written (the user closes without saving). */
    discard(): void {
      const lost = failure ?? discardedError;
      generation += 1;
      cancelRetryTimer();
      const hadUnsaved = entries.length > 0;
      entries = [];
      inFlight = null;
      clearFailure();
      setStatus('saved');
      release(hadUnsaved ? { ok: false, error: lost } : { ok: true, value: null });
    },
  };
}

export type SaveQueue = ReturnType<typeof createSaveQueue>;

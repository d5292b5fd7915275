import type { Plan } from '../../shared/plan';

/** One step of the history: the plan before and after one edit (or one run of typing in one field). */
interface Step {
  key: string;
  before: Plan;
  after: Plan;
  at: number;
}

/** The history of the plan on screen while it is open: 200 steps, more than the 100 promised. */
export const HISTORY_LIMIT = 200;
/** Keystrokes in the same field less than this apart are one step, so an undo takes back a word, not a letter. */
export const TYPING_PAUSE_MS = 1000;

export interface History {
  /** `key` names what was edited (the save queue's key); the same key soon after extends the last step. */
  record(key: string, before: Plan, after: Plan, at?: number): void;
  /** The plan to go back to, or null when there is nothing to undo. */
  undo(): Plan | null;
  redo(): Plan | null;
  clear(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

export function createHistory(limit = HISTORY_LIMIT, pauseMs = TYPING_PAUSE_MS): History {
  let done: Step[] = [];
  let undone: Step[] = [];
  return {
    record(key, before, after, at = Date.now()) {
      const last = done.at(-1);
      if (last && last.key === key && last.after === before && at - last.at < pauseMs) {
        last.after = after;
        last.at = at;
      } else {
        done.push({ key, before, after, at });
        if (done.length > limit) done = done.slice(-limit);
      }
      undone = [];
    },
    undo() {
      const step = done.pop();
      if (!step) return null;
      undone.push(step);
      // Typing again after an undo starts a step of its own.
      const previous = done.at(-1);
      if (previous) previous.at = 0;
      return step.before;
    },
    redo() {
      const step = undone.pop();
      if (!step) return null;
      done.push({ ...step, at: 0 }); // a redone step is never extended by the next keystroke
      return step.after;
    },
    clear() {
      done = [];
      undone = [];
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
  };
}

import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { createClosedPlan, expectOk, openFromAnotherProcess, tempDir } from './helpers';

/** Exclusive locking: while a plan is open, any other opener is told it is busy. */
describe('PlanFile refuses a second opener while the plan is open', () => {
  it('refuses a second open in the same process with alreadyOpen', () => {
    const filePath = createClosedPlan(tempDir());
    const first = expectOk(PlanFile.open(filePath));
    try {
      expect(PlanFile.open(filePath)).toEqual({ ok: false, error: { code: 'alreadyOpen' } });
    } finally {
      first.close();
    }
  });

  it('refuses an open from another process with alreadyOpen', async () => {
    const filePath = createClosedPlan(tempDir());
    const first = expectOk(PlanFile.open(filePath));
    try {
      expect(await openFromAnotherProcess(filePath)).toEqual({ ok: false, code: 'alreadyOpen' });
    } finally {
      first.close();
    }
  });

  it('lets the plan be opened again, here and elsewhere, once the first opener closes it', async () => {
    const filePath = createClosedPlan(tempDir());
    expectOk(PlanFile.open(filePath)).close();

    expect(await openFromAnotherProcess(filePath)).toEqual({ ok: true });
    const again = expectOk(PlanFile.open(filePath));
    again.close();
  });

  it('keeps the lock for other processes after refusing a second open in the same process', async () => {
    // BUG: PlanFile.open reads the header with fs.openSync/closeSync; closing any descriptor of a file
    // drops every POSIX lock the process holds on it, so the first opener's lock is silently lost.
    const filePath = createClosedPlan(tempDir());
    const first = expectOk(PlanFile.open(filePath));
    try {
      expect(PlanFile.open(filePath)).toMatchObject({ ok: false, error: { code: 'alreadyOpen' } });
      expect(await openFromAnotherProcess(filePath)).toEqual({ ok: false, code: 'alreadyOpen' });
    } finally {
      first.close();
    }
  });
});

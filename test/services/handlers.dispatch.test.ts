import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import { browserServicesIn } from './browserServices';
import { PlanSession } from '../../electron/core/services/planSession';
import { callNames, type Handlers } from '../../shared/contract';

let dir: string;
let session: PlanSession;
let handlers: Handlers;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-dispatch-'));
  ({ session, handlers } = browserServicesIn(dir));
});

afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('dispatch', () => {
  it('createHandlers implements every call of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...callNames].sort());
  });

  it.each(['plan.delete', 'app.quit', '', 'constructor', '__proto__', 'toString', 'cap:app.info'])(
    'refuses the unknown name %j as invalidInput',
    async (name) => {
      const result = await dispatch(handlers, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    },
  );

  it('refuses bad input without calling the handler, saying which field', async () => {
    const create = vi.fn(handlers['plan.create']);
    const result = await dispatch({ ...handlers, 'plan.create': create }, 'plan.create', { title: 'Plan', year: 1999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    if (!result.ok) expect(String(result.error.params?.detail)).toMatch(/^year /);
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses a missing required field and input of the wrong type', async () => {
    expect(await dispatch(handlers, 'plan.open', {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatch(handlers, 'plan.open', 'plan.capm')).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatch(handlers, 'plan.open', { path: '' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('passes the parsed input (trimmed title) to the handler', async () => {
    const create = vi.fn(async () => ({ ok: true as const, value: null as never }));
    await dispatch({ ...handlers, 'plan.create': create }, 'plan.create', { title: '  Boulangerie  ', year: 2027 });
    expect(create).toHaveBeenCalledWith({ title: 'Boulangerie', year: 2027 });
  });

  it('treats a missing input as {} for calls without arguments', async () => {
    const result = await dispatch(handlers, 'app.info', undefined);
    expect(result).toMatchObject({ ok: true, value: { version: '0.0.1', mode: 'browser' } });
  });

  it('turns an error thrown by a handler into a failure value', async () => {
    const throwing = { ...handlers, 'app.info': async () => Promise.reject(new Error('boom')) } as Handlers;
    await expect(dispatch(throwing, 'app.info', {})).resolves.toEqual({ ok: false, error: { code: 'internal' } });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import { browserServicesIn } from './browserServices';
import { PlanSession } from '../../electron/core/services/planSession';
import type { Handlers } from '../../shared/contract';
import { jpegHeader, solidPng } from '../fixtures/images';

let dir: string;
let session: PlanSession;
let handlers: Handlers;

const author = { name: 'Claire Dubois', organisation: 'CCI Lyon Métropole', contact: 'claire.dubois@example.fr · 04 72 00 00 00' };
const setAuthorWithLogo = (bytes: Buffer) =>
  dispatch(handlers, 'prefs.setAuthor', { author: { ...author, logo: { base64: bytes.toString('base64') } } });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-author-'));
  ({ session, handlers } = browserServicesIn(dir));
});

afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the author identity in the preferences', () => {
  it('keeps a PNG logo with the size read from the image, across restarts', async () => {
    expect(await setAuthorWithLogo(solidPng(320, 120))).toMatchObject({ ok: true });
    const preferences = await browserServicesIn(dir).handlers['prefs.get']({});
    expect(preferences.ok && preferences.value.author).toMatchObject({
      ...author,
      logo: { mimeType: 'image/png', widthPx: 320, heightPx: 120 },
    });
  });

  it('reads a JPEG logo\'s size from its frame header', async () => {
    const result = await setAuthorWithLogo(jpegHeader(640, 480));
    expect(result.ok && (result.value as { author: { logo: unknown } }).author.logo).toMatchObject({
      mimeType: 'image/jpeg',
      widthPx: 640,
      heightPx: 480,
    });
  });

  it.each([
    ['a text file', Buffer.from('Ceci n’est pas une image'), 'logoNotImage'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'logoNotImage'],
    ['a 5000 px wide banner', solidPng(5000, 20), 'logoDimensions'],
    ['a 4 px icon', solidPng(4, 4), 'logoDimensions'],
    ['a picture over 1 MB', Buffer.concat([solidPng(100, 100), Buffer.alloc(1_000_001)]), 'logoTooLarge'],
  ])('refuses %s with a clear reason and keeps the previous identity', async (_name, bytes, code) => {
    await dispatch(handlers, 'prefs.setAuthor', { author: { ...author, logo: null } });
    expect(await setAuthorWithLogo(bytes)).toMatchObject({ ok: false, error: { code } });
    const preferences = await handlers['prefs.get']({});
    expect(preferences.ok && preferences.value.author).toEqual({ ...author, logo: null });
  });

  it('forgets the identity when set to null', async () => {
    await dispatch(handlers, 'prefs.setAuthor', { author: { ...author, logo: null } });
    await dispatch(handlers, 'prefs.setAuthor', { author: null });
    const preferences = await handlers['prefs.get']({});
    expect(preferences.ok && preferences.value.author).toBeNull();
  });

  it('falls back to no identity, keeping the language, when the preferences hold a damaged one', async () => {
    fs.mkdirSync(path.join(dir, 'config'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'config', 'preferences.json'),
      JSON.stringify({ language: 'en', recentFiles: [], author: { name: 42, logo: 'x' } }),
    );
    const preferences = await handlers['prefs.get']({});
    expect(preferences.ok && preferences.value).toMatchObject({ language: 'en', author: null });
  });
});

describe('the plan\'s own settings (meta)', () => {
  it('saves the author switch, step notes and steps to fill, and reads them back after reopening', async () => {
    const created = await handlers['plan.create']({ title: 'Atelier CCI', year: 2027 });
    if (!created.ok) throw new Error(created.error.code);
    const meta = {
      ...created.value.plan.meta,
      isTemplate: true,
      showAuthor: false,
      stepNotes: { diagnostic: 'Listez trois forces avant la pause.' },
      stepsToFill: ['company' as const, 'diagnostic' as const],
    };
    expect(await dispatch(handlers, 'plan.updateMeta', meta)).toEqual({ ok: true, value: null });
    session.close();
    const reopened = await handlers['plan.open']({ path: created.value.path });
    expect(reopened.ok && reopened.value.plan.meta).toEqual(meta);
  });

  it('refuses a step note for a step that does not exist', async () => {
    const created = await handlers['plan.create']({ title: 'Atelier', year: 2027 });
    if (!created.ok) throw new Error(created.error.code);
    const result = await dispatch(handlers, 'plan.updateMeta', { ...created.value.plan.meta, stepNotes: { marketing: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/core/services/handlers';
import { PreferencesStore } from '../../electron/core/services/preferences';

let dir: string;
const configDir = () => path.join(dir, 'config');
const preferencesFile = () => path.join(configDir(), 'preferences.json');
const handlers = () =>
  createHandlers({ mode: 'browser', version: '0.1.0', userDataDir: configDir(), plansFolder: path.join(dir, 'plans'), dialogs: null });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-prefs-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('preferences', () => {
  it('start in French with no recent files', async () => {
    expect(await dispatch(handlers(), 'prefs.get', {})).toEqual({ ok: true, value: { language: 'fr', recentFiles: [], author: null } });
  });

  it('prefs.setLanguage persists across restarts', async () => {
    expect(await dispatch(handlers(), 'prefs.setLanguage', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(JSON.parse(fs.readFileSync(preferencesFile(), 'utf8')).language).toBe('en');
    expect(await dispatch(handlers(), 'prefs.get', {})).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('setting the language keeps the recent files', () => {
    const store = new PreferencesStore(configDir());
    store.rememberOpened({ path: '/plans/a.capm', title: 'A' }, '2026-01-01T00:00:00.000Z');
    store.setLanguage('en');
    expect(new PreferencesStore(configDir()).read()).toEqual({
      language: 'en',
      recentFiles: [{ path: '/plans/a.capm', title: 'A', openedAt: '2026-01-01T00:00:00.000Z' }],
      author: null,
    });
  });

  it('a corrupt preferences.json falls back to defaults', async () => {
    fs.mkdirSync(configDir(), { recursive: true });
    fs.writeFileSync(preferencesFile(), '{"language": "en", "recentFi');
    expect(await dispatch(handlers(), 'prefs.get', {})).toEqual({ ok: true, value: { language: 'fr', recentFiles: [], author: null } });
  });

  it('a preferences.json with wrong values keeps what is valid and defaults the rest', () => {
    fs.mkdirSync(configDir(), { recursive: true });
    fs.writeFileSync(preferencesFile(), JSON.stringify({ language: 'de', recentFiles: 'none' }));
    expect(new PreferencesStore(configDir()).read()).toEqual({ language: 'fr', recentFiles: [], author: null });
    fs.writeFileSync(preferencesFile(), JSON.stringify({ language: 'en', recentFiles: 42 }));
    expect(new PreferencesStore(configDir()).read()).toEqual({ language: 'en', recentFiles: [], author: null });
  });

  it('writing after a corrupt file replaces it with a sound one', () => {
    fs.mkdirSync(configDir(), { recursive: true });
    fs.writeFileSync(preferencesFile(), '\u0000\u0001garbage');
    new PreferencesStore(configDir()).setLanguage('en');
    expect(JSON.parse(fs.readFileSync(preferencesFile(), 'utf8'))).toEqual({ language: 'en', recentFiles: [], author: null });
  });

  it('keeps at most ten recent files, the newest first, without duplicates', () => {
    const store = new PreferencesStore(configDir());
    for (let n = 1; n <= 12; n += 1) store.rememberOpened({ path: `/plans/${n}.capm`, title: `P${n}` });
    store.rememberOpened({ path: '/plans/5.capm', title: 'P5 renamed' });
    const recent = store.read().recentFiles;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ path: '/plans/5.capm', title: 'P5 renamed' });
    expect(recent.filter((file) => file.path === '/plans/5.capm')).toHaveLength(1);
    expect(recent.map((file) => file.title).slice(1)).toEqual(['P12', 'P11', 'P10', 'P9', 'P8', 'P7', 'P6', 'P4', 'P3']);
  });
});

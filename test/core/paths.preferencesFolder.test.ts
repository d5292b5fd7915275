import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../electron/core/paths';

describe('one preferences folder for the desktop app, browser mode and the CLI', () => {
  it('sits where each system keeps application settings', () => {
    expect(defaultUserDataDir('linux', {}, '/home/lou')).toBe('/home/lou/.config/cap-marketing');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/srv/conf' }, '/home/lou')).toBe('/srv/conf/cap-marketing');
    expect(defaultUserDataDir('darwin', {}, '/Users/lou')).toBe('/Users/lou/Library/Application Support/Cap Marketing');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\lou\\AppData\\Roaming' }, 'C:\\Users\\lou')).toBe('C:\\Users\\lou\\AppData\\Roaming\\Cap Marketing');
  });
  it('follows CAP_MARKETING_HOME everywhere, as the tests and a workshop USB stick need', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultUserDataDir(platform, { CAP_MARKETING_HOME: '/media/stick' }, '/home/lou')).toBe('/media/stick/config');
    }
  });
});

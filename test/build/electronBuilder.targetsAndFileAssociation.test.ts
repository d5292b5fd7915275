import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  npmRebuild: boolean;
  asarUnpack: string[];
  fileAssociations: { ext: string; name: string; description: string; mimeType: string; icon: string; role: string }[];
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string };
}

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const resource = (name: string) => path.join(config.directories.buildResources, name);

describe('electron-builder.yml', () => {
  it('packages for Windows (installer), macOS (disk image) and Linux (AppImage and .deb)', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const platform of [config.win, config.mac, config.linux]) expect(fs.existsSync(platform.icon), platform.icon).toBe(true);
    expect(config.win.icon).toMatch(/\.ico$/);
  });

  it('registers .capm files, described in French, with their own icon for each platform', () => {
    expect(config.fileAssociations).toHaveLength(1);
    const [association] = config.fileAssociations;
    expect(association).toMatchObject({ ext: 'capm', name: 'Plan Cap Marketing', role: 'Editor' });
    expect(association.description).toMatch(/plan marketing/i);
    expect(association.mimeType).toMatch(/^application\/x-/);
    // Windows wants an .ico and macOS an .icns, looked up under the build resources folder.
    for (const extension of ['ico', 'icns']) {
      const icon = resource(`${association.icon}.${extension}`);
      expect(fs.existsSync(icon), icon).toBe(true);
    }
    expect(fs.readFileSync(resource(`${association.icon}.icns`)).subarray(0, 4).toString('latin1')).toBe('icns');
    expect(fs.readFileSync(resource(`${association.icon}.ico`)).readUInt16LE(2)).toBe(1); // ICO type "icon"
  });

  it('ships the built app, never rebuilds the native module, and keeps it outside the asar', () => {
    expect(config.files).toContain('out/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
  });
});

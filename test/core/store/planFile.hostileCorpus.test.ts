import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/core/store/planFile';
import { sha256, tempDir } from './helpers';
import { hostileCases } from './hostileFiles';

/** A refusal must be immediate: a crafted file used to hang info, check and export for ever. */
const REFUSAL_WITHIN_MS = 5_000;

/** Every entry of the folder with what it is and, for a file, its bytes' hash: sidecars included. */
function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of fs.readdirSync(folder).sort()) {
    const entry = path.join(folder, name);
    const stats = fs.lstatSync(entry);
    if (stats.isSymbolicLink()) entries[name] = `link → ${fs.readlinkSync(entry)}`;
    else if (stats.isFile()) {
      try {
        entries[name] = `file ${sha256(entry)}`;
      } catch {
        entries[name] = `unreadable file of ${stats.size} bytes, modified ${stats.mtimeMs}`;
      }
    } else entries[name] = stats.isDirectory() ? `directory of ${fs.readdirSync(entry).length}` : `special, mode ${stats.mode}`;
  }
  return entries;
}

describe('PlanFile.open refuses every file of the hostile corpus, at once and without touching anything', () => {
  it('holds at least 40 cases, each with a distinct name', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(hostileCases.map((hostile) => hostile.name)).size).toBe(hostileCases.length);
  });

  describe.each([
    ['to edit', false],
    ['read-only', true],
  ])('opened %s', (_, readOnly) => {
    it.for(hostileCases)('refuses $name with $error.code', ({ build, error, migrations, skip }, context) => {
      if (skip) context.skip(skip);
      const folder = tempDir();
      const target = build(folder);
      const before = snapshot(folder);

      const started = performance.now();
      const result = PlanFile.open(target, { readOnly, migrations });
      const elapsed = performance.now() - started;
      if (result.ok) result.value.close();

      expect(result.ok, `opened ${target}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(error.code);
        if (error.params) expect(result.error.params).toEqual(error.params);
      }
      expect(elapsed).toBeLessThan(REFUSAL_WITHIN_MS);
      // Byte-identical file and sidecars (-journal, -wal, -shm), and no backup or other new file.
      expect(snapshot(folder)).toEqual(before);
    });
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every entry under a folder: a file by the hash of its bytes, a link by where it points, a folder by
 * its name. Two equal snapshots mean nothing was written, renamed or left behind in between.
 */
export function snapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of fs.readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const relative = path.relative(root, full);
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) entries[relative] = `link → ${fs.readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        entries[relative] = 'folder';
        walk(full);
      } else entries[relative] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return entries;
}

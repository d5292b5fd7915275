import fs from 'node:fs';
import path from 'node:path';
import { hasControlCharacters, visiblePath } from '../../../shared/pathText';
import { fail, ok, type Result } from '../../../shared/result';
import { isOpenInThisProcess } from '../store/planFile';
import { carriesPlanHeader, OWNERSHIP_BYTES } from '../store/format';



/**
 * A Cap Marketing plan by its first bytes: the SQLite header and our application id, whatever its
 * version or state. Only asks "is this ours?" before replacing it; opening a plan checks far more.
 */
export function isCapMarketingPlan(filePath: string): boolean {
  // A plan this process holds is ours; opening and closing it here would drop its lock (decision 001).
  if (isOpenInThisProcess(filePath)) return true;
  try {
    // Non-blocking: a FIFO swapped in after the caller's stat must not hang the server.
    const fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const header = Buffer.alloc(OWNERSHIP_BYTES);
      const bytesRead = fs.readSync(fd, header, 0, header.length, 0);
      return carriesPlanHeader(header.subarray(0, bytesRead));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

const statOf = (filePath: string): fs.Stats | null => {
  try {
    return fs.statSync(filePath);
  } catch {
    return null;
  }
};

const errorCode = (error: unknown) => (error as { code?: string } | null)?.code;

/**
 * The path with `..` and every symbolic link of its existing part resolved: the longest existing
 * ancestor goes through realpath, the missing rest (which can hold no link) is appended. Null when
 * the path cannot be resolved (a loop of links, a folder we may not read).
 */
function realPathOf(absolute: string): string | null {
  const missing: string[] = [];
  for (let existing = absolute; ; ) {
    try {
      return path.join(fs.realpathSync.native(existing), ...missing);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') return null;
    }
    const parent = path.dirname(existing);
    if (parent === existing) return null;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
}

const isStrictlyInside = (folder: string, target: string) => target.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);

/**
 * Where the services may write a file a caller named. The desktop writes where its save dialog
 * says (the dialog asked before replacing). Browser mode answers anyone holding the tab's token and
 * often runs with more rights than needed, so it writes only inside the plans folder: a path that
 * resolves elsewhere, through `..` or a link, is refused with invalidPath. Either way an existing file
 * is replaced only when the call says `overwrite` (the UI asks first), and never when it is not a
 * plain file.
 */
export class WriteTargets {
  /** `allowedFolders` null: no folder limit (desktop). */
  constructor(private readonly allowedFolders: readonly string[] | null) {}

  /** Whether a new file may be written in this folder (a plan made beside the open one). */
  allowsFolder(folder: string): boolean {
    return this.isAllowed(path.join(path.resolve(folder), 'x'));
  }

  /** The absolute path to write to, or the reason not to. */
  check(target: string, options: { overwrite: boolean }): Result<string> {
    if (hasControlCharacters(target)) return fail('invalidPath', { path: visiblePath(target) });
    const absolute = path.resolve(target);
    if (!this.isAllowed(absolute)) return fail('invalidPath', { path: absolute });
    let existing: fs.Stats;
    try {
      existing = fs.lstatSync(absolute);
    } catch {
      return ok(absolute);
    }
    // A link is judged by where it ends (isAllowed resolved it); one that ends nowhere cannot be judged.
    const end = existing.isSymbolicLink() ? statOf(absolute) : existing;
    if (!end?.isFile()) return fail('invalidPath', { path: absolute });
    if (!options.overwrite) {
      return fail('fileExists', { path: absolute, kind: isCapMarketingPlan(absolute) ? 'plan' : 'other' });
    }
    return ok(absolute);
  }

  private isAllowed(absolute: string): boolean {
    if (this.allowedFolders === null) return true;
    const real = realPathOf(absolute);
    if (real === null) return false;
    return this.allowedFolders.some((folder) => {
      const realFolder = realPathOf(path.resolve(folder));
      return realFolder !== null && isStrictlyInside(realFolder, real);
    });
  }
}

import type { AppError } from '../../shared/result';

export const REQUIRED_NODE = '22.14.0';

const parseVersion = (version: string): number[] => version.replace(/^v/, '').split('.').map(Number);

function isAtLeast(found: string, required: string): boolean {
  const [a, b] = [parseVersion(found), parseVersion(required)];
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * better-sqlite3 13 crashes the process (segfault) on an older Node instead of throwing, so check the
 * runtime before the native module is first loaded. Electron brings its own recent Node.
 */
export function checkRuntime(versions: NodeJS.ProcessVersions = process.versions): AppError | null {
  if (versions.electron) return null;
  if (!versions.napi || !isAtLeast(versions.node, REQUIRED_NODE)) {
    return { code: 'oldRuntime', params: { required: REQUIRED_NODE, found: versions.node } };
  }
  return null;
}

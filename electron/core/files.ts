import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes beside the destination, then renames: a full disk or a crash never leaves half a file where
 * the user expects one, nor destroys the previous version. Throws the file system's error.
 */
export function writeFileAtomically(destination: string, data: string | Uint8Array): void {
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, destination);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

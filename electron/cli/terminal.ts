import fs from 'node:fs';
import type { CliIo } from './commands';

/**
 * Writes lines straight to a file descriptor. console.log would first build process.stdout, which
 * loads Node's stream modules: about 3 ms of a command that prints twenty lines. A pipe that is full
 * and non-blocking answers EAGAIN: from then on the lines go through the stream, which waits for the
 * pipe and keeps their order, and Node flushes it before the process exits. A reader that went
 * away (EPIPE: `cap-marketing check plan.capm | head -3`) gets nothing more, as with console.log.
 */
export function lineWriter(fd: number, stream: () => NodeJS.WritableStream): (line: string) => void {
  let mode: 'direct' | 'stream' | 'closed' = 'direct';
  return (line) => {
    if (mode === 'closed') return;
    const bytes = Buffer.from(`${line}\n`);
    let written = 0;
    while (mode === 'direct' && written < bytes.length) {
      try {
        written += fs.writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') mode = 'stream';
        else if (code === 'EPIPE') mode = 'closed';
        else throw error;
      }
    }
    if (mode === 'stream') stream().write(bytes.subarray(written));
  };
}

/**
 * The CLI's own output: stdout and stderr. On Windows through console.log, whatever it costs: a
 * console there reads raw bytes in its own code page, and only Node's stream turns « é » into what
 * it shows.
 */
export const terminalIo = (platform: NodeJS.Platform = process.platform): CliIo =>
  platform === 'win32'
    ? { out: console.log, err: console.error }
    : { out: lineWriter(1, () => process.stdout), err: lineWriter(2, () => process.stderr) };

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lineWriter, terminalIo } from '../../electron/cli/terminal';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A stream standing in for process.stdout, with what it was given. */
function fallbackStream() {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

afterEach(() => vi.restoreAllMocks());

describe('the CLI’s line writer', () => {
  it('writes each line to the descriptor, whole, even when the system takes it in pieces', () => {
    const received: string[] = [];
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, bytes: Buffer, offset: number) => {
      expect(fd).toBe(7);
      // Two bytes at a time, as a busy pipe may take them.
      const piece = bytes.subarray(offset, offset + 2);
      received.push(piece.toString('latin1'));
      return piece.length;
    }) as typeof fs.writeSync);
    const fallback = fallbackStream();
    const write = lineWriter(7, () => fallback.stream);
    write('Étape');
    expect(Buffer.from(received.join(''), 'latin1').toString('utf8')).toBe('Étape\n');
    expect(fallback.text()).toBe('');
  });

  it('hands the rest of a line, and every later line, to the stream once the pipe answers EAGAIN', () => {
    let calls = 0;
    vi.spyOn(fs, 'writeSync').mockImplementation(((_fd: number, bytes: Buffer, offset: number) => {
      calls += 1;
      if (calls === 1) return bytes.length - offset - 4; // all but "ne 1\n"… then the pipe is full
      throw errno('EAGAIN');
    }) as typeof fs.writeSync);
    const fallback = fallbackStream();
    const write = lineWriter(1, () => fallback.stream);
    write('ligne 1');
    write('ligne 2');
    expect(fallback.text()).toBe('e 1\nligne 2\n');
    expect(calls).toBe(2);
  });

  it('stops quietly when the reader went away (EPIPE), and throws any other failure', () => {
    vi.spyOn(fs, 'writeSync').mockImplementation((() => {
      throw errno('EPIPE');
    }) as typeof fs.writeSync);
    const fallback = fallbackStream();
    const write = lineWriter(1, () => fallback.stream);
    expect(() => write('perdue')).not.toThrow();
    expect(() => write('perdue aussi')).not.toThrow();
    expect(fallback.text()).toBe('');
    vi.spyOn(fs, 'writeSync').mockImplementation((() => {
      throw errno('EBADF');
    }) as typeof fs.writeSync);
    expect(() => lineWriter(1, () => fallback.stream)('x')).toThrow('EBADF');
  });

  it('prints the whole of a long answer through a pipe that a slow reader empties', () => {
    // 200 KB, well over a pipe's buffer: the child writes faster than `dd` reads, in small blocks.
    const script = `import('${new URL('../../electron/cli/terminal.ts', import.meta.url).href}').then(({ lineWriter }) => {
      const write = lineWriter(1, () => process.stdout);
      for (let n = 0; n < 2000; n += 1) write(String(n).padStart(99, '·'));
    });`;
    const result = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx -e "${script.replace(/"/g, '\\"')}" | dd bs=512 2>/dev/null | wc -l`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('2000');
  });

  it('leaves Windows consoles to Node’s own stream, which converts the text for them', () => {
    expect(terminalIo('win32')).toEqual({ out: console.log, err: console.error });
    const written = vi.spyOn(fs, 'writeSync').mockImplementation(((_fd: number, bytes: Buffer, offset: number) => bytes.length - offset) as typeof fs.writeSync);
    terminalIo('linux').out('Étape Budget : Terminée');
    expect(written).toHaveBeenCalledTimes(1);
    expect(written.mock.calls[0][0]).toBe(1);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import { startWebBridge } from '../../electron/core/webBridge';

export interface CallOptions {
  timeout?: number;
  /** Told when the request has been sent whole (the server has all of it). */
  onSent?: () => void;
}

export interface BridgeClient {
  /** POST /api/<name> with the token, as the renderer does; the parsed JSON reply. */
  call(name: string, input: unknown, options?: CallOptions): Promise<unknown>;
  close(): Promise<void>;
}

function clientFor(url: string, token: string, close: () => Promise<void>): BridgeClient {
  const port = Number(new URL(url).port);
  const call = (name: string, input: unknown, options: CallOptions = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port,
          path: `/api/${encodeURIComponent(name)}`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Cap-Token': token },
          timeout: options.timeout ?? 5000,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => {
            try {
              resolve(JSON.parse(body));
            } catch {
              reject(new Error(`${name}: status ${response.statusCode}, body ${body}`));
            }
          });
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${name}`)));
      outgoing.on('error', reject);
      if (options.onSent) outgoing.on('finish', options.onSent);
      outgoing.end(JSON.stringify(input));
    });
  return { call, close };
}

/** The real HTTP bridge over these handlers, in this process. */
export async function startBridgeClient(handlers: Handlers, rendererDir: string): Promise<BridgeClient> {
  const bridge = await startWebBridge({ handlers, rendererDir });
  return clientFor(bridge.url, bridge.token, () => bridge.close());
}

/**
 * The bridge in a child process over browser services in `dir` (bridgeServer.ts): while it works on
 * one call, this process is free to send another, as a second browser request would.
 */
export async function startBridgeProcess(dir: string): Promise<BridgeClient> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'bridgeServer.ts'), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('\n')) resolve(JSON.parse(output.slice(0, output.indexOf('\n'))));
    });
    child.once('exit', (code) => reject(new Error(`bridge process ended (${code}) before listening`)));
  });
  return clientFor(url, token, async () => {
    child.kill('SIGTERM');
    await exited;
  });
}

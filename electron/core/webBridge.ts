import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import { dispatch } from './services/handlers';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
/** Same policy as the desktop window: our own scripts and the bridge only, nothing remote. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface WebBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** A malformed %-sequence must get an answer, not crash the server. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json') {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/**
 * Browser mode: the same services as the desktop app, behind HTTP on the loopback interface only.
 * A random token per launch and Host/Origin checks keep other web pages (DNS rebinding, cross-site
 * requests) and other users' browsers from calling it.
 */
export async function startWebBridge(options: {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
}): Promise<WebBridge> {
  const token = crypto.randomBytes(24).toString('base64url');
  let allowedHosts: string[] = [];
  const root = path.resolve(options.rendererDir);

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, '{"error":"internal"}');
      else response.destroy();
    });
  });

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!allowedHosts.includes(request.headers.host ?? '')) return send(response, 421, '{"error":"host"}');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return send(response, 403, '{"error":"origin"}');
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, '{"error":"method"}');
      if (!sameToken(request.headers['x-cap-token'] as string | undefined, token)) {
        return send(response, 401, '{"error":"token"}');
      }
      let input: unknown;
      try {
        input = JSON.parse((await readBody(request)) || '{}');
      } catch {
        return send(response, 400, JSON.stringify({ ok: false, error: { code: 'invalidInput', params: { detail: 'JSON' } } }));
      }
      const name = safeDecode(url.pathname.slice(5));
      if (name === null) return send(response, 400, '{"error":"path"}');
      const result = await dispatch(options.handlers, name, input);
      return send(response, 200, JSON.stringify(result));
    }
    if (request.method !== 'GET') return send(response, 405, '{"error":"method"}');
    const decoded = safeDecode(url.pathname);
    if (decoded === null) return send(response, 400, 'Bad request', 'text/plain; charset=utf-8');
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
    }
    send(response, 200, fs.readFileSync(file), CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/services/handlers';
import { PlanSession } from '../../electron/core/services/planSession';
import { CONTENT_SECURITY_POLICY, startWebBridge, type WebBridge } from '../../electron/core/webBridge';

const INDEX_HTML = '<!doctype html><title>Cap Marketing</title>';
const SECRET = 'secret-outside-renderer';

let dir: string;
let session: PlanSession;
let bridge: WebBridge;
let port: number;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the Host header and the path go out exactly as written. */
function request(
  requestPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; host?: string; timeout?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        path: requestPath,
        method: options.method ?? 'GET',
        headers: { Host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
        timeout: options.timeout ?? 2000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${requestPath}`)));
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const callApi = (name: string, input: unknown, headers: Record<string, string> = { 'X-Cap-Token': bridge.token }) =>
  request(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-bridge-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // Files next to the renderer folder that a traversal would reach.
  fs.writeFileSync(path.join(dir, 'package.json'), SECRET);
  fs.mkdirSync(path.join(dir, 'renderer-private'));
  fs.writeFileSync(path.join(dir, 'renderer-private', 'x.txt'), SECRET);
  session = new PlanSession(path.join(dir, 'plans'));
  const handlers = createHandlers(
    { mode: 'browser', version: '0.1.0', userDataDir: path.join(dir, 'config'), plansFolder: path.join(dir, 'plans'), dialogs: null },
    session,
  );
  bridge = await startWebBridge({ handlers, rendererDir });
  port = Number(new URL(bridge.url).port);
});

afterEach(async () => {
  await bridge.close();
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the browser-mode bridge', () => {
  it('serves index.html at / with the Content-Security-Policy header', async () => {
    const reply = await request('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the renderer assets with their type', async () => {
    const reply = await request('/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('hands out the token in the URL fragment, which browsers never send to the server', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${port}/#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers POST /api/app.info with the token', async () => {
    const reply = await callApi('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '0.1.0', mode: 'browser' } });
  });

  it('runs real services: plan.create then plan.get', async () => {
    const created = JSON.parse((await callApi('plan.create', { title: 'Par le navigateur', year: 2027 })).body);
    expect(created.ok).toBe(true);
    const fetched = JSON.parse((await callApi('plan.get', {})).body);
    expect(fetched).toMatchObject({ ok: true, value: { path: created.value.path, plan: { meta: { title: 'Par le navigateur' } } } });
  });

  it('returns invalidInput for an unknown call or bad input', async () => {
    expect(JSON.parse((await callApi('plan.destroy', {})).body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(JSON.parse((await callApi('plan.create', { title: '', year: 2027 })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    const broken = await request('/api/app.info', { method: 'POST', headers: { 'X-Cap-Token': bridge.token }, body: '{not json' });
    expect(broken.status).toBe(400);
  });

  it('refuses a wrong or missing token with 401, and runs nothing', async () => {
    expect((await callApi('app.info', {}, { 'X-Cap-Token': 'x'.repeat(bridge.token.length) })).status).toBe(401);
    expect((await callApi('app.info', {}, { 'X-Cap-Token': `${bridge.token}x` })).status).toBe(401);
    expect((await callApi('app.info', {}, {})).status).toBe(401);
    expect((await callApi('plan.create', { title: 'Intrus', year: 2027 }, {})).status).toBe(401);
    expect(fs.existsSync(path.join(dir, 'plans'))).toBe(false);
  });

  it('refuses GET on the API', async () => {
    expect((await request('/api/app.info', { headers: { 'X-Cap-Token': bridge.token } })).status).toBe(405);
  });

  it('accepts the Host 127.0.0.1:port and localhost:port only, 421 otherwise', async () => {
    expect((await request('/', { host: `localhost:${port}` })).status).toBe(200);
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `[::1]:${port}`]) {
      expect((await request('/', { host })).status, host).toBe(421);
    }
    const rebound = await request('/api/app.info', {
      method: 'POST',
      host: `attacker.example:${port}`,
      headers: { 'X-Cap-Token': bridge.token },
      body: '{}',
    });
    expect(rebound.status).toBe(421);
  });

  it('refuses a foreign Origin with 403, even with the token', async () => {
    for (const origin of ['https://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      expect((await callApi('app.info', {}, { 'X-Cap-Token': bridge.token, Origin: origin })).status, origin).toBe(403);
    }
    expect((await callApi('app.info', {}, { 'X-Cap-Token': bridge.token, Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await callApi('app.info', {}, { 'X-Cap-Token': bridge.token, Origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/..%2frenderer-private%2fx.txt',
    '/%2fetc%2fpasswd',
    '/nothing-here.js',
    '/assets',
  ])('answers 404 to %s and leaks nothing', async (requestPath) => {
    const reply = await request(requestPath);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
  });

  // Static requests need no token and an <img> sends no Origin, so anyone who can reach the port can
  // send this; a rejected handler promise ends the `npm run web` process (unhandled rejection).
  it('answers 400 to a malformed percent-encoding instead of failing (and keeps serving)', async () => {
    const noAnswer = (error: Error) => ({ status: 0, body: error.message });
    const malformed = await request('/%E0%A4%A', { timeout: 500 }).catch(noAnswer);
    expect(malformed.status).toBe(400);
    const malformedApi = await request('/api/%E0%A4%A', {
      method: 'POST',
      headers: { 'X-Cap-Token': bridge.token },
      body: '{}',
      timeout: 500,
    }).catch(noAnswer);
    expect(malformedApi.status).toBe(400);
    expect((await request('/')).status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.address.startsWith('fe80') && address.address !== '127.0.0.1')
      .map((address) => address!.address);
    // ::1 is always tried: a server bound to every interface would answer there.
    const candidates = [...new Set(['::1', ...others])];
    for (const address of candidates) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port, timeout: 500 });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(false));
      });
      expect(connected, address).toBe(false);
    }
  });
});

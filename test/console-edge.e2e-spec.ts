import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { eventually } from '@passerelle/testing';
import { RunningConsole, startConsole } from './support/console';
import { holdConnection, parseResponses } from './support/raw-http';
import { RunningSystem, startSystem } from './support/system';

/**
 * The console's own edge, without a browser: what its proxy passes on to the APIs (a path is judged
 * by what it means, and only `/v1/` of the three APIs goes through); sessions capped per principal,
 * sign-ins limited per address and per key, and the server's own timeouts.
 */
jest.setTimeout(3 * 60_000);

/** One HTTP exchange with the console, from a given local address (127.0.0.x). */
function call(
  base: string,
  method: string,
  path: string,
  opts: { cookie?: string; body?: unknown; from?: string } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: any; text: string }> {
  const url = new URL(base);
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        // As written: Node sends the path without normalising it, as a hostile client would.
        path,
        method,
        agent: false,
        localAddress: opts.from,
        headers: {
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signs in with a key; answers the session cookie (name=value). */
async function signIn(base: string, apiKey: string, from?: string): Promise<string> {
  const r = await call(base, 'POST', '/api/session', { body: { apiKey }, from });
  if (r.status !== 201) throw new Error(`sign-in answered ${r.status}: ${r.text}`);
  const set = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
  return set[0].split(';')[0];
}

describe('console edge', () => {
  let sys: RunningSystem;
  let cons: RunningConsole;
  /** A console of its own for the limits, set low. */
  let limited: RunningConsole;

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
        { name: 'poc-a', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-b', role: 'poc', agency: 'mobility', clearance: 'restricted' },
        { name: 'poc-c', role: 'poc', agency: 'customs', clearance: 'restricted' },
      ],
      ['agency-gateway', 'intake', 'audit'],
    );
    cons = await startConsole(sys);
    limited = await startConsole(sys, {
      CONSOLE_MAX_SESSIONS: '4',
      CONSOLE_MAX_SESSIONS_PER_PRINCIPAL: '2',
      CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE: '8',
      CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE: '6',
      HTTP_HEADERS_TIMEOUT_MS: '500',
      HTTP_REQUEST_TIMEOUT_MS: '1000',
    });
  });

  afterAll(async () => {
    await limited?.close();
    await cons?.close();
    await sys?.close();
  });

  describe('proxy: normalised, then allow-listed', () => {
    it('a path that means something outside /v1 of the API is refused, and the session lives on', async () => {
      const cookie = await signIn(cons.url, sys.keys.analyst);
      for (const path of [
        '/api/intake/v1/%2e%2e/metrics',
        '/api/intake/v1/%2e%2e/health',
        '/api/intake/v1/%2E%2E/docs/json',
        '/api/audit/v1/%2e%2e/health',
        '/api/intake/v1/feeds/..%2f..%2f..%2fhealth',
      ]) {
        const r = await call(cons.url, 'GET', path, { cookie });
        expect({ path, status: r.status }).toEqual({ path, status: 404 });
        expect(r.headers['content-type']).toContain('application/problem+json');
        expect(r.text).not.toMatch(/passerelle_|"postgres"|openapi/);
      }
      expect((await call(cons.url, 'GET', '/api/intake/v1/me', { cookie })).status).toBe(200);
    });

    it('an encoded API name reaches that API, at the path it means', async () => {
      const cookie = await signIn(cons.url, sys.keys.analyst);
      const r = await call(cons.url, 'GET', '/api/%69ntake/v1/me', { cookie });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ name: 'analyst' });
      const q = await call(cons.url, 'GET', '/api/%61udit/v1/audit/checkpoints?limit=1', {
        cookie: await signIn(cons.url, sys.keys.oversight),
      });
      expect(q.status).toBe(200);
    });
  });

  describe('sessions and sign-in', () => {
    const live = async (cookie: string) => (await call(limited.url, 'GET', '/api/session', { cookie })).status === 200;

    it("a principal signing in again and again ends only its own oldest sessions, never another principal's", async () => {
      const b = await signIn(limited.url, sys.keys['poc-b'], '127.0.0.41');
      const a: string[] = [];
      // Five sign-ins of one principal into a store of four: the global cap alone would drop B's.
      for (let i = 0; i < 5; i++) a.push(await signIn(limited.url, sys.keys['poc-a'], '127.0.0.41'));
      expect(await live(b)).toBe(true);
      expect(await Promise.all(a.map(live))).toEqual([false, false, false, true, true]);
    });

    it('sign-ins from one address are limited (429 problem with Retry-After); another address is not', async () => {
      const statuses: number[] = [];
      let refusal: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 30; i++) {
        const r = await call(limited.url, 'POST', '/api/session', {
          body: { apiKey: `psl_${randomBytes(32).toString('base64url')}` },
          from: '127.0.0.42',
        });
        statuses.push(r.status);
        if (r.status === 429) refusal ??= r;
      }
      // 8 a minute: a burst of 30 spans at most two windows, so at most 16 reach the intake.
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(16);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(14);
      expect(refusal!.headers['content-type']).toContain('application/problem+json');
      expect(refusal!.body).toMatchObject({ status: 429, type: 'urn:passerelle:problem:rate-limited' });
      expect(Number(refusal!.headers['retry-after'])).toBeGreaterThan(0);
      expect((await call(limited.url, 'POST', '/api/session', { body: { apiKey: sys.keys.oversight }, from: '127.0.0.43' })).status).toBe(
        201,
      );
    });

    it('sign-ins with one key are limited wherever they come from', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        statuses.push(
          (await call(limited.url, 'POST', '/api/session', { body: { apiKey: sys.keys['poc-c'] }, from: `127.0.0.${60 + i}` })).status,
        );
      }
      // 6 a minute: at most 12 over two windows.
      expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(12);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    });

    it('a client that sends its headers and part of a body is answered 408 and its connection closed', async () => {
      const held = await holdConnection(limited.url, [
        'POST /api/session HTTP/1.1\r\nHost: console\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
        '{',
      ]);
      try {
        await eventually(async () => (held.endedByServer() ? true : undefined), {
          timeoutMs: 20_000,
          what: 'the console to close the slow connection',
        });
        expect(parseResponses(held.received()).map((r) => r.status)).toEqual([408]);
      } finally {
        held.close();
      }
    });
  });
});

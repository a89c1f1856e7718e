import { randomBytes } from 'node:crypto';
import { exampleSignal, request } from './support/http';
import { eventually } from '@passerelle/testing';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { holdConnection, parseResponses, rawExchange, requestFrom } from './support/raw-http';
import { readSse } from './support/sse';
import { RunningSystem, startSystem } from './support/system';

/**
 * The HTTP edge every app shares: header, request and keep-alive timeouts (with a server-sent
 * stream left alone), authentication before the body is read, and rate limits on every app keyed
 * by the principal — or by the client address when no key names anybody.
 */
jest.setTimeout(3 * 60_000);

const HEADERS_TIMEOUT_MS = 500;
const REQUEST_TIMEOUT_MS = 1000;
const KEEP_ALIVE_TIMEOUT_MS = 500;
/** Generous: Node checks for expired requests every quarter of the shorter timeout. */
const SLACK_MS = 2000;

describe('HTTP edge limits', () => {
  let sys: RunningSystem;

  beforeAll(async () => {
    // Read when the apps are built (this file's environment is its own).
    process.env.HTTP_HEADERS_TIMEOUT_MS = String(HEADERS_TIMEOUT_MS);
    process.env.HTTP_REQUEST_TIMEOUT_MS = String(REQUEST_TIMEOUT_MS);
    process.env.HTTP_KEEP_ALIVE_TIMEOUT_MS = String(KEEP_ALIVE_TIMEOUT_MS);
    process.env.INTAKE_RATE_LIMIT_PER_MINUTE = '20';
    process.env.AUDIT_RATE_LIMIT_PER_MINUTE = '20';
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'poc-slow', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst-stream', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      { name: 'analyst-busy', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      { name: 'analyst-calm', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      { name: 'oversight-busy', role: 'oversight', clearance: 'confidential' },
      { name: 'oversight-calm', role: 'oversight', clearance: 'confidential' },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
  });

  const gatewayUrl = () => sys.urls['agency-gateway'];
  const post = (key: string, length: number) =>
    `POST /v1/signals HTTP/1.1\r\nHost: passerelle\r\nAuthorization: Bearer ${key}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  describe('timeouts', () => {
    it('a client that sends its headers and then no body is answered 408 and disconnected within the request timeout', async () => {
      const x = await rawExchange(gatewayUrl(), [post(sys.keys['poc-slow'], 100)], { deadlineMs: 30_000 });
      expect(x.closedAfterMs).not.toBeNull();
      expect(x.closedAfterMs!).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
      const [res, ...more] = parseResponses(x.received);
      expect(more).toEqual([]);
      expect(res.status).toBe(408);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 408, type: 'urn:passerelle:problem:http-408' });
    });

    it('a client that sends its headers and part of its body, and never closes, has its socket released by the server', async () => {
      // Content-Length 1000, one byte of it, and a client that keeps its side open: answering and
      // ending the server's side is not enough, the server's socket itself must be closed.
      const server: Server = sys.apps['agency-gateway'].getHttpServer();
      const sockets: Socket[] = [];
      const track = (s: Socket) => sockets.push(s);
      server.on('connection', track);
      const held = await holdConnection(gatewayUrl(), [post(sys.keys['poc-slow'], 1000), '{']);
      try {
        const mine = await eventually(async () => sockets.find((s) => s.remotePort === held.localPort), { what: 'the server socket' });
        await eventually(async () => (mine.destroyed ? true : undefined), {
          timeoutMs: REQUEST_TIMEOUT_MS + SLACK_MS + 10_000,
          what: "the server to close the slow client's socket",
        });
        expect(parseResponses(held.received()).map((r) => r.status)).toEqual([408]);
      } finally {
        server.off('connection', track);
        held.close();
      }
    });

    it('a client that never finishes its headers is answered 408 and disconnected within the headers timeout', async () => {
      const x = await rawExchange(gatewayUrl(), ['GET /v1/feedback HTTP/1.1\r\nHost: passerelle\r\nX-Slow: '], { deadlineMs: 30_000 });
      expect(x.closedAfterMs).not.toBeNull();
      expect(x.closedAfterMs!).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
      expect(parseResponses(x.received).map((r) => r.status)).toEqual([408]);
    });

    it('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
      const x = await rawExchange(gatewayUrl(), ['GET /health HTTP/1.1\r\nHost: passerelle\r\n\r\n'], { deadlineMs: 30_000 });
      expect(parseResponses(x.received).map((r) => r.status)).toEqual([200]);
      expect(x.closedAfterMs).not.toBeNull();
      expect(x.closedAfterMs! - x.firstByteAfterMs!).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + SLACK_MS);
    });

    it('a feed stream outlives the request timeout: it still delivers after a slow client was cut off', async () => {
      let opened!: () => void;
      const open = new Promise<void>((resolve) => (opened = resolve));
      const signal = exampleSignal('minimal', `EDGE-STREAM-${Date.now().toString(36)}`);
      signal.classification = 'unclassified';
      const live = readSse(`${sys.urls.intake}/v1/feeds/ocam/stream?from=now`, {
        key: sys.keys['analyst-stream'],
        onOpen: () => opened(),
        done: (events) => events.some((e) => e.event === 'signal' && e.data.includes(signal.externalRef)),
        timeoutMs: 90_000,
      });
      await Promise.race([open, live]);
      // A connection opened after the stream is cut by the request timeout: the checker has run
      // past the stream's own age, and left the stream alone.
      const assessment = post(sys.keys['analyst-stream'], 100).replace(
        '/v1/signals',
        '/v1/signals/00000000-0000-4000-8000-000000000000/assessment',
      );
      const slow = await rawExchange(sys.urls.intake, [assessment], { deadlineMs: 30_000 });
      expect(parseResponses(slow.received).map((r) => r.status)).toEqual([408]);
      const submitted = await request(gatewayUrl(), 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: signal });
      expect(submitted.status).toBe(202);
      const { status, events } = await live;
      expect(status).toBe(200);
      expect(events.filter((e) => e.event === 'signal').map((e) => JSON.parse(e.data).signalId)).toContain(submitted.body.signalId);
    });
  });

  describe('authentication before the body', () => {
    it('a bogus key with a 2 MB body is a 401 at once, before the body is sent, with no second answer', async () => {
      // Headers announce 2 MB (under the gateway's 5 MB limit); only 64 KB ever come.
      const x = await rawExchange(
        gatewayUrl(),
        [post(`psl_${randomBytes(32).toString('base64url')}`, 2 * 1024 * 1024), 'x'.repeat(64 * 1024)],
        {
          deadlineMs: 30_000,
        },
      );
      const responses = parseResponses(x.received);
      expect(responses.map((r) => r.status)).toEqual([401]);
      expect(responses[0].headers['content-type']).toContain('application/problem+json');
      expect(responses[0].headers['www-authenticate']).toBe('Bearer');
      expect(responses[0].body).toMatchObject({ status: 401, type: 'urn:passerelle:problem:http-401' });
      // The rest of the body never came: the request timeout ends the connection, silently.
      expect(x.closedAfterMs).not.toBeNull();
    });

    it('a valid key with the same unfinished body waits for it (and is cut off by the request timeout)', async () => {
      const x = await rawExchange(gatewayUrl(), [post(sys.keys['poc-slow'], 2 * 1024 * 1024), 'x'.repeat(64 * 1024)], {
        deadlineMs: 30_000,
      });
      expect(parseResponses(x.received).map((r) => r.status)).toEqual([408]);
    });
  });

  describe('rate limits', () => {
    it('600 requests with random bogus keys from one address are limited by that address; a valid key from it keeps its own bucket', async () => {
      const from = '127.0.0.3';
      const statuses: number[] = [];
      const queue = Array.from({ length: 600 }, (_, i) => i);
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (queue.shift() !== undefined) {
            const r = await requestFrom(from, sys.urls.intake, 'GET', '/v1/feeds/ocam/signals', {
              authorization: `Bearer psl_${randomBytes(32).toString('base64url')}`,
            });
            statuses.push(r.status);
          }
        }),
      );
      const counts = statuses.reduce<Record<number, number>>((c, s) => ({ ...c, [s]: (c[s] ?? 0) + 1 }), {});
      expect(Object.keys(counts).sort()).toEqual(['401', '429']);
      // HTTP_RATE_LIMIT_PER_ADDRESS_PER_MINUTE, 120 by default.
      expect(counts[401]).toBe(120);
      const limited = await requestFrom(from, sys.urls.intake, 'GET', '/v1/feeds/ocam/signals', { authorization: 'Bearer psl_another' });
      expect(limited.status).toBe(429);
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(limited.body).toMatchObject({ status: 429, type: 'urn:passerelle:problem:rate-limited' });
      expect(limited.body.detail).toContain('for your address');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const valid = await requestFrom(from, sys.urls.intake, 'GET', '/v1/feeds/ocam/signals', {
        authorization: `Bearer ${sys.keys['analyst-calm']}`,
      });
      expect(valid.status).toBe(200);
      // Health stays exempt.
      expect((await requestFrom(from, sys.urls.intake, 'GET', '/health')).status).not.toBe(429);
    });

    for (const [app, busy, calm, path] of [
      ['intake', 'analyst-busy', 'analyst-calm', '/v1/feeds/ocam/signals'],
      ['audit', 'oversight-busy', 'oversight-calm', '/v1/audit/public-key'],
    ] as const) {
      it(`${app}: a principal past its limit gets 429; another principal does not`, async () => {
        const call = (who: string) => request(sys.urls[app], 'GET', path, { key: sys.keys[who] });
        for (let i = 0; i < 20; i++) expect((await call(busy)).status).toBe(200);
        const limited = await call(busy);
        expect(limited.status).toBe(429);
        expect(limited.body.type).toBe('urn:passerelle:problem:rate-limited');
        expect(limited.body.detail).toContain('for your principal');
        expect((await call(calm)).status).toBe(200);
      });
    }
  });
});

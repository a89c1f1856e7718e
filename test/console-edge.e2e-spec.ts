import { request as httpRequest } from 'node:http';
import { RunningConsole, startConsole } from './support/console';
import { RunningSystem, startSystem } from './support/system';

/**
 * The console's own edge, without a browser: what its proxy passes on to the APIs (a path is judged
 * by what it means, and only `/v1/` of the three APIs goes through).
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

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
      ],
      ['agency-gateway', 'intake', 'audit'],
    );
    cons = await startConsole(sys);
  });

  afterAll(async () => {
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
});

import { eventually } from '@passerelle/testing';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * One security officer alone can mint no power (issue 32, item 2): every grant of access — a new
 * principal of any role, an added feed, a raised clearance, an expiry extended or removed, a
 * watchlist mark — waits for a second officer; and no officer ever sees a key: a new key is a
 * handover in two halves, one to the officer who asked, one to the officer who approved, and only
 * the principal holding both redeems it, once. What only takes away is done by one officer.
 */
describe('officers mint no power alone and never hold a key', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let seq = 0;
  const unique = (stem: string) => `${stem}-${Date.now().toString(36)}-${seq++}`;
  /** An API key as the APIs issue them: none may appear in what an officer is answered. */
  const API_KEY = /psl_[A-Za-z0-9_-]{43}/;

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'officer-a', role: 'security-officer', clearance: 'confidential' },
        { name: 'officer-b', role: 'security-officer', clearance: 'confidential' },
        { name: 'analyst', role: 'analyst', clearance: 'restricted', clearanceExpiresAt: new Date('2030-01-01'), feeds: ['ocam'] },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      ],
      ['intake', 'audit'],
    );
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
  });
  afterAll(async () => {
    await sys?.close();
  });

  const as = (key: string) => (method: string, path: string, body?: unknown) => request(sys.urls.intake, method, path, { key, body });
  const a = (method: string, path: string, body?: unknown) => as(sys.keys['officer-a'])(method, path, body);
  const b = (method: string, path: string, body?: unknown) => as(sys.keys['officer-b'])(method, path, body);
  const redeem = (codes: unknown) => request(sys.urls.intake, 'POST', '/v1/keys/redeem', { body: { codes } });
  const row = async (id: string) =>
    (
      await sys.sql<{ clearance: string; feeds: string[]; clearance_expires_at: Date | null }>(
        `select clearance, feeds, clearance_expires_at from identity.principals where id = $1`,
        [id],
      )
    )[0];

  it('a new principal of any role waits for a second officer; each officer gets one half; the principal redeems both, once', async () => {
    for (const body of [
      { name: unique('analyst'), role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: unique('poc'), role: 'poc', agency: 'mobility', clearance: 'unclassified' },
      { name: unique('bare'), role: 'analyst', clearance: 'unclassified' },
    ]) {
      const held = await a('POST', '/v1/admin/principals', body);
      expect({ role: body.role, status: held.status }).toEqual({ role: body.role, status: 202 });
      expect(JSON.stringify(held.body)).not.toMatch(API_KEY);
      expect(await sys.sql(`select 1 from identity.principals where name = $1`, [body.name])).toEqual([]);
    }

    const name = unique('analyst');
    const held = await a('POST', '/v1/admin/principals', { name, role: 'analyst', clearance: 'confidential', feeds: ['ocam'] });
    const first = held.body.handoverCode as string;
    expect(first).toMatch(/^pslh_/);
    expect(held.body.pending).not.toHaveProperty('handoverCode');
    // The queue every officer reads never shows a half.
    expect(JSON.stringify((await b('GET', '/v1/admin/requests')).body)).not.toContain(first);

    const ok = await b('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.body).not.toHaveProperty('apiKey');
    expect(JSON.stringify(ok.body)).not.toMatch(API_KEY);
    const second = ok.body.handoverCode as string;
    expect(second).toMatch(/^pslh_/);
    expect(second).not.toBe(first);
    expect(Date.parse(ok.body.handoverExpiresAt)).toBeGreaterThan(Date.now());

    // Either half alone, or twice, opens nothing (and each miss is a denied attempt).
    expect((await redeem([first, first])).status).toBe(404);
    expect((await redeem([second, second])).status).toBe(404);
    expect((await redeem([first])).status).toBe(400);
    const got = await redeem([second, first]);
    expect(got.status).toBe(200);
    expect(got.headers.get('cache-control')).toBe('no-store');
    expect(got.body.principal).toMatchObject({ id: ok.body.principal.id, name });
    const key = got.body.apiKey as string;
    expect(key).toMatch(API_KEY);
    const me = await as(key)('GET', '/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name, clearance: 'confidential', feeds: ['ocam'] });
    // Once only.
    const again = await redeem([first, second]);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).toContain('application/problem+json');

    const denied = await eventually(
      async () => {
        const r = await sys.sql<{ n: number }>(
          `select count(*)::int as n from audit.ledger where action = 'access.denied' and details->>'endpoint' = 'POST /v1/keys/redeem'`,
        );
        return r[0].n >= 3 ? r[0].n : undefined;
      },
      { what: 'the missed redemptions in the ledger' },
    );
    expect(denied).toBeGreaterThanOrEqual(3);
    const handed = await eventually(
      async () => {
        const r = await sys.sql<{ action: string; actor: string }>(
          `select action, actor from audit.ledger where details->>'principalId' = $1 and action = 'principal.key-handed-over'`,
          [ok.body.principal.id],
        );
        return r[0];
      },
      { what: 'the redemption in the ledger' },
    );
    expect(handed.actor).toBe(`principal:${ok.body.principal.id}`);
  });

  it('a redemption with a malformed body is a 400 problem, never a 5xx (it needs no key, so it is probed here, not in the fuzz)', async () => {
    const half = `pslh_${'A'.repeat(43)}`;
    for (const body of [
      {},
      { codes: null },
      { codes: half },
      { codes: [half] },
      { codes: [half, half, half] },
      { codes: [half, 'psl_' + 'A'.repeat(43)] },
      { codes: [half, 42] },
      { codes: [half, `${half}\u0000`] },
      { codes: [half, half], extra: true },
    ]) {
      const r = await request(sys.urls.intake, 'POST', '/v1/keys/redeem', { body });
      expect({ body, status: r.status }).toEqual({ body, status: 400 });
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
    const raw = await request(sys.urls.intake, 'POST', '/v1/keys/redeem', { raw: '{"codes": [', contentType: 'application/json' });
    expect(raw.status).toBe(400);
  });

  it('feeds added, clearance raised, expiry extended or removed: held; what only takes away: done by one officer', async () => {
    const id = ids.analyst;
    const grants = [
      { feeds: ['ocam', 'police-organised-crime'] },
      { clearance: 'confidential' },
      { clearanceExpiresAt: '2031-01-01' },
      { clearanceExpiresAt: null },
    ];
    for (const patch of grants) {
      const r = await a('PATCH', `/v1/admin/principals/${id}`, patch);
      expect({ patch, status: r.status }).toEqual({ patch, status: 202 });
    }
    expect(await row(id)).toEqual({ clearance: 'restricted', feeds: ['ocam'], clearance_expires_at: new Date('2030-01-01') });
    // A grant approved by the second officer takes effect.
    const feeds = await a('PATCH', `/v1/admin/principals/${id}`, { feeds: ['ocam', 'police-organised-crime'] });
    expect((await b('POST', `/v1/admin/requests/${feeds.body.pending.id}/approve`)).status).toBe(200);
    expect((await row(id)).feeds).toEqual(['ocam', 'police-organised-crime']);
    // Taking away: at once.
    for (const patch of [{ feeds: ['ocam'] }, { clearance: 'unclassified' }, { clearanceExpiresAt: '2029-06-30' }]) {
      const r = await a('PATCH', `/v1/admin/principals/${id}`, patch);
      expect({ patch, status: r.status }).toEqual({ patch, status: 200 });
    }
    expect(await row(id)).toEqual({ clearance: 'unclassified', feeds: ['ocam'], clearance_expires_at: new Date('2029-06-30') });
  });

  it('a watchlist receiver mark waits for a second officer; unmarking does not', async () => {
    const path = `/v1/admin/watchlists/ftf/principals/${ids['poc-customs']}`;
    const held = await a('PUT', path, { capability: 'receiver' });
    expect(held.status).toBe(202);
    expect(held.body.pending).toMatchObject({ operation: 'watchlist-mark', principalId: ids['poc-customs'] });
    expect(await sys.sql(`select 1 from intake.watchlist_grants where principal_id = $1`, [ids['poc-customs']])).toEqual([]);
    expect((await a('POST', `/v1/admin/requests/${held.body.pending.id}/approve`)).status).toBe(409);
    expect((await b('POST', `/v1/admin/requests/${held.body.pending.id}/approve`)).status).toBe(200);
    expect(await sys.sql(`select capability from intake.watchlist_grants where principal_id = $1`, [ids['poc-customs']])).toEqual([
      { capability: 'receiver' },
    ]);
    expect((await a('DELETE', `${path}/receiver`)).status).toBe(200);
    expect(await sys.sql(`select 1 from intake.watchlist_grants where principal_id = $1`, [ids['poc-customs']])).toEqual([]);
  });

  it('rotating anybody’s key takes two officers and neither sees the key; a principal rotates its own', async () => {
    const old = sys.keys['poc-customs'];
    const held = await a('POST', `/v1/admin/principals/${ids['poc-customs']}/key`);
    expect(held.status).toBe(202);
    expect(JSON.stringify(held.body)).not.toMatch(API_KEY);
    expect((await as(old)('GET', '/v1/me')).status).toBe(200);
    const ok = await b('POST', `/v1/admin/requests/${held.body.pending.id}/approve`);
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.body)).not.toMatch(API_KEY);
    // The old key stops now; nobody holds the new one until the principal redeems the handover.
    expect((await as(old)('GET', '/v1/me')).status).toBe(401);
    const got = await redeem([held.body.handoverCode, ok.body.handoverCode]);
    expect(got.status).toBe(200);
    expect((await as(got.body.apiKey)('GET', '/v1/me')).body.name).toBe('poc-customs');

    // Routine rotation by the principal itself: no officer involved.
    const mine = await as(got.body.apiKey)('POST', '/v1/me/key');
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    expect((await as(got.body.apiKey)('GET', '/v1/me')).status).toBe(401);
    expect((await as(mine.body.apiKey)('GET', '/v1/me')).body.name).toBe('poc-customs');
  });

  it('a key request filed without a handover (before the upgrade) answers 409 stale on approval and creates nothing', async () => {
    const name = unique('legacy');
    const [{ id }] = await sys.sql<{ id: string }>(
      `insert into identity.principal_requests (operation, target_id, payload, reason, requested_by, expires_at)
       values ('create', gen_random_uuid(), $1, 'legacy', $2, now() + interval '1 hour') returning id`,
      [JSON.stringify({ name, role: 'analyst', clearance: 'restricted', agency: null, feeds: [] }), ids['officer-a']],
    );
    const r = await b('POST', `/v1/admin/requests/${id}/approve`);
    expect(r.status).toBe(409);
    expect(r.body.type).toBe('urn:passerelle:problem:principal-request-stale');
    expect(await sys.sql(`select 1 from identity.principals where name = $1`, [name])).toEqual([]);
  });

  it('a handover lapses unredeemed, and a later one for the same principal voids an earlier', async () => {
    const first = await a('POST', `/v1/admin/principals/${ids.analyst}/key`);
    const firstOk = await b('POST', `/v1/admin/requests/${first.body.pending.id}/approve`);
    const second = await a('POST', `/v1/admin/principals/${ids.analyst}/key`);
    const secondOk = await b('POST', `/v1/admin/requests/${second.body.pending.id}/approve`);
    expect(secondOk.status).toBe(200);
    expect((await redeem([first.body.handoverCode, firstOk.body.handoverCode])).status).toBe(404);
    await sys.sql(`update identity.key_handovers set expires_at = now() - interval '1 second' where request_id = $1`, [
      second.body.pending.id,
    ]);
    expect((await redeem([second.body.handoverCode, secondOk.body.handoverCode])).status).toBe(404);
  });
});

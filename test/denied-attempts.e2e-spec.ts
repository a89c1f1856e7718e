import { addressDigest } from '@passerelle/security';
import { eventually, readTopic } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { requestFrom } from './support/raw-http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Every refused attempt leaves a trace in the ledger — 401, 403 and 404 on any protected resource
 * of any app, with who (the principal, or a digest of the address), the route, the id and the
 * reason — and a flood leaves a bounded number of entries. Reads of statistics and of principals
 * are recorded like reads of content; the ledger never holds an analyst's question.
 */
jest.setTimeout(3 * 60_000);

const PER_WINDOW = 5;
const WINDOW_MS = 2000;

interface Entry {
  seq: string;
  actor: string;
  action: string;
  signal_id: string | null;
  source_topic: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- details are asserted field by field
  details: any;
}

describe('denied attempts and other reads in the ledger', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  let confidential: string;

  const ledger = (where: string, params: unknown[] = []) =>
    sys.sql<Entry>(
      `select seq::text, actor, action, signal_id, source_topic, details from audit.ledger where ${where} order by seq`,
      params,
    );

  /** The ledger entries matching, once there are at least `n` of them. */
  const entries = (what: string, where: string, params: unknown[] = [], n = 1) =>
    eventually(
      async () => {
        const rows = await ledger(where, params);
        return rows.length >= n ? rows : undefined;
      },
      { what, timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    process.env.DENIED_ATTEMPTS_RECORDED_PER_WINDOW = String(PER_WINDOW);
    process.env.DENIED_ATTEMPTS_WINDOW_MS = String(WINDOW_MS);
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'confidential' },
      { name: 'analyst-confidential', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'analyst-restricted', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'restricted' },
      { name: 'officer', role: 'security-officer', clearance: 'confidential' },
    ]);
    for (const r of await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`)) ids[r.name] = r.id;
    const signal = exampleSignal('subject-person', `DENIED-CONF-${Date.now().toString(36)}`);
    signal.classification = 'confidential';
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body: signal });
    expect(r.status).toBe(202);
    confidential = r.body.signalId;
    await eventually(
      async () => ((await sys.sql(`select 1 from intake.signals where signal_id = $1`, [confidential])).length ? true : undefined),
      { what: 'the confidential signal in the intake', timeoutMs: 60_000 },
    );
  });

  afterAll(async () => {
    await sys?.close();
  });

  it('a 404 to a restricted analyst probing a confidential signal: principal, route, id, reason, in the signal’s trail', async () => {
    const r = await request(sys.urls.intake, 'GET', `/v1/signals/${confidential}`, { key: sys.keys['analyst-restricted'] });
    expect(r.status).toBe(404);
    const [e] = await entries('the probe in the ledger', `action = 'access.denied' and actor = $1`, [
      `principal:${ids['analyst-restricted']}`,
    ]);
    expect(e.signal_id).toBe(confidential);
    expect(e.details).toEqual({
      endpoint: 'GET /v1/signals/{id}',
      status: 404,
      reason: 'not-found',
      source: `principal:${ids['analyst-restricted']}`,
      resourceId: confidential,
      role: 'analyst',
      principalName: 'analyst-restricted',
    });
    // Oversight finds it by action, and in the signal's trail.
    const found = await request(
      sys.urls.audit,
      'GET',
      `/v1/audit/events?action=access.denied&actor=principal:${ids['analyst-restricted']}`,
      {
        key: sys.keys.oversight,
      },
    );
    expect(found.status).toBe(200);
    expect(found.body.entries.map((x: { details: { reason: string } }) => x.details.reason)).toEqual(['not-found']);
    const trail = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${confidential}/trail`, { key: sys.keys.oversight });
    expect(trail.body.entries.map((x: { action: string }) => x.action)).toContain('access.denied');
  });

  it('a 401 with a bogus key: the address as a digest, never the key', async () => {
    const bogus = `psl_bogus${Date.now()}`;
    const r = await requestFrom('127.0.0.4', sys.urls.intake, 'GET', `/v1/signals/${confidential}`, { authorization: `Bearer ${bogus}` });
    expect(r.status).toBe(401);
    const [e] = await entries('the 401 in the ledger', `action = 'access.denied' and actor = $1`, [
      `address:${addressDigest('127.0.0.4')}`,
    ]);
    expect(e.details).toEqual({
      endpoint: 'GET /v1/signals/{id}',
      status: 401,
      reason: 'unknown-key',
      source: `address:${addressDigest('127.0.0.4')}`,
      resourceId: confidential,
    });
    const everything = JSON.stringify(await ledger('true'));
    expect(everything).not.toContain(bogus);
    expect(everything).not.toContain('127.0.0.4');
  });

  it('a 403 for a wrong role, on each app: the intake and the gateway through access.recorded.v1, the audit directly', async () => {
    const poc = `principal:${ids['poc-customs']}`;
    const analyst = `principal:${ids['analyst-confidential']}`;
    expect((await request(sys.urls.intake, 'GET', '/v1/stats?agency=immigration', { key: sys.keys['poc-customs'] })).status).toBe(403);
    expect((await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback', { key: sys.keys['analyst-confidential'] })).status).toBe(403);
    expect((await request(sys.urls.audit, 'GET', '/v1/audit/events', { key: sys.keys['analyst-confidential'] })).status).toBe(403);
    const rows = await entries('three 403s in the ledger', `action = 'access.denied' and actor = any($1::text[])`, [[poc, analyst]], 3);
    const seen = rows.map((e) => [
      e.actor,
      e.details.endpoint,
      e.details.status,
      e.details.reason,
      e.source_topic.replace(/^.*?access/, 'access'),
    ]);
    expect(seen).toEqual(
      expect.arrayContaining([
        [poc, 'GET /v1/stats', 403, 'role', 'access.recorded.v1'],
        [analyst, 'GET /v1/feedback', 403, 'role', 'access.recorded.v1'],
        [analyst, 'GET /v1/audit/events', 403, 'role', 'audit.http'],
      ]),
    );
    // No query value (the agency asked about) reaches the ledger.
    expect(rows.every((e) => !JSON.stringify(e.details).includes('immigration'))).toBe(true);
  });

  it('a flood of refused attempts leaves a bounded number of entries, the rest counted per source and window', async () => {
    const from = '127.0.0.5';
    const source = `address:${addressDigest(from)}`;
    const n = 60;
    for (let i = 0; i < n; i++) {
      const r = await requestFrom(from, sys.urls.intake, 'GET', '/v1/feeds/ocam/signals', { authorization: `Bearer psl_flood${i}` });
      expect(r.status).toBe(401);
    }
    // Once the windows have ended, the one-by-one entries and the counts add up to every attempt.
    const rows = await eventually(
      async () => {
        const r = await ledger(`action = 'access.denied' and actor = $1`, [source]);
        return r.reduce((sum, e) => sum + (e.details.count ?? 1), 0) === n ? r : undefined;
      },
      { what: `${n} attempts accounted for in the ledger`, timeoutMs: 60_000 },
    );
    const single = rows.filter((e) => e.details.count === undefined);
    const counted = rows.filter((e) => e.details.count !== undefined);
    const windows = new Set(counted.map((e) => e.details.windowStart)).size;
    expect(counted.length).toBeGreaterThan(0);
    expect(single.length).toBeLessThanOrEqual(PER_WINDOW * (windows + 1));
    expect(rows.length).toBeLessThan(n / 2);
    expect(counted[0].details).toMatchObject({
      source,
      byStatus: { 401: expect.any(Number) },
      byEndpoint: { 'GET /v1/feeds/{feed}/signals': expect.any(Number) },
    });
  });

  it('reads of statistics and of principals are recorded like reads of content', async () => {
    expect((await request(sys.urls.intake, 'GET', '/v1/stats', { key: sys.keys.oversight })).status).toBe(200);
    expect((await request(sys.urls.intake, 'GET', '/v1/admin/principals', { key: sys.keys.officer })).status).toBe(200);
    const one = await request(sys.urls.intake, 'GET', `/v1/admin/principals/${ids['analyst-restricted']}`, { key: sys.keys.officer });
    expect(one.status).toBe(200);
    const records = await eventually(
      async () => {
        const rs = (await readTopic(`${sys.topicPrefix}access.recorded.v1`))
          .map((r) => JSON.parse(r.value ?? '{}'))
          .filter((r) => r.outcome === 'read');
        return rs.length >= 3 ? rs : undefined;
      },
      { what: 'three access records' },
    );
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ principalId: ids.oversight, role: 'oversight', endpoint: 'GET /v1/stats' }),
        expect.objectContaining({ principalId: ids.officer, role: 'security-officer', endpoint: 'GET /v1/admin/principals' }),
        expect.objectContaining({
          principalId: ids.officer,
          endpoint: 'GET /v1/admin/principals/{id}',
          resourceId: ids['analyst-restricted'],
        }),
      ]),
    );
    const rows = await entries(
      'the reads in the ledger',
      `action = 'access.recorded' and actor = any($1::text[])`,
      [[`principal:${ids.oversight}`, `principal:${ids.officer}`]],
      3,
    );
    expect(rows.map((e) => e.details.endpoint).sort()).toEqual([
      'GET /v1/admin/principals',
      'GET /v1/admin/principals/{id}',
      'GET /v1/stats',
    ]);
    // A refused read of statistics is a denied attempt, not a read.
    expect((await request(sys.urls.intake, 'GET', '/v1/stats', { key: sys.keys.officer })).status).toBe(403);
  });

  it('oversight never reads an analyst’s question on a signal above its clearance: the ledger keeps its digest only', async () => {
    const question = 'Which border crossing did the subject use, and when?';
    const r = await request(sys.urls.intake, 'POST', `/v1/signals/${confidential}/assessment`, {
      key: sys.keys['analyst-confidential'],
      body: { outcome: 'more-information-requested', note: question, version: 0 },
    });
    expect(r.status).toBe(201);
    const [e] = await entries('the assessment feedback in the ledger', `action = 'feedback.assessed' and signal_id = $1`, [confidential]);
    expect(e.details).toMatchObject({ outcome: 'more-information-requested', questionDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(e.details.question).toBeUndefined();
    const trail = await request(sys.urls.audit, 'GET', `/v1/audit/signals/${confidential}/trail`, { key: sys.keys.oversight });
    expect(trail.status).toBe(200);
    expect(JSON.stringify(trail.body)).not.toContain('border crossing');
    // The source agency still gets the question.
    const inbox = await eventually(
      async () => {
        const f = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback', { key: sys.keys['poc-customs'] });
        return f.body.items?.find((i: { status: string }) => i.status === 'assessed');
      },
      { what: 'the question in the agency’s inbox' },
    );
    expect(inbox.detail.question).toBe(question);
  });
});

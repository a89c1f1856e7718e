import { randomUUID } from 'node:crypto';
import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs } from '@passerelle/testing';
import { ClearanceFinding } from '../apps/audit/src/reviews/clearance-review.builder';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

jest.setTimeout(5 * 60_000);

/**
 * The monthly clearance review (issue 29, item 3) against the real intake and audit: the review of
 * November finds exactly the principals whose clearance expires within the window, that read nothing
 * for 90 days, or that are cleared above anything they read; lowering (one officer) and extending
 * (two officers, at the intake) show in the review from the ledger; every finding decided, the
 * review is signed off into the ledger and oversight sees the month done.
 */
describe('the monthly clearance review', () => {
  let sys: RunningSystem;
  const ids: Record<string, string> = {};
  const FROM = '2026-11-01';
  const TO = '2026-11-30';
  const soon = new Date(Date.now() + 20 * 86_400_000).toISOString();

  const as = (who: string, app: 'audit' | 'intake') => (method: string, path: string, body?: unknown) =>
    request(sys.urls[app], method, path, { key: sys.keys[who], body });
  const review = async (who = 'officer-customs') => {
    const r = await as(who, 'audit')('GET', `/v1/reviews/clearance?from=${FROM}&to=${TO}`);
    expect(r.status).toBe(200);
    return r.body as { anomalies: ClearanceFinding[]; digest: string; open: number };
  };
  const found = (f: ClearanceFinding[]) => f.map((x) => `${x.principalName} ${x.kind}`).sort();

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'officer-customs', role: 'security-officer', agency: 'customs', clearance: 'confidential' },
        { name: 'officer-ocam', role: 'security-officer', clearance: 'confidential' },
        { name: 'officer-mobility', role: 'security-officer', agency: 'mobility', clearance: 'restricted' },
        { name: 'oversight', role: 'oversight', clearance: 'confidential' },
        { name: 'poc-expiring', role: 'poc', agency: 'customs', clearance: 'restricted', clearanceExpiresAt: new Date(soon) },
        { name: 'poc-idle', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-over', role: 'poc', agency: 'customs', clearance: 'confidential' },
        { name: 'poc-lowered', role: 'poc', agency: 'customs', clearance: 'confidential' },
        { name: 'poc-ok', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
      ],
      ['intake', 'audit'],
    );
    for (const r of await sys.sql<{ id: string; name: string }>(`select id, name from identity.principals`)) ids[r.name] = r.id;
    await sys.sql(
      `update identity.principals set created_at = '2026-01-10T09:00:00Z' where agency in ('customs', 'mobility') and role = 'poc'`,
    );

    const read = (who: string, at: string, classifications: string[]) => ({
      eventId: randomUUID(),
      occurredAt: at,
      principalId: ids[who],
      principalName: who,
      role: 'poc',
      endpoint: 'GET /v1/signals/{id}/status',
      outcome: 'read',
      signalIds: [randomUUID()],
      agencies: ['customs'],
      classifications,
    });
    const records = [
      read('poc-idle', '2026-06-01T10:00:00.000Z', ['restricted']),
      read('poc-over', '2026-10-15T10:00:00.000Z', ['restricted', 'unclassified']),
      read('poc-over', '2026-11-10T10:00:00.000Z', ['restricted']),
      read('poc-lowered', '2026-11-05T10:00:00.000Z', ['unclassified']),
      read('poc-ok', '2026-11-10T10:00:00.000Z', ['restricted']),
      read('poc-expiring', '2026-11-12T10:00:00.000Z', ['restricted']),
      // Mobility's idle principal is mobility's review, not customs'.
      read('poc-mobility', '2026-05-01T10:00:00.000Z', ['restricted']),
    ];
    const topic = topicNames(sys.topicPrefix).accessRecorded;
    await produceAs(
      'admin',
      topic,
      records.map((r) => ({
        key: r.principalId,
        value: JSON.stringify(r),
        headers: { 'ce-id': r.eventId, 'content-type': 'application/json' },
      })),
    );
    await eventually(
      async () => {
        const [row] = await sys.sql<{ n: number }>(`select count(*)::int as n from audit.ledger where source_topic = $1`, [topic]);
        return row.n >= records.length ? row : undefined;
      },
      { what: 'the planted reads in the ledger' },
    );
  });
  afterAll(async () => {
    await sys?.close();
  });

  it('finds exactly the expiring, the unused and the cleared-above-use principals of the agency', async () => {
    const r = await review();
    expect(found(r.anomalies)).toEqual([
      'poc-expiring clearance-expiring',
      'poc-idle unused',
      'poc-lowered above-use',
      'poc-over above-use',
    ]);
    const byName = Object.fromEntries(r.anomalies.map((f) => [f.principalName, f]));
    expect(byName['poc-over']).toMatchObject({ clearance: 'confidential', highestRead: 'restricted', readsInWindow: 2 });
    expect(byName['poc-idle']).toMatchObject({ lastReadAt: '2026-06-01T10:00:00.000000Z', readsInWindow: 0 });
    expect(r.open).toBe(4);
    const csv = await as('officer-customs', 'audit')('GET', `/v1/reviews/clearance?from=${FROM}&to=${TO}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((csv.body as string).split('\r\n').filter((l) => l.startsWith('finding,'))).toHaveLength(4);
    // Another agency's officer: 403, recorded as a denied attempt.
    const foreign = await as('officer-mobility', 'audit')('GET', `/v1/reviews/clearance?agency=customs&from=${FROM}&to=${TO}`);
    expect(foreign.status).toBe(403);
    await eventually(
      async () =>
        (
          await sys.sql(`select 1 from audit.ledger where action = 'access.denied' and actor = $1 and details ->> 'endpoint' = $2`, [
            `principal:${ids['officer-mobility']}`,
            'GET /v1/reviews/clearance',
          ])
        )[0],
      { what: 'the refused clearance review in the ledger' },
    );
    expect(found((await review('officer-mobility')).anomalies)).toEqual(['poc-mobility unused']);
  });

  it('lower at once, extend with a second officer: the review shows the requests and drops what was resolved', async () => {
    const intake = as('officer-customs', 'intake');
    expect((await intake('PATCH', `/v1/admin/principals/${ids['poc-lowered']}`, { clearance: 'unclassified' })).status).toBe(200);
    const held = await intake('PATCH', `/v1/admin/principals/${ids['poc-expiring']}`, { clearanceExpiresAt: '2027-11-30T00:00:00Z' });
    expect(held.status).toBe(202);
    // The request is on the finding, from the ledger, before it is approved.
    const pending = await eventually(
      async () => {
        const f = (await review()).anomalies.find((x) => x.principalName === 'poc-expiring');
        return f?.changes.some((c) => c.action === 'principal.change-requested') ? f : undefined;
      },
      { what: 'the extension request on the finding' },
    );
    expect(pending.changes[0].by).toBe(`principal:${ids['officer-customs']}`);
    expect(found((await review()).anomalies)).toEqual(['poc-expiring clearance-expiring', 'poc-idle unused', 'poc-over above-use']);
    expect((await as('officer-ocam', 'intake')('POST', `/v1/admin/requests/${held.body.pending.id}/approve`)).status).toBe(200);
    expect(found((await review()).anomalies)).toEqual(['poc-idle unused', 'poc-over above-use']);
  });

  it('each finding decided, then signed off into the ledger; oversight sees November done', async () => {
    const audit = as('officer-customs', 'audit');
    const r = await review();
    const open = await audit('POST', '/v1/reviews/clearance/sign-off', { from: FROM, to: TO, digest: r.digest });
    expect(open.status).toBe(409);
    expect(open.body.type).toBe('urn:passerelle:problem:review-open-anomalies');
    const idle = r.anomalies.find((f) => f.kind === 'unused')!;
    // A clearance decision, not an access-review mark.
    expect((await audit('POST', '/v1/reviews/clearance/marks', { from: FROM, to: TO, anomalyId: idle.id, mark: 'explained' })).status).toBe(
      400,
    );
    for (const f of r.anomalies) {
      const m = await audit('POST', '/v1/reviews/clearance/marks', {
        from: FROM,
        to: TO,
        anomalyId: f.id,
        mark: f.kind === 'unused' ? 'revoked' : 'kept',
      });
      expect(m.status).toBe(201);
    }
    const marked = await review();
    expect(marked.open).toBe(0);
    const signed = await audit('POST', '/v1/reviews/clearance/sign-off', { from: FROM, to: TO, digest: marked.digest });
    expect(signed.status).toBe(201);
    const [entry] = await sys.sql<{ actor: string; details: Record<string, unknown> }>(
      `select actor, details from audit.ledger where action = 'review.signed-off'`,
    );
    expect(entry.actor).toBe(`principal:${ids['officer-customs']}`);
    expect(entry.details).toMatchObject({ review: 'clearance', scope: 'customs', from: FROM, to: TO, digest: marked.digest, anomalies: 2 });
    expect((await audit('POST', '/v1/reviews/clearance/sign-off', { from: FROM, to: TO, digest: marked.digest })).status).toBe(409);

    const list = await request(sys.urls.audit, 'GET', '/v1/audit/reviews?kind=clearance&scope=customs&since=2026-09-01', {
      key: sys.keys.oversight,
    });
    expect(list.status).toBe(200);
    const months = (list.body.reviews as { from: string; status: string }[]).filter((x) => x.from <= FROM);
    expect(months.map((x) => `${x.from} ${x.status}`)).toEqual(['2026-09-01 late', '2026-10-01 late', '2026-11-01 done']);
  });
});

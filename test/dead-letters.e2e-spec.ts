import { randomUUID } from 'node:crypto';
import { topicNames } from '@passerelle/contracts';
import { metricsToken } from '@passerelle/http';
import { eventually, readTopic, testKafka } from '@passerelle/testing';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * A malformed event on an internal topic — even from a principal allowed to write there (a bug, a
 * bad deploy, a compromised service) — is checked against its contract by the consuming transport
 * before any handler: it goes to the service's dead-letter topic with its reason, is recorded in the
 * ledger as such, and the genuine events behind it on the same partition are delivered once.
 * Reported: a feed event whose signalId is not a UUID, and a routed or feedback event with
 * `occurredAt: "1"`, blocked their partitions forever.
 */
describe('dead letters: malformed internal events never block a partition', () => {
  let sys: RunningSystem;
  let t: ReturnType<typeof topicNames>;
  /** A genuine feed event, as the router wrote it, and its key. */
  let feedTemplate: Record<string, unknown>;
  let feedKey: string;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    t = topicNames(sys.topicPrefix);
    const body = { ...exampleSignal('subject-person', `DLQ-TEMPLATE-${Date.now()}`), summary: 'Template for the dead-letter test' };
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body });
    expect(r.status).toBe(202);
    const [record] = await eventually(
      async () => {
        const rs = (await readTopic(t.feed('ocam'))).filter((x) => JSON.parse(x.value ?? '{}').signalId === r.body.signalId);
        return rs.length ? rs : undefined;
      },
      { what: 'the template signal on feeds.ocam.v2', timeoutMs: 60000 },
    );
    // The router seals the content with the signal's data key, bound to its event: messages made up
    // here carry it in clear (FeedSignalEvent), which the intake's contract check judges as before.
    const { sealed, ...facts } = JSON.parse(record.value!);
    expect(sealed).toMatchObject({ alg: 'A256GCM' });
    feedTemplate = { ...facts, signal: body };
    feedKey = record.key!;
  });
  afterAll(async () => {
    await sys?.close();
  });

  async function produce(topic: string, key: string, values: (string | Record<string, unknown>)[]): Promise<void> {
    const producer = testKafka('dead-letter-test').producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      // One partition (same key): the genuine event is behind the bad ones.
      await producer.send({
        topic,
        acks: -1,
        // The ce-id is the payload's event id, as Passerelle's producers write it.
        messages: values.map((v) => ({
          key,
          value: typeof v === 'string' ? v : JSON.stringify(v),
          headers: { 'ce-id': typeof v === 'string' ? randomUUID() : String(v.eventId) },
        })),
      });
    } finally {
      await producer.disconnect();
    }
  }

  const deadLetters = async (service: string) =>
    (await readTopic(t.deadLetters(service))).map(
      (r) => JSON.parse(r.value!) as { sourceTopic: string; reasons: { path: string; reason: string }[] },
    );

  it('feeds: a non-UUID signal id, a feed contradicting the topic and garbage are set aside; the genuine event behind them is stored', async () => {
    const genuineId = randomUUID();
    await produce(t.feed('ocam'), feedKey, [
      { ...feedTemplate, eventId: randomUUID(), signalId: 'not-a-uuid' },
      { ...feedTemplate, eventId: randomUUID(), signalId: randomUUID(), feed: 'police-organised-crime' },
      '{"half": ',
      { ...feedTemplate, eventId: randomUUID(), signalId: genuineId, occurredAt: new Date().toISOString() },
    ]);
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from intake.signals where signal_id = $1`, [genuineId]);
        return rows.length === 1 ? rows : undefined;
      },
      { what: 'the genuine feed event behind three bad ones in the intake', timeoutMs: 60000 },
    );
    const dead = await eventually(
      async () => {
        const d = (await deadLetters('intake')).filter((x) => x.sourceTopic === t.feed('ocam'));
        return d.length >= 3 ? d : undefined;
      },
      { what: 'three dead letters from feeds.ocam.v2' },
    );
    const paths = dead.flatMap((d) => d.reasons.map((r) => r.path));
    expect(paths).toEqual(expect.arrayContaining(['signalId', 'feed', '']));
  });

  it('routed and feedback events with a date Postgres refuses are set aside; those behind them are recorded', async () => {
    const routedTemplate = await eventually(
      async () => {
        const rs = await readTopic(t.routed);
        return rs.length ? (JSON.parse(rs[0].value!) as Record<string, unknown>) : undefined;
      },
      { what: 'a routed event' },
    );
    const goodRouted = randomUUID();
    await produce(t.routed, 'dlq-routed', [
      { ...routedTemplate, eventId: randomUUID(), occurredAt: '1' },
      { ...routedTemplate, eventId: goodRouted },
    ]);
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from intake.flow where event_id = $1`, [goodRouted]);
        return rows.length ? rows : undefined;
      },
      { what: 'the routed event behind the bad one in the flow figures', timeoutMs: 60000 },
    );

    const signalId = feedTemplate.signalId as string;
    const notice = { eventId: randomUUID(), signalId, traceId: 'ab'.repeat(16), agency: 'customs', status: 'routed', detail: {} };
    const goodNotice = randomUUID();
    await produce(t.feedback('customs'), signalId, [
      { ...notice, occurredAt: '1' },
      { ...notice, eventId: goodNotice, occurredAt: new Date().toISOString() },
    ]);
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from gateway.feedback where event_id = $1`, [goodNotice]);
        return rows.length ? rows : undefined;
      },
      { what: 'the notice behind the bad one in the customs inbox', timeoutMs: 60000 },
    );
    expect((await deadLetters('intake')).some((d) => d.sourceTopic === t.routed && d.reasons.some((r) => r.path === 'occurredAt'))).toBe(
      true,
    );
    expect(
      (await deadLetters('gateway')).some((d) => d.sourceTopic === t.feedback('customs') && d.reasons.some((r) => r.path === 'occurredAt')),
    ).toBe(true);
  });

  it('every dead letter is in the ledger, without the message, and the ledger verifies', async () => {
    const rows = await eventually(
      async () => {
        const rs = await sys.sql<{ actor: string; details: { sourceTopic: string; reasons: unknown[]; value?: unknown } }>(
          `select actor, details from audit.ledger where action = 'message.dead-lettered'`,
        );
        return rs.length >= 5 ? rs : undefined;
      },
      { what: 'five dead letters in the ledger' },
    );
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['service:intake', 'service:gateway']));
    for (const r of rows) {
      expect(r.details.reasons.length).toBeGreaterThan(0);
      expect(r.details).not.toHaveProperty('value');
    }
    const verify = await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight });
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('GET /metrics counts the dead letters, and shows lag, batch and HTTP timings, outbox backlog', async () => {
    const metric = (text: string, name: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith(name))
        .map((l) => [l.slice(0, l.lastIndexOf(' ')), Number(l.slice(l.lastIndexOf(' ') + 1))] as const);
    // The scrape credential: none, or a wrong one, is a 401 problem that shows nothing.
    for (const headers of [
      {} as Record<string, string>,
      { authorization: `Bearer ${'0'.repeat(64)}` },
      { authorization: `Bearer ${sys.keys.oversight}` },
    ]) {
      const refused = await fetch(`${sys.urls.intake}/metrics`, { headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(await refused.text()).not.toContain('passerelle_');
    }
    const scrape = { headers: { authorization: `Bearer ${metricsToken()}` } };
    const intake = await fetch(`${sys.urls.intake}/metrics`, scrape);
    expect(intake.status).toBe(200);
    expect(intake.headers.get('content-type')).toContain('text/plain');
    const text = await intake.text();
    expect(Object.fromEntries(metric(text, 'passerelle_dead_letters_total'))).toEqual({
      'passerelle_dead_letters_total{consumer="intake"}': 3,
      'passerelle_dead_letters_total{consumer="intake-flow"}': 1,
    });
    expect(metric(text, 'passerelle_consumer_lag{consumer="intake",topic="' + t.feed('ocam') + '"').length).toBeGreaterThan(0);
    expect(metric(text, 'passerelle_consumer_batch_seconds_count{consumer="intake"}')[0][1]).toBeGreaterThan(0);
    expect(metric(text, 'passerelle_outbox_rows{state="parked"}')).toEqual([['passerelle_outbox_rows{state="parked"}', 0]]);
    const gateway = await (await fetch(`${sys.urls['agency-gateway']}/metrics`, scrape)).text();
    expect(Object.fromEntries(metric(gateway, 'passerelle_dead_letters_total'))).toEqual({
      'passerelle_dead_letters_total{consumer="gateway-feedback"}': 1,
    });
    expect(metric(gateway, 'passerelle_http_request_seconds_count{route="POST /v1/signals",status="202"}')[0][1]).toBeGreaterThan(0);
  });
});

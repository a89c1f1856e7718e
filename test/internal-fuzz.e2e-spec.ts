import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { topicNames } from '@passerelle/contracts';
import { KafkaService } from '@passerelle/messaging';
import { eventually, readTopic, testKafka } from '@passerelle/testing';
import { jsonish, mutated, nastyString } from './support/fuzz';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Generated hostile payloads on every internal topic, produced with the operator's credential (as a
 * compromised or buggy service could), interleaved with valid events: no partition is ever blocked
 * (every consumer group reaches the end of every partition), every valid event has its effect once,
 * and the ledger verifies. Fixed seed, as the HTTP fuzz test (FUZZ_SEED replays another).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const PER_ROUND = 500;

jest.setTimeout(10 * 60_000);

describe('fuzzing the internal topics', () => {
  let sys: RunningSystem;
  let t: ReturnType<typeof topicNames>;
  const templates: Record<string, () => Record<string, unknown>> = {};
  /** Valid events sent, by where their effect shows. */
  const valid = { feed: [] as string[], routed: [] as string[], feedback: [] as string[], access: [] as string[] };

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
    t = topicNames(sys.topicPrefix);
    const body = { ...exampleSignal('subject-person', `INTERNAL-FUZZ-${SEED}`), summary: 'Template for the internal-topic fuzz' };
    const r = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body });
    expect(r.status).toBe(202);
    const signalId = r.body.signalId as string;
    const find = async (topic: string) =>
      eventually(
        async () => {
          const rs = (await readTopic(topic)).map((x) => JSON.parse(x.value ?? '{}')).filter((x) => x.signalId === signalId);
          return rs.length ? (rs[0] as Record<string, unknown>) : undefined;
        },
        { what: `the template event on ${topic}`, timeoutMs: 60000 },
      );
    const [sealedFeed, routed, feedback] = await Promise.all([find(t.feed('ocam')), find(t.routed), find(t.feedback('customs'))]);
    // The router's feed message holds the content sealed, bound to its event id: the fuzz's events
    // (new ids) carry it in clear, as the intake's contract check still judges such a message.
    const { sealed: _sealed, ...facts } = sealedFeed;
    const feed = { ...facts, signal: body };
    const access = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      principalId: randomUUID(),
      principalName: 'analyst',
      role: 'analyst',
      endpoint: 'GET /v1/signals/{id}',
      signalId,
      agency: 'customs',
      traceId: 'ab'.repeat(16),
    };
    const principal = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      principalId: randomUUID(),
      principalName: 'fuzzed',
      change: 'updated',
      changedBy: randomUUID(),
      attributes: { role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      traceId: 'cd'.repeat(16),
    };
    for (const [k, v] of Object.entries({ feed, routed, feedback, access, principal })) templates[k] = () => structuredClone(v);
  });
  afterAll(async () => {
    await sys?.close();
  });

  const topicOf = (kind: string) =>
    ({
      feed: t.feed('ocam'),
      routed: t.routed,
      feedback: t.feedback('customs'),
      access: t.accessRecorded,
      principal: t.principalsChanged,
    })[kind]!;

  it('hostile payloads on feeds, routed, feedback, access and principal topics block nothing; valid ones interleaved take effect once', async () => {
    const kinds = ['feed', 'routed', 'feedback', 'access', 'principal'] as const;
    const hostile = fc
      .constantFrom(...kinds)
      .chain((kind) =>
        fc
          .oneof(
            { weight: 6, arbitrary: mutated(templates[kind]).map((doc) => JSON.stringify(doc)) },
            { weight: 1, arbitrary: jsonish.map((v) => JSON.stringify(v) ?? 'null') },
            { weight: 1, arbitrary: nastyString },
            { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a).toString('latin1')) },
          )
          .map((value) => ({ kind, value })),
      );
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: PER_ROUND, maxLength: PER_ROUND }), async (bad) => {
        const messages: { topic: string; key: string; value: string; ceId: string }[] = [];
        bad.forEach((b, i) => {
          messages.push({ topic: topicOf(b.kind), key: `k${i % 7}`, value: b.value, ceId: randomUUID() });
          if (i % 6 === 5) {
            // A valid event of every kind that has an effect to check, on the same keys (partitions).
            const feed = { ...templates.feed(), eventId: randomUUID(), signalId: randomUUID() };
            const routed = { ...templates.routed(), eventId: randomUUID() };
            const feedback = { ...templates.feedback(), eventId: randomUUID() };
            const access = { ...templates.access(), eventId: randomUUID() };
            valid.feed.push(feed.signalId as string);
            valid.routed.push(routed.eventId as string);
            valid.feedback.push(feedback.eventId as string);
            valid.access.push(access.eventId as string);
            for (const [kind, doc] of [
              ['feed', feed],
              ['routed', routed],
              ['feedback', feedback],
              ['access', access],
            ] as const) {
              messages.push({ topic: topicOf(kind), key: `k${i % 7}`, value: JSON.stringify(doc), ceId: doc.eventId as string });
            }
          }
        });
        const producer = testKafka('internal-fuzz').producer({ idempotent: true, maxInFlightRequests: 1 });
        await producer.connect();
        try {
          for (const m of messages) {
            await producer.send({ topic: m.topic, acks: -1, messages: [{ key: m.key, value: m.value, headers: { 'ce-id': m.ceId } }] });
          }
        } finally {
          await producer.disconnect();
        }
      }),
      { seed: SEED, numRuns: 3, endOnFailure: true },
    );

    // Nothing is stuck: every consumer of every app reaches the end of every partition.
    await eventually(
      async () => {
        const lag = (await Promise.all(Object.values(sys.apps).map((a) => a.get(KafkaService).lag()))).flat();
        const behind = lag.filter((l) => l.lag > 0);
        if (behind.length)
          throw new Error(`behind: ${behind.map((l) => `${l.consumer} ${l.topic}/${l.partition} lag ${l.lag}`).join(', ')}`);
        return true;
      },
      { what: 'every consumer at the end of every partition', timeoutMs: 180000, intervalMs: 1000 },
    );
    const counts = async (sql: string, ids: string[]) =>
      (await sys.sql<{ id: string; n: string }>(sql, [ids])).reduce((m, r) => m.set(r.id, Number(r.n)), new Map<string, number>());
    const once = (ids: string[], m: Map<string, number>) => ids.filter((id) => m.get(id) !== 1);
    expect(
      once(
        valid.feed,
        await counts(
          `select signal_id::text as id, count(*) as n from intake.signals where signal_id = any($1::uuid[]) group by 1`,
          valid.feed,
        ),
      ),
    ).toEqual([]);
    expect(
      once(
        valid.routed,
        await counts(`select event_id as id, count(*) as n from intake.flow where event_id = any($1) group by 1`, valid.routed),
      ),
    ).toEqual([]);
    expect(
      once(
        valid.feedback,
        await counts(`select event_id as id, count(*) as n from gateway.feedback where event_id = any($1) group by 1`, valid.feedback),
      ),
    ).toEqual([]);
    expect(
      once(
        valid.access,
        await counts(`select event_id as id, count(*) as n from audit.ledger where event_id = any($1) group by 1`, valid.access),
      ),
    ).toEqual([]);
    const verify = await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight });
    expect(verify.body).toMatchObject({ ok: true });
    for (const app of ['agency-gateway', 'router', 'intake', 'audit']) {
      expect({ app, status: (await fetch(`${sys.urls[app]}/health`)).status }).toEqual({ app, status: 200 });
    }
  });
});

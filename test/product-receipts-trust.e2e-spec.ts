import { randomUUID } from 'node:crypto';
import { topicNames } from '@passerelle/contracts';
import { eventually, produceAs, readTopic, unretriedKafkaAs } from '@passerelle/testing';
import { request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * Who may claim an agency's acknowledgement of a product (attack review, issue 24). The intake filed
 * `products.<agency>.acknowledged.v1` receipts with whatever `principalId` they named. An agency's own
 * Kafka user cannot write that topic at all (ACLs: only the gateway's user may); the gateway's user
 * may write every agency's, so the intake now checks that the principal is a point of contact of the
 * topic's agency: a receipt naming another agency's POC, or nobody, is dead-lettered with its reason,
 * and a genuine receipt behind it on the same partition is filed.
 */
jest.setTimeout(3 * 60_000);

describe("product receipts name a POC of the topic's agency", () => {
  let sys: RunningSystem;
  let t: ReturnType<typeof topicNames>;
  let ids: Record<string, string>;
  let productId: string;
  let traceId: string;

  beforeAll(async () => {
    sys = await startSystem(
      [
        { name: 'analyst', role: 'analyst', clearance: 'secret', feeds: ['ocam'] },
        { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
        { name: 'poc-mobility', role: 'poc', agency: 'mobility', clearance: 'restricted' },
        { name: 'analyst-2', role: 'analyst', clearance: 'restricted', feeds: ['ocam'] },
      ],
      ['intake', 'audit'],
    );
    t = topicNames(sys.topicPrefix);
    const rows = await sys.sql<{ id: string; name: string }>(`select id::text, name from identity.principals`);
    ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    const r = await request(sys.urls.intake, 'POST', '/v1/products', {
      key: sys.keys.analyst,
      body: {
        kind: 'bulletin',
        title: 'Bulletin: port controls',
        body: 'Heightened vigilance at the ports.',
        categories: ['terrorism'],
        competences: ['maritime', 'ports'],
        regions: ['poe-port-zeebrugge'],
        level: 2,
        classification: 'restricted',
        handling: 'H2',
        legalBasis: 'ocam-law-2006-art-10',
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.decisions).toEqual(expect.arrayContaining([expect.objectContaining({ agency: 'customs', decision: 'sent' })]));
    productId = r.body.productId;
    const [row] = await sys.sql<{ trace_id: string }>(`select trace_id from intake.products where id = $1`, [productId]);
    traceId = row?.trace_id ?? 'a'.repeat(32);
  });
  afterAll(async () => {
    await sys?.close();
  });

  const receipt = (step: string, principalId: string) => ({
    key: productId,
    value: JSON.stringify({
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      productId,
      traceId,
      agency: 'customs',
      step,
      principalId,
    }),
  });

  it("an agency's own Kafka user cannot write its receipts topic", async () => {
    const producer = unretriedKafkaAs('agency-customs', 'receipts-forger').producer({
      retry: { retries: 0 },
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: t.productReceipts('customs'), acks: -1, messages: [receipt('acknowledged', ids['poc-customs'])] }),
      ).rejects.toThrow(/Topic authorization failed|Not authorized/);
    } finally {
      await producer.disconnect();
    }
  });

  it("a receipt naming another agency's POC, an analyst or nobody is dead-lettered; the genuine one behind it is filed", async () => {
    // As the gateway's user (the one allowed to write it), one partition (same key), genuine last.
    await produceAs('gateway', t.productReceipts('customs'), [
      receipt('acknowledged', ids['poc-mobility']),
      receipt('acknowledged', ids['analyst-2']),
      receipt('acknowledged', randomUUID()),
      receipt('read', ids['poc-mobility']),
      receipt('acknowledged', ids['poc-customs']),
    ]);
    const filed = await eventually(
      async () => {
        const rows = await sys.sql<{ step: string; principal_id: string }>(
          `select step, principal_id::text from intake.product_receipts where product_id = $1 order by step`,
          [productId],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the genuine acknowledgement filed', timeoutMs: 60_000 },
    );
    expect(filed).toEqual([{ step: 'acknowledged', principal_id: ids['poc-customs'] }]);

    const letters = await eventually(
      async () => {
        const all = (await readTopic(t.deadLetters('intake')))
          .map((r) => JSON.parse(r.value!) as { sourceTopic: string; consumer: string; reasons: { path: string; reason: string }[] })
          .filter((d) => d.sourceTopic === t.productReceipts('customs'));
        return all.length >= 4 ? all : undefined;
      },
      { what: 'four dead letters of forged receipts', timeoutMs: 60_000 },
    );
    expect(letters).toHaveLength(4);
    for (const d of letters) {
      expect(d.consumer).toBe('intake-products');
      expect(d.reasons).toEqual([{ path: 'principalId', reason: 'principal-not-of-agency' }]);
    }
  });
});

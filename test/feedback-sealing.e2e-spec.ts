import { topicNames } from '@passerelle/contracts';
import { IncomingMessage, sealedOpener } from '@passerelle/messaging';
import { DataKeyReader, WrappedDataKey } from '@passerelle/crypto';
import { eventually, produceAs, readTopic, testKafka } from '@passerelle/testing';
import { randomBytes } from 'node:crypto';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * An analyst's question to the source agency travels on `feedback.<agency>.v2` sealed with the
 * signal's data key (issue 32, item 5). On the real stack: an analyst asks a question about a
 * customs signal (submitted through the gateway, or by customs' own Kafka client: then the gateway
 * holds no copy of the signal, only the notices in the inbox); customs' own Kafka user, reading its feedback topic raw from the beginning, sees
 * the facts (status, outcome code, a keyed digest) but no text of the question; the POC's inbox in
 * the gateway shows the question. The signal is erased by two officers: the data key is gone, so the
 * message still on Kafka cannot be opened any more (a replay of it is dead-lettered by the gateway,
 * `sealed-key-destroyed`, and filed in no inbox), and the inbox no longer shows the question.
 */
describe("an analyst's feedback sealed on Kafka, shredded by erasure", () => {
  let sys: RunningSystem;
  const MARK = `Fq${randomBytes(6).toString('hex')}`;
  const QUESTION = `Which border crossing did ${MARK} use, and at what time?`;

  beforeAll(async () => {
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'analyst', role: 'analyst', clearance: 'confidential', feeds: ['ocam'] },
      { name: 'officer-a', role: 'security-officer', clearance: 'confidential' },
      { name: 'officer-b', role: 'security-officer', clearance: 'confidential' },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
  });

  /** Customs' feedback topic read raw, from the beginning, as customs' own Kafka user (in a group it may use). */
  const readAsCustoms = () =>
    readTopic(
      topicNames(sys.topicPrefix).feedback('customs'),
      testKafka('feedback-probe', 'agency-customs'),
      `${sys.topicPrefix}agency-customs.probe-${randomBytes(4).toString('hex')}`,
    );

  /** What the gateway's consumer does to open sealed feedback: the signal's data key from Postgres, if it still exists. */
  const keysInPostgres: DataKeyReader = {
    loadWrapped: async (ids) => {
      const rows = await sys.sql<{ signal_id: string; wrapped: Buffer; kek_id: string }>(
        `select signal_id::text, wrapped, kek_id from keys.data_keys where signal_id = any($1::uuid[])`,
        [ids],
      );
      return new Map<string, WrappedDataKey>(rows.map((r) => [r.signal_id, { wrapped: r.wrapped, kekId: r.kek_id }]));
    },
  };
  const tryOpen = async (topic: string, value: string): Promise<string> => {
    const [r] = await sealedOpener(
      keysInPostgres,
      undefined,
      'detail',
    )([{ topic, partition: 0, offset: '0', key: null, value: Buffer.from(value), headers: {}, timestamp: '0' }]);
    return Array.isArray(r) ? `refused: ${r.map((e) => e.code).join(',')}` : (r as IncomingMessage).value!.toString('utf8');
  };

  const inbox = async (): Promise<{ signalId: string; status: string; detail: Record<string, unknown> }[]> => {
    const r = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback?order=desc&limit=500', { key: sys.keys['poc-customs'] });
    expect(r.status).toBe(200);
    return r.body.items;
  };

  /** Submits through the gateway (HTTP) or as customs' own Kafka client; returns the signal id once the router holds it. */
  const submit = async (via: 'gateway' | 'kafka'): Promise<string> => {
    const ref = `FQ-${via}-${randomBytes(4).toString('hex')}`;
    const body = exampleSignal('subject-person', ref);
    if (via === 'gateway') {
      const accepted = await request(sys.urls['agency-gateway'], 'POST', '/v1/signals', { key: sys.keys['poc-customs'], body });
      expect(accepted.status).toBe(202);
      return accepted.body.signalId;
    }
    await produceAs('agency-customs', topicNames(sys.topicPrefix).submitted('customs'), [
      { key: ref, value: JSON.stringify(body), headers: { 'ce-id': `fq-${randomBytes(6).toString('hex')}` } },
    ]);
    const [{ signal_id: id }] = await eventually(
      async () => {
        const rows = await sys.sql<{ signal_id: string }>(
          `select signal_id from router.signals where agency = 'customs' and external_ref = $1`,
          [ref],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the direct submission routed', timeoutMs: 60000 },
    );
    return id;
  };

  it.each(['gateway', 'kafka'] as const)(
    "carries the question sealed for the agency's Kafka user, shows it in the inbox, and shreds both on erasure (submitted through %s)",
    async (via) => {
      const topic = topicNames(sys.topicPrefix).feedback('customs');
      const id = await submit(via);
      const read = await eventually(
        async () => {
          const r = await request(sys.urls.intake, 'GET', `/v1/signals/${id}`, { key: sys.keys.analyst });
          return r.status === 200 ? r : undefined;
        },
        { what: 'the signal in the intake', timeoutMs: 60000 },
      );
      const asked = await request(sys.urls.intake, 'POST', `/v1/signals/${id}/assessment`, {
        key: sys.keys.analyst,
        body: { outcome: 'more-information-requested', note: QUESTION, version: read.body.version },
      });
      expect(asked.status).toBe(201);

      // Customs' own Kafka client: the assessment notice is there, its facts in clear, the question not.
      const notice = await eventually(
        async () =>
          (await readAsCustoms()).find((m) => {
            const p = JSON.parse(m.value ?? '{}');
            return p.signalId === id && p.status === 'assessed';
          }),
        { what: "the assessment notice on customs' feedback topic", timeoutMs: 60000 },
      );
      const raw = `${notice.key ?? ''} ${notice.value ?? ''} ${JSON.stringify(notice.headers)}`;
      expect(raw).not.toContain(MARK);
      expect(raw).not.toContain('border crossing');
      const payload = JSON.parse(notice.value!);
      expect(payload).toMatchObject({
        signalId: id,
        agency: 'customs',
        status: 'assessed',
        detail: { outcome: 'more-information-requested', questionDigest: expect.stringMatching(/^[0-9a-f]{64}$/) },
        sealed: { alg: 'A256GCM', keyId: id },
      });
      expect(Object.keys(payload.detail).sort()).toEqual(['outcome', 'questionDigest']);
      // The question is in the sealed content, for whoever holds the signal's key (the gateway).
      expect(JSON.parse(await tryOpen(topic, notice.value!)).detail).toMatchObject({ question: QUESTION });

      // The POC's inbox shows the question.
      const shown = await eventually(async () => (await inbox()).find((n) => n.signalId === id && n.status === 'assessed'), {
        what: 'the question in the inbox',
      });
      expect(shown.detail).toMatchObject({ outcome: 'more-information-requested', question: QUESTION });

      // Erasure on two officers' decision.
      const requested = await request(sys.urls.intake, 'POST', '/v1/admin/erasures', {
        key: sys.keys['officer-a'],
        body: { signalId: id, reason: 'wrongly-reported-person' },
      });
      expect(requested.status).toBe(201);
      const approved = await request(sys.urls.intake, 'POST', `/v1/admin/erasures/${requested.body.id}/approve`, {
        key: sys.keys['officer-b'],
      });
      expect(approved.status).toBe(200);

      // The message is still on Kafka, and nobody can open it: the key is gone.
      expect(await sys.sql(`select 1 from keys.data_keys where signal_id = $1`, [id])).toEqual([]);
      const after = (await readAsCustoms()).find((m) => m.value === notice.value);
      expect(after).toBeDefined();
      expect(await tryOpen(topic, after!.value!)).toBe('refused: sealed-key-destroyed');

      // The inbox no longer shows it (the gateway's erasure removes the notices about the signal).
      await eventually(
        async () => {
          const items = await inbox();
          return items.some((n) => n.signalId === id) || JSON.stringify(items).includes(MARK) ? undefined : true;
        },
        { what: 'the question gone from the inbox' },
      );
      expect(JSON.stringify(await sys.sql(`select * from gateway.feedback`))).not.toContain(MARK);
      expect(JSON.stringify(await sys.sql(`select * from gateway.signal_status`))).not.toContain(MARK);

      // The same message delivered to the gateway again (a replay, a consumer reset) cannot be opened:
      // dead-lettered as it came, sealed, and filed in no inbox.
      const producer = testKafka('feedback-replay', 'intake').producer();
      await producer.connect();
      try {
        await producer.send({
          topic,
          messages: [{ key: notice.key, value: notice.value, headers: { ...notice.headers, 'ce-id': `${payload.eventId}-replay` } }],
        });
      } finally {
        await producer.disconnect();
      }
      const dead = await eventually(
        async () =>
          (await readTopic(`${sys.topicPrefix}deadletters.gateway.v1`))
            .map((m) => JSON.parse(m.value ?? '{}'))
            .find(
              (d) =>
                d.sourceTopic === topic &&
                d.reasons?.some((r: { reason: string }) => r.reason === 'sealed-key-destroyed') &&
                Buffer.from(d.value, 'base64').toString('utf8').includes(id),
            ),
        { what: 'the replayed notice dead-lettered by the gateway (sealed-key-destroyed)' },
      );
      expect(Buffer.from(dead.value, 'base64').toString('utf8')).not.toContain(MARK);
      expect((await inbox()).some((n) => n.signalId === id)).toBe(false);
    },
  );
});

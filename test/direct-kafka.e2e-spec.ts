import { eventually, kafkaConnectionAs, KafkaMessage, produceAs, readTopic, testProducer } from '@passerelle/testing';
import { provisionKafka } from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { exampleSignal, request } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * An agency producing straight onto its topic with a plain Kafka client: the router applies the
 * same contract as the gateway, rejects bad messages with reasons, and keeps the partition flowing.
 */
describe('direct Kafka submissions', () => {
  let sys: RunningSystem;
  /** The customs agency's own system, as its Kafka user: it may write only its submission topic. */
  const asCustoms = (topic: string, messages: KafkaMessage[]) => produceAs('agency-customs', topic, messages, 'agency-customs-system');
  /** The operator, for what no agency may do (other agencies' topics, a new agency). */
  const asOperator = (topic: string, messages: KafkaMessage[]) => produceAs('admin', topic, messages, 'operator');

  beforeAll(async () => {
    process.env.KAFKA_TOPIC_REFRESH_MS = '500';
    sys = await startSystem([
      { name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' },
      { name: 'oversight', role: 'oversight', clearance: 'confidential' },
    ]);
  });

  afterAll(async () => {
    await sys?.close();
    delete process.env.KAFKA_TOPIC_REFRESH_MS;
  });

  /** The refs in the intake that start with `prefix`, sorted, once there are at least `n`. */
  const refsInIntake = (prefix: string, n: number, what: string) =>
    eventually(
      async () => {
        const rows = await sys.sql<{ ref: string }>(
          `select payload->>'externalRef' as ref from intake.signals where payload->>'externalRef' like $1 order by 1`,
          [`${prefix}%`],
        );
        return rows.length >= n ? rows.map((r) => r.ref) : undefined;
      },
      { what },
    );

  it('routes valid messages behind garbage and contract violations on the same partition, and explains each rejection', async () => {
    const topic = `${sys.topicPrefix}signals.customs.submitted.v1`;
    const good1 = exampleSignal('subject-vessel', 'DIRECT-OK-1');
    const good2 = exampleSignal('subject-person', 'DIRECT-OK-2');
    const badContract = exampleSignal('subject-iban', 'DIRECT-BAD-IBAN');
    badContract.subjects[0].iban = 'BE00096123456769';
    const otherAgency = {
      eventId: '5d0c2b1a-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
      occurredAt: new Date().toISOString(),
      signalId: '6f1c2f3e-8d7b-4c1a-9f2e-1a2b3c4d5e6f',
      traceId: 'ab'.repeat(16),
      agency: 'mobility',
      signal: exampleSignal('minimal', 'DIRECT-WRONG-AGENCY'),
    };
    // One key, one partition: every message queues behind the previous one.
    await asCustoms(topic, [
      { key: 'k', value: Buffer.from([0xde, 0xad, 0xbe, 0xef]) },
      { key: 'k', value: '{"externalRef": "half' },
      { key: 'k', value: JSON.stringify(good1) },
      { key: 'k', value: JSON.stringify(badContract) },
      { key: 'k', value: JSON.stringify(otherAgency) },
      { key: 'k', value: JSON.stringify(good2) },
    ]);

    const stored = await eventually(
      async () => {
        const rows = await sys.sql<{ ref: string }>(`select payload->>'externalRef' as ref from intake.signals where agency = 'customs'`);
        return rows.length >= 2 ? rows.map((r) => r.ref).sort() : undefined;
      },
      { what: 'both valid direct signals in the intake' },
    );
    expect(stored).toEqual(['DIRECT-OK-1', 'DIRECT-OK-2']);

    const rejected = await eventually(
      async () => {
        const rs = (await readTopic(`${sys.topicPrefix}signals.rejected.v1`)).map((r) => JSON.parse(r.value ?? '{}'));
        return rs.length >= 4 ? rs : undefined;
      },
      { what: 'four rejections' },
    );
    const reasons = rejected.map((r) => r.reasons.map((x: { path: string; reason: string }) => `${x.path}: ${x.reason}`).join('; '));
    expect(reasons).toEqual(
      expect.arrayContaining([
        // Field paths and codes: a refused value is the sender's text and travels nowhere.
        ': not-utf8',
        ': not-json',
        'subjects[0].iban: is-iban',
        'agency: contradicts-topic',
      ]),
    );
    expect(rejected.every((r) => r.agency === 'customs' && r.topic === topic)).toBe(true);

    // The agency hears about its rejections in its feedback inbox, with the reasons.
    const inbox = await eventually(
      async () => {
        const r = await request(sys.urls['agency-gateway'], 'GET', '/v1/feedback?limit=100', { key: sys.keys['poc-customs'] });
        const rej = r.body.items.filter((i: { status: string }) => i.status === 'rejected');
        return rej.length >= 4 ? rej : undefined;
      },
      { what: 'rejections in the feedback inbox' },
    );
    expect(inbox.some((i: { detail: { externalRef?: string } }) => i.detail.externalRef === 'DIRECT-BAD-IBAN')).toBe(true);

    // The same ref produced again is recognised, not routed twice.
    await asCustoms(topic, [{ key: 'k', value: JSON.stringify(good1) }]);
    const verdicts = await eventually(
      async () => {
        const rs = (await readTopic(`${sys.topicPrefix}signals.routed.v1`)).map((r) => JSON.parse(r.value ?? '{}'));
        // A send retried by the router may put an event on the log twice: one event, one verdict.
        const mine = [...new Map(rs.filter((r) => r.agency === 'customs').map((r) => [r.eventId, r])).values()];
        return mine.some((r) => r.verdict === 'duplicate-ref') ? mine.map((r) => r.verdict) : undefined;
      },
      { what: 'routing verdict of the repeat' },
    );
    expect(verdicts.filter((v: string) => v === 'new')).toHaveLength(2);
    expect(verdicts).toContain('duplicate-ref');
    const [{ n }] = await sys.sql<{ n: string }>(`select count(*) as n from intake.signals where payload->>'externalRef' = 'DIRECT-OK-1'`);
    expect(Number(n)).toBe(1);
  });

  it('routes two signals whose long ce-ids share their first 100 characters (neither is taken for a redelivery)', async () => {
    const topic = `${sys.topicPrefix}signals.customs.submitted.v1`;
    const prefix = 'agency-side-event-id/'.padEnd(100, 'x');
    await asCustoms(
      topic,
      ['LONG-CE-ID-1', 'LONG-CE-ID-2'].map((ref, i) => ({
        key: ref,
        value: JSON.stringify({ ...exampleSignal('subject-vehicle', ref), summary: `Observation number ${i} of a vehicle` }),
        headers: { 'ce-id': `${prefix}-${i}` },
      })),
    );
    const stored = await refsInIntake('LONG-CE-ID-', 2, 'both signals in the intake');
    expect(stored).toEqual(['LONG-CE-ID-1', 'LONG-CE-ID-2']);
  });

  it("an agency's ce-ids are its own: two agencies numbering their events alike lose nothing, and each has its trail", async () => {
    // CloudEvents ids are unique per source only; two agencies' clients may both count from 1.
    for (const agency of ['customs', 'mobility']) {
      const ref = `SAME-CE-ID-${agency}`;
      await asOperator(`${sys.topicPrefix}signals.${agency}.submitted.v1`, [
        {
          key: ref,
          value: JSON.stringify({ ...exampleSignal('subject-vehicle', ref), summary: `Observation of a vehicle by ${agency}` }),
          headers: { 'ce-id': 'event-1' },
        },
      ]);
    }
    const stored = await refsInIntake('SAME-CE-ID-', 2, "both agencies' signals in the intake");
    expect(stored).toEqual(['SAME-CE-ID-customs', 'SAME-CE-ID-mobility']);
    // Both submissions are in the ledger, each under its agency.
    const submitted = await eventually(
      async () => {
        const rows = await sys.sql<{ agency: string }>(
          `select agency from audit.ledger where action = 'signal.submitted' and signal_id = any($1::text[]) order by 1`,
          [['customs', 'mobility'].map((a) => derivedId('signal', a, `SAME-CE-ID-${a}`))],
        );
        return rows.length >= 2 ? rows.map((r) => r.agency) : undefined;
      },
      { what: 'both submissions in the ledger' },
    );
    expect(submitted).toEqual(['customs', 'mobility']);
  });

  it('picks up the topics of a new agency without a restart', async () => {
    // An operator provisions a new agency while everything runs: its submission and feedback topics,
    // and the ACLs that let the services use them (what `kafka.sh add-agency` does).
    const submitted = `${sys.topicPrefix}signals.state-security.submitted.v1`;
    const feedback = `${sys.topicPrefix}feedback.state-security.v2`;
    await provisionKafka(kafkaConnectionAs('admin'), { prefix: sys.topicPrefix, agencies: ['state-security'] });

    await asOperator(submitted, [{ key: 'NEW-AGENCY-1', value: JSON.stringify(exampleSignal('subject-person', 'NEW-AGENCY-1')) }]);

    const stored = await eventually(
      async () => {
        const rows = await sys.sql<{ ref: string }>(
          `select payload->>'externalRef' as ref from intake.signals where agency = 'state-security'`,
        );
        return rows.length > 0 ? rows.map((r) => r.ref) : undefined;
      },
      { what: 'the signal of the new agency in the intake', timeoutMs: 60000 },
    );
    expect(stored).toEqual(['NEW-AGENCY-1']);
    // Its feedback reaches the agency's own topic; the audit ledger picked the new topics up too.
    const notices = await eventually(
      async () => {
        const rs = (await readTopic(feedback)).map((r) => JSON.parse(r.value ?? '{}'));
        return rs.some((r) => r.status === 'delivered') ? rs : undefined;
      },
      { what: 'feedback to the new agency' },
    );
    expect(notices.map((n) => n.status)).toEqual(expect.arrayContaining(['routed', 'delivered']));
    await eventually(
      async () => {
        const rows = await sys.sql(`select 1 from audit.ledger where source_topic = $1`, [submitted]);
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'the new topic in the audit ledger' },
    );
  });

  it('half an emoji cannot break the ledger: an agency field cut inside a surrogate pair, and raw lone surrogates, still verify', async () => {
    // The audit keeps at most 40 characters of a claimed agency: 39 letters and an emoji put the cut
    // inside the emoji's surrogate pair (reported: from then on verify said hash-mismatch, forever).
    const topic = `${sys.topicPrefix}signals.customs.submitted.v1`;
    const producer = await testProducer('agency-customs-system', 'agency-customs');
    const emoji = { ...exampleSignal('minimal', 'EMOJI-AGENCY'), agency: `${'a'.repeat(39)}😀` };
    const lone = `{"externalRef":"LONE-SURROGATE","agency":"\\ud83d","summary":"\\ude00 \\u0000"}`;
    await producer.send({
      topic,
      messages: [
        { key: 'EMOJI-AGENCY', value: JSON.stringify(emoji) },
        { key: 'LONE', value: lone },
      ],
    });
    // A valid signal behind them on the topic: the partition moves on.
    await producer.send({ topic, messages: [{ key: 'AFTER-EMOJI', value: JSON.stringify(exampleSignal('subject-iban', 'AFTER-EMOJI')) }] });
    await producer.disconnect();
    await refsInIntake('AFTER-EMOJI', 1, 'the valid signal behind the emoji');
    const [entry] = await eventually(
      async () => {
        // Recorded under the topic's agency; a claim naming no known agency is kept as that fact only.
        const rows = await sys.sql<{ agency: string; claimed: string }>(
          `select agency, details->>'claimedAgency' as claimed from audit.ledger
            where source_topic = $1 and details->>'claimedAgency' = 'other-agency'`,
          [topic],
        );
        return rows.length ? rows : undefined;
      },
      { what: 'the emoji submission in the ledger' },
    );
    expect(entry.agency).toBe('customs');
    expect(entry.claimed).toBe('other-agency');
    const verify = await request(sys.urls.audit, 'GET', '/v1/audit/verify', { key: sys.keys.oversight });
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true });
    const checkpoint = await request(sys.urls.audit, 'POST', '/v1/audit/checkpoints', { key: sys.keys.oversight });
    expect(checkpoint.status).toBe(201);
    const exported = await request(sys.urls.audit, 'GET', '/v1/audit/export', { key: sys.keys.oversight });
    expect(exported.status).toBe(200);
  });
});

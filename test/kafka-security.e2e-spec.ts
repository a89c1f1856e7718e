import { spawn } from 'node:child_process';
import { topicNames } from '@passerelle/contracts';
import { describeUserQuotas, kafkaClient, KafkaService, loadAclFile, loadQuotaFile } from '@passerelle/messaging';
import {
  anonymousKafka,
  eventually,
  kafkaConnectionAs,
  kafkaCredentials,
  KafkaClient,
  produceAs,
  testKafka,
  topicAcl,
  topicConfigResource,
  unretriedKafkaAs,
  withTestAdmin,
} from '@passerelle/testing';
import { exampleSignal } from './support/http';
import { RunningSystem, startSystem } from './support/system';

/**
 * The broker is a trust boundary (infra/kafka/kafka.sh, infra/kafka/acls.json): no client without
 * credentials, an agency's user writes only its submission topic and reads only its feedback, each
 * service writes only what it produces, and nobody but the operator administers the cluster. Every
 * refusal is checked against the real broker, with the topic's end offsets read back so that a
 * refusal that still wrote something would fail.
 */
describe('Kafka: authentication and least privilege', () => {
  let sys: RunningSystem;
  let t: ReturnType<typeof topicNames>;
  /**
   * Error codes the broker answered that kafkajs logs and then replaces by a vaguer error (a refused
   * FindCoordinator becomes "Failed to find group coordinator").
   */
  const logged: string[] = [];
  /** A client as `user` that does not retry: a refusal shows at once. */
  const as = (user: string, clientId = `kafka-security-${user}`) => unretriedKafkaAs(user, clientId, (type) => logged.push(type));

  beforeAll(async () => {
    sys = await startSystem([{ name: 'poc-customs', role: 'poc', agency: 'customs', clearance: 'restricted' }]);
    t = topicNames(sys.topicPrefix);
  });
  afterAll(async () => {
    await sys?.close();
  });

  /** Sum of the end offsets of a topic's partitions, read by the operator. */
  async function endOf(topic: string): Promise<bigint> {
    const offsets = await withTestAdmin((admin) => admin.fetchTopicOffsets(topic), testKafka('kafka-security-offsets'));
    return offsets.reduce((n, o) => n + BigInt(o.high), 0n);
  }

  /** The broker's error code, wherever kafkajs put it in its chain of wrapped errors. */
  function errorOf(e: unknown): string {
    const seen: string[] = [];
    for (let x = e as { type?: string; name?: string; message?: string; cause?: unknown; originalError?: unknown } | undefined; x;) {
      if (x.type) return x.type;
      seen.push(`${x.name}: ${x.message}`);
      x = (x.cause ?? x.originalError) as typeof x;
    }
    return seen.join(' <- ');
  }

  /** Tries to write one message; resolves to the broker's error type, or 'written'. */
  async function tryWrite(kafka: KafkaClient, topic: string): Promise<string> {
    const producer = kafka.producer({ retry: { retries: 0 }, allowAutoTopicCreation: false });
    try {
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ key: 'forged', value: JSON.stringify({ forged: true }) }] });
      return 'written';
    } catch (e) {
      return errorOf(e);
    } finally {
      await producer.disconnect().catch(() => undefined);
    }
  }

  /** Tries to read a topic in a group; resolves to the error type, or 'read' once a message arrives. */
  async function tryRead(kafka: KafkaClient, topic: string, group: string): Promise<string> {
    logged.length = 0;
    const outcome = await readOnce(kafka, topic, group);
    return outcome.includes('Failed to find group coordinator') && logged.length ? logged[logged.length - 1] : outcome;
  }

  async function readOnce(kafka: KafkaClient, topic: string, group: string): Promise<string> {
    const consumer = kafka.consumer({ groupId: group, retry: { retries: 0, restartOnFailure: async () => false } });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      return await new Promise<string>((resolve) => {
        consumer.on(consumer.events.CRASH, (e) => resolve(errorOf(e.payload.error)));
        const timer = setTimeout(() => resolve('nothing read in 30 s'), 30000);
        consumer
          .run({
            eachMessage: async () => {
              clearTimeout(timer);
              resolve('read');
            },
          })
          .catch((e: unknown) => resolve(errorOf(e)));
      });
    } catch (e) {
      return errorOf(e);
    } finally {
      await consumer.disconnect().catch(() => undefined);
    }
  }

  it('refuses a client without credentials, and one with a wrong password', async () => {
    // The one place a client is made without SASL: the point is that the broker turns it away.
    const anonymous = anonymousKafka('anonymous');
    const before = await endOf(t.submitted('immigration'));
    const admin = anonymous.admin();
    await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    await admin.disconnect().catch(() => undefined);
    expect(await tryWrite(anonymous, t.submitted('immigration'))).not.toBe('written');

    const wrong = kafkaConnectionAs('agency-immigration');
    const impostor = kafkaClient({ ...wrong, auth: { ...wrong.auth, password: `${wrong.auth.password}x` } }, 'impostor', {
      retry: { retries: 0 },
    });
    expect(await tryWrite(impostor, t.submitted('immigration'))).toMatch(/SASL|Authentication/i);
    expect(await endOf(t.submitted('immigration'))).toBe(before);
  });

  it("an agency's user writes its own submission topic and no other topic", async () => {
    const customs = as('agency-customs');
    const own = await endOf(t.submitted('customs'));
    expect(await tryWrite(customs, t.submitted('customs'))).toBe('written');
    expect(await endOf(t.submitted('customs'))).toBe(own + 1n);

    const forbidden = [
      t.submitted('mobility'),
      t.submitted('immigration'),
      t.feed('ocam'),
      t.feed('police-organised-crime'),
      t.routed,
      t.rejected,
      t.accessRecorded,
      t.principalsChanged,
      t.feedback('customs'),
      t.feedback('mobility'),
    ];
    for (const topic of forbidden) {
      const before = await endOf(topic);
      expect({ topic, result: await tryWrite(customs, topic) }).toEqual({ topic, result: 'TOPIC_AUTHORIZATION_FAILED' });
      expect({ topic, end: await endOf(topic) }).toEqual({ topic, end: before });
    }
  });

  it("an agency's user reads only its own feedback topic, in consumer groups of its own", async () => {
    // Something to read on the agency's feedback topic, put there by the operator.
    await produceAs('admin', t.feedback('customs'), [{ key: 'k', value: '{"notice":"test"}' }], 'kafka-security-operator');

    const customs = as('agency-customs');
    expect(await tryRead(customs, t.feedback('customs'), `${sys.topicPrefix}agency-customs.inbox`)).toBe('read');
    // Its own topic, but a group outside its prefix (another agency's, or a service's).
    expect(await tryRead(customs, t.feedback('customs'), `${sys.topicPrefix}agency-mobility.inbox`)).toBe('GROUP_AUTHORIZATION_FAILED');
    expect(await tryRead(customs, t.feedback('customs'), `${sys.topicPrefix}passerelle.gateway-feedback`)).toBe(
      'GROUP_AUTHORIZATION_FAILED',
    );
    for (const topic of [
      t.feedback('mobility'),
      t.submitted('customs'),
      t.submitted('mobility'),
      t.feed('ocam'),
      t.routed,
      t.rejected,
      t.accessRecorded,
      t.principalsChanged,
    ]) {
      expect({ topic, result: await tryRead(customs, topic, `${sys.topicPrefix}agency-customs.probe`) }).toEqual({
        topic,
        result: 'TOPIC_AUTHORIZATION_FAILED',
      });
    }
  });

  it("an agency's user cannot delete records, alter configs, create or delete topics, or touch ACLs", async () => {
    const admin = as('agency-customs').admin();
    await admin.connect();
    try {
      const own = t.submitted('customs');
      const refusals = await Promise.all(
        [
          admin.deleteTopicRecords({ topic: own, partitions: [{ partition: 0, offset: '-1' }] }),
          admin.alterConfigs({
            validateOnly: false,
            resources: [{ ...topicConfigResource(own), configEntries: [{ name: 'retention.ms', value: '1' }] }],
          }),
          admin.createTopics({ topics: [{ topic: `${sys.topicPrefix}signals.customs2.submitted.v1` }] }),
          admin.deleteTopics({ topics: [own] }),
          admin.createAcls({ acl: [topicAcl(t.routed, 'User:agency-customs', 'WRITE', 'ALLOW')] }),
        ].map((p) =>
          p.then(
            () => 'done',
            (e: { type?: string; name: string; message: string }) => e.type ?? e.message,
          ),
        ),
      );
      for (const r of refusals) expect(r).not.toBe('done');
      // alterConfigs reports the refusal inside its answer, not as an exception.
      expect(refusals.join(' ')).toMatch(/AUTHORIZATION_FAILED/);
    } finally {
      await admin.disconnect();
    }
    const admin2 = testKafka('kafka-security-check').admin();
    await admin2.connect();
    try {
      const topics = await admin2.listTopics();
      expect(topics).toContain(t.submitted('customs'));
      expect(topics).not.toContain(`${sys.topicPrefix}signals.customs2.submitted.v1`);
      const [{ configEntries }] = (
        await admin2.describeConfigs({
          includeSynonyms: false,
          resources: [{ ...topicConfigResource(t.submitted('customs')), configNames: ['retention.ms'] }],
        })
      ).resources;
      expect(configEntries[0].configValue).not.toBe('1');
      const [low] = await admin2.fetchTopicOffsets(t.submitted('customs'));
      expect(low.low).toBe('0');
    } finally {
      await admin2.disconnect();
    }
  });

  it('every agency user has its client quotas on the broker (read back with ConfigCommand), the services none', () => {
    // Applied by the run's provisioning (global setup, as by npm start) from infra/kafka/quotas.json.
    const held = describeUserQuotas(kafkaConnectionAs('admin'));
    const wanted = loadQuotaFile().agency;
    expect(Object.keys(wanted)).toEqual(expect.arrayContaining(['producer_byte_rate', 'request_percentage']));
    for (const agency of loadAclFile().agencies) {
      expect({ user: `agency-${agency}`, quotas: held.get(`agency-${agency}`) }).toEqual({ user: `agency-${agency}`, quotas: wanted });
    }
    for (const service of ['gateway', 'router', 'intake', 'audit']) expect({ service, quotas: held.get(service) }).toEqual({ service });
  });

  it('each service writes only the topics it produces', async () => {
    const cases: [string, string][] = [
      ['intake', t.feed('ocam')],
      ['intake', t.routed],
      ['intake', t.submitted('customs')],
      ['gateway', t.routed],
      ['gateway', t.feed('ocam')],
      ['gateway', t.principalsChanged],
      ['router', t.accessRecorded],
      ['router', t.principalsChanged],
      ['router', t.submitted('customs')],
      ['audit', t.submitted('customs')],
      ['audit', t.routed],
      ['audit', t.accessRecorded],
    ];
    for (const [user, topic] of cases) {
      const before = await endOf(topic);
      expect({ user, topic, result: await tryWrite(as(user), topic) }).toEqual({ user, topic, result: 'TOPIC_AUTHORIZATION_FAILED' });
      expect(await endOf(topic)).toBe(before);
    }
  });

  it('every app of the running system talks to Kafka as its own user', () => {
    const users = Object.fromEntries(Object.entries(sys.apps).map(([name, app]) => [name, app.get(KafkaService).settings.auth.username]));
    expect(users).toEqual({ 'agency-gateway': 'gateway', router: 'router', intake: 'intake', audit: 'audit' });
  });

  describe('kcat, as an agency would use it', () => {
    async function kcat(args: string[], input: string): Promise<void> {
      await new Promise<void>((resolve, reject) => {
        const p = spawn('kcat', args, { stdio: ['pipe', 'ignore', 'pipe'] });
        let err = '';
        p.stderr.on('data', (d: Buffer) => (err += d.toString()));
        p.on('error', (e) => reject(new Error(`kcat could not run (${e.message}); .ci/run installs it: apt-get install kcat`)));
        p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kcat exited ${code}: ${err}`))));
        p.stdin.end(input);
      });
    }

    async function submitAndWait(ref: string, tls: boolean): Promise<void> {
      const creds = kafkaCredentials();
      const user = creds.principals.find((p) => p.name === 'agency-customs')!;
      const conn = kafkaConnectionAs('agency-customs', { tls });
      const args = [
        '-P',
        '-b',
        conn.brokers.join(','),
        '-t',
        t.submitted('customs'),
        '-k',
        ref,
        '-X',
        `security.protocol=${tls ? 'SASL_SSL' : 'SASL_PLAINTEXT'}`,
        '-X',
        'sasl.mechanisms=SCRAM-SHA-512',
        '-X',
        `sasl.username=${user.username}`,
        '-X',
        `sasl.password=${user.password}`,
        ...(tls ? ['-X', `ssl.ca.location=${creds.caFile}`] : []),
      ];
      // A summary of its own: the same content under another ref would be a content duplicate, not routed.
      await kcat(args, JSON.stringify({ ...exampleSignal('subject-vessel', ref), summary: `Vessel observed, report ${ref}` }) + '\n');
      const rows = await eventually(
        async () => {
          const rs = await sys.sql<{ feed: string }>(
            `select feed from intake.signals where agency = 'customs' and payload->>'externalRef' = $1`,
            [ref],
          );
          return rs.length ? rs : undefined;
        },
        { what: `signal ${ref} sent with kcat delivered to the intake`, timeoutMs: 60000 },
      );
      expect(rows).toHaveLength(1);
    }

    it('submits a signal with SCRAM credentials that is routed and delivered', async () => {
      await submitAndWait(`KCAT-SASL-${Date.now()}`, false);
    });

    it('does the same over TLS (SASL_SSL), trusting the local CA', async () => {
      await submitAndWait(`KCAT-TLS-${Date.now()}`, true);
    });

    it('is refused without credentials', async () => {
      const before = await endOf(t.submitted('customs'));
      await expect(
        kcat(
          ['-P', '-b', kafkaConnectionAs('admin').brokers.join(','), '-t', t.submitted('customs'), '-X', 'message.timeout.ms=5000'],
          '{}\n',
        ),
      ).rejects.toThrow(/kcat exited/);
      expect(await endOf(t.submitted('customs'))).toBe(before);
    });
  });
});

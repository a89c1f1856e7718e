import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, Families, topicNames } from '@passerelle/contracts';
import {
  createTestDatabase,
  createTestTopics,
  deleteTestTopics,
  eventually,
  kafkaConnectionAs,
  produceAs,
  readTopic,
} from '@passerelle/testing';
import { DataSource } from 'typeorm';
import { Batch, BatchKafkaTransport, ConsumerGroup, KafkaConsumer } from './batch-transport';
import { DeadLetterTools } from './dead-letter-tools';
import { DeadLetterEvent } from './dead-letters';
import { KafkaService } from './kafka.service';

/**
 * The batch transport against the real broker: `@EventPattern` handlers called with batches, a
 * message that keeps failing its handler dead-lettered while its neighbours go through, transient
 * errors retried without loss, and start-up refused when handlers and consumer groups disagree.
 */
describe('BatchKafkaTransport', () => {
  let prefix: string;
  const seen: { topic: string; value: string }[] = [];
  const calls: number[] = [];
  let flakyFailures = 0;
  /** The fix an operator deploys before replaying: the poison message becomes acceptable. */
  let fixed = false;

  const flow: ConsumerGroup = { name: 'intake-flow' };

  @KafkaConsumer()
  class RoutedHandler {
    @EventPattern(Families.routed, { group: flow })
    async routed(@Payload() batch: Batch): Promise<void> {
      calls.push(batch.length);
      for (const m of batch) {
        const v = JSON.parse(m.value!.toString()) as { poison?: boolean; flaky?: number };
        if (v.poison && !fixed) throw new TypeError('this message can never be handled');
        if (v.flaky && flakyFailures < 5) {
          flakyFailures++;
          throw Object.assign(new Error('the database is away'), { code: 'ECONNREFUSED' });
        }
      }
      // Effects only once the whole call succeeded, as a transaction would.
      for (const m of batch) seen.push({ topic: m.topic, value: m.value!.toString() });
    }
  }

  const services: KafkaService[] = [];
  const apps: { close(): Promise<void> }[] = [];
  const transports: BatchKafkaTransport[] = [];

  async function start(groups: ConsumerGroup[], controllers: (new (...a: never[]) => unknown)[]) {
    const kafka = new KafkaService({
      ...kafkaConnectionAs('intake'),
      clientId: 'transport-test',
      service: 'intake',
      prefix,
      topics: topicNames(prefix),
    });
    services.push(kafka);
    @Module({ controllers, providers: [{ provide: KafkaService, useValue: kafka }] })
    class TestModule {}
    const transport = new BatchKafkaTransport(kafka.consumers, kafka.settings, kafka.config, groups);
    transports.push(transport);
    const app = await NestFactory.createMicroservice(TestModule, { strategy: transport, logger: ['error'] });
    apps.push(app);
    await app.listen();
    return app;
  }

  beforeAll(async () => {
    process.env.KAFKA_HANDLER_ATTEMPTS = '3';
    process.env.KAFKA_STALL_MS = '1000';
    prefix = await createTestTopics();
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    for (const k of services) {
      await k.beforeApplicationShutdown();
      await k.onApplicationShutdown();
    }
    delete process.env.KAFKA_HANDLER_ATTEMPTS;
    delete process.env.KAFKA_STALL_MS;
    await deleteTestTopics(prefix);
  });

  it('refuses to start when a consumer group has no handler, or a handler belongs to no group of the app', async () => {
    await expect(start([{ name: 'intake' }], [RoutedHandler])).rejects.toThrow(
      /consumer group intake: no @EventPattern handler in the app names it/,
    );
    await expect(start([], [RoutedHandler])).rejects.toThrow(
      /signals\.routed\.v1 belong to no consumer group \(group intake-flow is not the app's\)/,
    );
    @KafkaConsumer()
    class GrouplessHandler {
      @EventPattern(Families.feed)
      async feeds(): Promise<void> {}
    }
    await expect(start([flow], [RoutedHandler, GrouplessHandler])).rejects.toThrow(
      /feeds\.\{feed\}\.v2 belong to no consumer group \(no group named\)/,
    );
    await expect(start([flow, { name: 'intake-flow' }], [RoutedHandler])).rejects.toThrow(/consumer group intake-flow is listed twice/);
  });

  it('hands batches to the handler; a message that keeps failing is dead-lettered, its neighbours and the partition go on', async () => {
    await start([flow], [RoutedHandler]);
    const topic = topicNames(prefix).routed;
    // One key: one partition, in this order.
    await produceAs('admin', topic, [
      { key: 'k', value: JSON.stringify({ n: 1 }) },
      { key: 'k', value: JSON.stringify({ poison: true }), headers: { 'ce-id': 'poison-1' } },
      { key: 'k', value: JSON.stringify({ n: 2 }) },
    ]);
    await eventually(async () => (seen.length >= 2 ? true : undefined), { what: 'the two good messages', timeoutMs: 60000 });
    await produceAs('admin', topic, [{ key: 'k', value: JSON.stringify({ n: 3 }) }]);
    await eventually(async () => (seen.some((s) => s.value === '{"n":3}') ? true : undefined), { what: 'the message behind' });
    expect(seen.map((s) => s.value)).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
    // Several messages per call at first: a batch, not one call per message.
    expect(Math.max(...calls)).toBeGreaterThan(1);

    const dead = (await readTopic(topicNames(prefix).deadLetters('intake'))).map((r) => JSON.parse(r.value!) as DeadLetterEvent);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      consumer: 'intake-flow',
      service: 'intake',
      sourceTopic: topic,
      // A code: the error's name and code are in the log line, never in what travels on.
      reasons: [{ path: '', reason: 'handler-failed' }],
      headers: expect.objectContaining({ 'ce-id': 'poison-1' }),
    });
    // The record itself, for a replay; the error's message (which may quote data) is nowhere.
    expect(Buffer.from(dead[0].value!, 'base64').toString()).toBe('{"poison":true}');
    expect(JSON.stringify(dead[0])).not.toContain('can never be handled');
  });

  it('replays a dead letter onto its source topic once the cause is fixed: handled once, with its ce-id', async () => {
    const tools = new DeadLetterTools(kafkaConnectionAs('admin'));
    const letters = await tools.list(topicNames(prefix).deadLetters('intake'));
    expect(letters).toHaveLength(1);
    fixed = true;
    await tools.replay(letters);
    await eventually(async () => (seen.some((s) => s.value === '{"poison":true}') ? true : undefined), { what: 'the replayed message' });
    expect(seen.filter((s) => s.value === '{"poison":true}')).toHaveLength(1);
    expect(await tools.list(topicNames(prefix).deadLetters('intake'))).toHaveLength(1);
  });

  it('retries a transient failure for as long as it lasts, and never dead-letters it', async () => {
    const topic = topicNames(prefix).routed;
    await produceAs('admin', topic, [{ key: 'f', value: JSON.stringify({ flaky: 1 }) }]);
    // Meanwhile health has something to say: this group makes no progress while a message waits.
    const kafka = services[services.length - 1];
    const stalled = await eventually(async () => ((await kafka.stalled()).length ? kafka.stalled() : undefined), {
      what: 'the stall to be reported',
    });
    expect(stalled.join()).toMatch(new RegExp(`consumer intake-flow makes no progress on ${topic.replace(/\./g, '\\.')}/\\d+ \\(lag 1\\)`));
    await eventually(async () => (seen.some((s) => s.value === '{"flaky":1}') ? true : undefined), {
      what: 'the flaky message, once the outage is over',
      timeoutMs: 90000,
    });
    // More failures than KAFKA_HANDLER_ATTEMPTS, and still no dead letter: an outage is not the message's fault.
    expect(flakyFailures).toBe(5);
    // Committed: nothing waits any more.
    await eventually(async () => ((await kafka.stalled()).length === 0 ? true : undefined), { what: 'the stall to clear' });
    expect(seen.filter((s) => s.value === '{"flaky":1}')).toHaveLength(1);
    const dead = await readTopic(topicNames(prefix).deadLetters('intake'));
    expect(dead).toHaveLength(1);
  });
  it('isolates a value Postgres refuses (22003) at once: dead-lettered without retries, the rest of its batch stored (issue 32, item 1)', async () => {
    const db = await createTestDatabase();
    const ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    await ds.query('create table stored (n int not null)');
    const handled: number[][] = [];
    const notices: string[] = [];
    const intake: ConsumerGroup = {
      name: 'intake',
      // What the service says besides the dead letter (the intake: a failed notice to the agency).
      onDeadLetter: (m, letter, topics) => {
        notices.push(letter.reasons[0].reason);
        return [
          {
            topic: topics.purged,
            key: 'notice',
            id: `notice-${letter.eventId}`,
            type: EventTypes.feedback,
            source: 'test',
            time: letter.occurredAt,
            traceId: 'ab'.repeat(16),
            payload: { failed: m.offset },
          },
        ];
      },
    };
    @KafkaConsumer()
    class PurgedHandler {
      @EventPattern(Families.rejected, { group: intake })
      async rejected(@Payload() batch: Batch): Promise<void> {
        const values = batch.map((m) => (JSON.parse(m.value!.toString()) as { n: number }).n);
        handled.push(values);
        // One transaction per call, as the services' handlers: all of it or nothing.
        await ds.transaction(async (em) => {
          for (const n of values) await em.query('insert into stored (n) values ($1)', [n]);
        });
      }
    }
    await start([intake], [PurgedHandler]);
    const topic = topicNames(prefix).rejected;
    const values = [1, 2, 3, 2 ** 31, 5, 6, 7, 8];
    await produceAs(
      'admin',
      topic,
      values.map((n) => ({ key: 'one-partition', value: JSON.stringify({ n }) })),
    );
    await eventually(
      async () => {
        const rows = await ds.query('select n from stored order by n');
        return rows.length >= 7 ? rows.map((r: { n: number }) => r.n) : undefined;
      },
      { what: 'every storable value of the batch' },
    );
    expect((await ds.query('select n from stored order by n')).map((r: { n: number }) => r.n)).toEqual([1, 2, 3, 5, 6, 7, 8]);
    const dead = await eventually(
      async () => {
        const d = (await readTopic(topicNames(prefix).deadLetters('intake')))
          .map((r) => JSON.parse(r.value!) as DeadLetterEvent)
          .filter((x) => x.sourceTopic === topic);
        return d.length ? d : undefined;
      },
      { what: 'the dead letter of the value out of range' },
    );
    expect(dead).toHaveLength(1);
    expect(dead[0].reasons).toEqual([{ path: '', reason: 'unstorable-value-22003' }]);
    expect(Buffer.from(dead[0].value!, 'base64').toString()).toBe(`{"n":${2 ** 31}}`);
    // Never retried as a whole: the call that failed, then halves down to the bad value alone —
    // far fewer calls than KAFKA_HANDLER_ATTEMPTS retries of the batch, and no call handled it twice alone.
    const withBad = handled.filter((c) => c.includes(2 ** 31));
    expect(withBad.filter((c) => c.length === values.length).length).toBeLessThanOrEqual(1);
    expect(withBad.filter((c) => c.length === 1)).toHaveLength(1);
    expect(handled.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(values.length)) + 1);
    // And its notice went out with it.
    expect(notices).toEqual(['unstorable-value-22003']);
    const sent = await eventually(
      async () => {
        const n = (await readTopic(topicNames(prefix).purged)).filter((r) => r.key === 'notice');
        return n.length ? n : undefined;
      },
      { what: 'the notice published with the dead letter' },
    );
    expect(JSON.parse(sent[0].value!)).toEqual({ failed: dead[0].sourceOffset });
    await ds.destroy();
    await db.drop();
  });
  it("close() stops the transport's consumers: the group is left empty, and its next owner resumes after what was committed (issue 24)", async () => {
    const got: string[] = [];
    // A group name the intake's Kafka user may join (infra/kafka/acls.json), unused by the other tests here.
    const products: ConsumerGroup = { name: 'intake-products' };
    @KafkaConsumer()
    class ClosingHandler {
      @EventPattern(Families.routed, { group: products })
      async routed(@Payload() batch: Batch): Promise<void> {
        for (const m of batch) if (m.key?.toString() === 'close') got.push(m.value!.toString());
      }
    }
    const topic = topicNames(prefix).routed;
    const group = [products];
    await start(group, [ClosingHandler]);
    const transport = transports[transports.length - 1];
    const kafka = services[services.length - 1];
    await produceAs('admin', topic, [{ key: 'close', value: JSON.stringify({ close: 1 }) }]);
    await eventually(async () => (got.includes('{"close":1}') ? true : undefined), { what: 'the first message' });

    await transport.close();
    expect(kafka.status().ready).toBe(false);
    const admin = kafka.kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([`${prefix}passerelle.intake-products`]);
      expect(groups[0].members).toEqual([]);
    } finally {
      await admin.disconnect();
    }
    // Closing again is harmless.
    await transport.close();

    // What comes next goes to the group's next owner, and what the closed one committed does not come again.
    await produceAs('admin', topic, [{ key: 'close', value: JSON.stringify({ close: 2 }) }]);
    await start(group, [ClosingHandler]);
    await eventually(async () => (got.includes('{"close":2}') ? true : undefined), { what: 'the message sent after the close' });
    expect(got).toEqual(['{"close":1}', '{"close":2}']);
  });
});

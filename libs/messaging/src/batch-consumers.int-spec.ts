import { topicNames } from '@passerelle/contracts';
import { createTestTopics, deleteTestTopics, eventually, kafkaConnectionAs, withTestAdmin } from '@passerelle/testing';
import type { Consumer, ConsumerConfig } from 'kafkajs';
import { KafkaService } from './kafka.service';

/**
 * A stop that arrives while a topic refresh is starting the consumer's replacement (issue 24): the
 * replacement, once started, leaves too, before `stop` resolves — never a consumer left in the group
 * after its service stopped consuming.
 */
describe('BatchConsumers stop during a topic refresh', () => {
  let prefix: string;
  let kafka: KafkaService;

  beforeAll(async () => {
    process.env.KAFKA_TOPIC_REFRESH_MS = '200';
    prefix = await createTestTopics();
    kafka = new KafkaService({
      ...kafkaConnectionAs('admin'),
      clientId: 'stop-race-test',
      service: 'intake',
      prefix,
      topics: topicNames(prefix),
    });
  });

  afterAll(async () => {
    await kafka.beforeApplicationShutdown();
    await kafka.onApplicationShutdown();
    delete process.env.KAFKA_TOPIC_REFRESH_MS;
    await deleteTestTopics(prefix);
  });

  it('leaves the group with the consumer a refresh was starting when the stop came', async () => {
    const client = kafka.kafka;
    const create = client.consumer.bind(client);
    /** Every consumer made for the group, and whether it is connected now. */
    const made: { connected: boolean; connecting?: Promise<void> }[] = [];
    let stopping: Promise<void> | undefined;
    let stopOnNext = false;
    client.consumer = (config: ConsumerConfig): Consumer => {
      const consumer = create(config);
      const state: (typeof made)[number] = { connected: false };
      made.push(state);
      const connect = consumer.connect.bind(consumer);
      const disconnect = consumer.disconnect.bind(consumer);
      consumer.connect = () => (state.connecting = connect().then(() => void (state.connected = true)));
      consumer.disconnect = () => disconnect().then(() => void (state.connected = false));
      // The stop comes while the replacement starts (a task of its own, as a shutdown would be).
      if (stopOnNext) queueMicrotask(() => (stopping = kafka.consumers.stop(['stop-race'])));
      return consumer;
    };

    const pattern = new RegExp(`^${prefix.replace('.', '\\.')}feeds\\.[a-z]+\\.v2$`);
    await kafka.consumers.start({ name: 'stop-race', topics: [pattern], handle: async () => undefined });
    await eventually(async () => (kafka.consumers.consumers.get('stop-race')?.joined ? true : undefined), {
      what: 'the first consumer joined',
    });

    stopOnNext = true;
    await withTestAdmin((admin) =>
      admin.createTopics({ topics: [{ topic: `${prefix}feeds.racing.v2`, numPartitions: 1 }], waitForLeaders: true }),
    );
    await eventually(async () => (stopping ? true : undefined), { what: 'a refresh starting a new consumer, and the stop' });
    await stopping;

    expect(made.length).toBe(2);
    // Whatever was still connecting when the stop resolved has finished by now: none is left connected.
    await Promise.allSettled(made.map((m) => m.connecting));
    expect(made.map((m) => m.connected)).toEqual([false, false]);
    await withTestAdmin(async (admin) => {
      const { groups } = await admin.describeGroups([`${prefix}passerelle.stop-race`]);
      expect(groups[0].members).toEqual([]);
    });
  });
});

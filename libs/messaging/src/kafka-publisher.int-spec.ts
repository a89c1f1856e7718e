import { EventTypes, topicNames } from '@passerelle/contracts';
import { createTestTopics, deleteTestTopics, kafkaConnectionAs, readTopic } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { OutgoingEvent } from './events';
import { KafkaService } from './kafka.service';

/**
 * KafkaPublisher (kafka-publisher.ts), reached as the apps reach it through the KafkaService facade,
 * against the real broker: sends handed over at once by several callers
 * (outbox relays, consumers' batches) reach the producer one at a time, and every event is written
 * once. kafkajs's idempotent producer can mis-number a retried batch when two requests are in flight
 * across a leader change (docs/continuity.md): one request at a time is the fix.
 */
describe('KafkaPublisher', () => {
  let prefix: string;
  let kafka: KafkaService;

  beforeAll(async () => {
    prefix = await createTestTopics();
    kafka = new KafkaService({
      ...kafkaConnectionAs('router'),
      clientId: 'producer-test',
      service: 'router',
      prefix,
      topics: topicNames(prefix),
    });
  });

  afterAll(async () => {
    await kafka.beforeApplicationShutdown();
    await kafka.onApplicationShutdown();
    await deleteTestTopics(prefix);
  });

  it('hands concurrent publishes to the producer one request at a time; every event is on the topic once', async () => {
    const producer = await kafka.getProducer();
    // The real producer, observed: how many of its sends are in flight at once.
    const sendBatch = producer.sendBatch.bind(producer);
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    producer.sendBatch = async (batch) => {
      calls++;
      most = Math.max(most, ++inFlight);
      try {
        return await sendBatch(batch);
      } finally {
        inFlight--;
      }
    };
    const topic = topicNames(prefix).routed;
    const event = (caller: number, i: number): OutgoingEvent => ({
      topic,
      key: `subject-${caller}-${i}`,
      id: randomUUID(),
      type: EventTypes.signalRouted,
      source: 'producer-test',
      time: new Date().toISOString(),
      traceId: randomUUID().replace(/-/g, ''),
      payload: { caller, i },
    });
    const batches = Array.from({ length: 12 }, (_, caller) => Array.from({ length: 5 }, (_, i) => event(caller, i)));
    await Promise.all(batches.map((b) => kafka.publish(b)));

    expect(calls).toBe(12);
    expect(most).toBe(1);
    const written = (await readTopic(topic)).map((m) => m.headers['ce-id']);
    const ids = batches.flat().map((e) => e.id);
    expect(written.sort()).toEqual(ids.sort());
  });
});

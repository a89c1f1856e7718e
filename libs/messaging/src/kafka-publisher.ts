import { Kafka, PartitionMetadata, Partitioners, Producer } from 'kafkajs';
import { OutgoingEvent, toKafkaMessage } from './events';
import { KafkaSettings } from './kafka-settings';
import { ClusterAdmin } from './cluster-admin';
import { MessagingConfig } from './messaging-config';
import { SerialLane } from './serial-lane';
import { producerSpan, TraceSpan } from './tracing';
import { UnpublishableEvent } from './unpublishable-event';

type Chunk = { topic: string; message: ReturnType<typeof toKafkaMessage>; id: string }[];

/** Broker answers that no retry can change, wherever kafkajs put them in its chain of errors. */
const REFUSALS = [
  'TOPIC_AUTHORIZATION_FAILED',
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TOPIC_EXCEPTION',
];
function refusalOf(e: unknown): string | undefined {
  for (let x = e as { type?: string; cause?: unknown; originalError?: unknown } | undefined, depth = 0; x && depth < 5; depth++) {
    if (x.type && REFUSALS.includes(x.type)) return x.type;
    x = (x.cause ?? x.originalError) as typeof x;
  }
  return undefined;
}

/**
 * Longest a send may take before it is given up (and its producer dropped). kafkajs retries a send
 * itself (8 retries, requests time out after 30 s); a send still pending after this is stuck, not
 * slow, and would hold every other send of the service (they go one at a time, see `send`).
 */
const SEND_BOUND_MS = 120_000;

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([work, bound]).finally(() => clearTimeout(timer));
}

/**
 * The producer lane of one service: one idempotent producer (acks=all), every send one at a time,
 * partitions chosen here and every targeted partition's acknowledgement checked; an event the broker
 * will never take fails as an {@link UnpublishableEvent}.
 */
export class KafkaPublisher {
  private producer?: Producer;
  private producerConnecting?: Promise<Producer>;
  /** Every send of this service's producer, one at a time (see `send`). */
  private readonly sends = new SerialLane();
  /** Partition count per topic, for choosing partitions here (see `send`); refreshed every minute. */
  private readonly partitionCounts = new Map<string, { count: number; at: number }>();
  // Murmur2, as the Java client: a key lands on the same partition whichever client produced it.
  private readonly partitioner = Partitioners.DefaultPartitioner();

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly config: MessagingConfig,
    private readonly admin: ClusterAdmin,
  ) {}

  async getProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.producerConnecting ??= (async () => {
      // Idempotence makes the broker drop a retried batch it already has; kafkajs requires
      // acks=all (-1) and at most one request in flight for it.
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // Murmur2, as the Java client: a key lands on the same partition whichever client produced it.
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      producer.on(producer.events.DISCONNECT, () => {
        if (this.producer === producer) this.producer = undefined;
        this.producerConnecting = undefined;
      });
      try {
        await producer.connect();
      } catch (e) {
        this.producerConnecting = undefined;
        throw e;
      }
      this.producer = producer;
      return producer;
    })();
    return this.producerConnecting;
  }

  /**
   * Publishes events with acks=all, in order; resolves once every write is acknowledged. Large
   * sets go out in several requests, each under the broker's message size limit (a record batch
   * per partition must fit in `message.max.bytes`, 1 MiB by default).
   */
  async publish(events: OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
    const maxBytes = this.config.maxRequestBytes;
    // The broker refuses a record batch over message.max.bytes (1 MiB by default): such an event
    // can never go out, and is said so rather than retried.
    const maxMessageBytes = this.config.maxMessageBytes;
    let chunk: Chunk = [];
    let size = 0;
    // One producer span per event; its context is the traceparent the event goes out with.
    const spans: TraceSpan[] = [];
    try {
      for (const e of events) {
        const span = producerSpan(this.settings.clientId, e);
        spans.push(span);
        const message = toKafkaMessage(e, span.header);
        const bytes = Buffer.byteLength(message.value as string) + 300;
        if (bytes > maxMessageBytes)
          throw new UnpublishableEvent(`too-large: ${bytes} bytes, over the ${maxMessageBytes}-byte message limit`, [e.id]);
        if (chunk.length && (size + bytes > maxBytes || chunk.length >= 1000)) {
          await this.send(chunk);
          chunk = [];
          size = 0;
        }
        chunk.push({ topic: e.topic, message, id: e.id });
        size += bytes;
      }
      await this.send(chunk);
    } catch (err) {
      for (const s of spans) s.end(err);
      throw err;
    }
    for (const s of spans) s.end();
  }

  /**
   * Every message goes out with its partition chosen here (the producer's own partitioner, so the
   * same partition it would choose), and the send counts only when the broker acknowledged a write
   * on every partition it targets. kafkajs 2.2.4 can resolve a send without having written some of
   * it: when a partition's leader fails mid-send and its partitions move to a broker that already
   * answered in that attempt, its retry skips that broker, and those messages are silently dropped
   * (seen when a broker is killed under load). A send missing an acknowledgement fails, and is
   * retried whole by the caller: the partitions written twice carry the same `ce-id` both times.
   */
  private async send(chunk: Chunk): Promise<void> {
    const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
    for (const { topic, message } of chunk) {
      const list = byTopic.get(topic);
      if (list) list.push(message);
      else byTopic.set(topic, [message]);
    }
    const counts = await this.partitionCountsOf([...byTopic.keys()]);
    const unknown = [...byTopic.keys()].filter((t) => !counts.get(t));
    if (unknown.length) {
      throw new UnpublishableEvent(
        `unknown-topic: ${unknown.join(', ')} does not exist, or this service may not see it`,
        chunk.filter((c) => unknown.includes(c.topic)).map((c) => c.id),
      );
    }
    const expected = new Set<string>();
    for (const [topic, messages] of byTopic) {
      const count = counts.get(topic)!;
      const partitionMetadata: PartitionMetadata[] = Array.from({ length: count }, (_, partitionId) => ({
        partitionId,
        leader: 0,
        partitionErrorCode: 0,
        replicas: [],
        isr: [],
      }));
      for (const message of messages) {
        message.partition = this.partitioner({ topic, partitionMetadata, message });
        expected.add(`${topic}/${message.partition}`);
      }
    }
    await this.sends.run(() => this.sendNow(chunk, byTopic, expected));
  }

  /**
   * One request at a time per producer. kafkajs 2.2.4 numbers an idempotent batch when it sends it,
   * under a lock per broker, and takes the number back when the request fails; with two sends in
   * flight across a leader change (two brokers, two locks) a failed request can take back a number
   * another send has already used. Its retry then goes out under a number it did not have (written
   * twice) and a later batch under one the broker already holds: acknowledged as a duplicate, never
   * written — an outbox row marked published that is not on Kafka. Seen in the site-loss drill
   * (docs/continuity.md) with concurrent sends; gone with one send at a time. The outbox relays and
   * consumers of one service therefore wait for each other's sends; after a failure the next send
   * starts on a fresh producer (new producer id, numbers from zero). A send that has not settled
   * after `SEND_BOUND_MS` fails too, and its producer is dropped: the lane is never held for good,
   * and a request still pending on the dropped producer cannot take a number of the next one's.
   */
  private async sendNow(chunk: Chunk, byTopic: Map<string, ReturnType<typeof toKafkaMessage>[]>, expected: Set<string>): Promise<void> {
    const producer = await this.getProducer();
    try {
      const acked = await within(
        producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) }),
        SEND_BOUND_MS,
        'the send',
      );
      const written = new Set(acked.filter((r) => r.errorCode === 0).map((r) => `${r.topicName}/${r.partition}`));
      const unacknowledged = [...expected].filter((tp) => !written.has(tp));
      if (unacknowledged.length) throw new Error(`no acknowledgement for ${unacknowledged.join(', ')}; sending again`);
    } catch (e) {
      // After a failed send the idempotent producer's sequence numbers may be out of step with the
      // broker's; the next attempt gets a fresh producer (new producer id) instead.
      if (this.producer === producer) this.producer = undefined;
      this.producerConnecting = undefined;
      // Bounded too: a disconnect that never returns (seen with every broker down) must not hold the lane.
      await within(producer.disconnect(), 10_000, 'disconnecting the producer').catch(() => undefined);
      const refusal = refusalOf(e);
      if (refusal)
        throw new UnpublishableEvent(
          `refused by the broker: ${refusal}`,
          chunk.map((c) => c.id),
        );
      throw e;
    }
  }

  private async partitionCountsOf(topics: string[]): Promise<Map<string, number>> {
    const stale = topics.filter((t) => Date.now() - (this.partitionCounts.get(t)?.at ?? 0) > 60_000);
    if (stale.length) {
      await this.admin.withAdmin(async (admin) => {
        // The broker lists the topics that exist and that this user may see; asking metadata for
        // another would only retry until it fails.
        const listed = new Set(await admin.listTopics());
        const known = stale.filter((t) => listed.has(t));
        for (const t of stale) if (!listed.has(t)) this.partitionCounts.delete(t);
        if (known.length === 0) return;
        const { topics: meta } = await admin.fetchTopicMetadata({ topics: known });
        for (const t of meta) if (t.partitions.length) this.partitionCounts.set(t.name, { count: t.partitions.length, at: Date.now() });
      });
    }
    return new Map(topics.map((t) => [t, this.partitionCounts.get(t)?.count ?? 0]));
  }

  /** Disconnects the producer (at shutdown, once the relays and consumers are done). */
  async close(): Promise<void> {
    if (this.producer) await this.producer.disconnect().catch(() => undefined);
  }
}

import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Consumer, Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import { IncomingMessage, OutgoingEvent, decodeHeaders, toKafkaMessage } from './events';
import { KafkaSettings, groupId } from './kafka-settings';

export interface BatchContext {
  topic: string;
  partition: number;
  heartbeat(): Promise<void>;
}

export interface BatchConsumerOptions {
  /** Logical name; the consumer group is `<prefix>passerelle.<name>`. */
  name: string;
  topics: (string | RegExp)[];
  /**
   * Called with every batch of one partition, in offset order. When it resolves, the effects must be
   * durable: the batch's offsets are committed right after. When it throws, nothing is committed and
   * the batch is delivered again, so the handler must be idempotent.
   */
  handle(messages: IncomingMessage[], ctx: BatchContext): Promise<void>;
  fromBeginning?: boolean;
}

function kafkaLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...extra } = log;
      // Retries are bounded on purpose: a send that never ends would hold the outbox transaction.
      // A resend after that carries the same ce-id, and every consumer drops repeats by it.
      if (message.startsWith('Limiting retries for the idempotent producer')) return;
      const line = `${message} ${JSON.stringify(extra)}`;
      if (level <= logLevel.ERROR) logger.error(line);
      else if (level === logLevel.WARN) logger.warn(line);
      else logger.log(line);
    };
}

/**
 * Owns the Kafka connections of one service: one idempotent producer (acks=all) and the batch
 * consumers the service starts. Tracks their state for the readiness check.
 */
@Injectable()
export class KafkaService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Kafka');
  readonly kafka: Kafka;
  private producer?: Producer;
  private producerConnecting?: Promise<Producer>;
  private readonly consumers = new Map<string, { consumer: Consumer; joined: boolean; crashed?: string }>();
  private closing = false;
  private healthAdmin?: Admin;

  constructor(readonly settings: KafkaSettings) {
    this.kafka = new Kafka({
      clientId: settings.clientId,
      brokers: settings.brokers,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
      connectionTimeout: 3000,
      retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    });
  }

  get topics() {
    return this.settings.topics;
  }

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
    const maxBytes = Number(process.env.KAFKA_MAX_REQUEST_BYTES ?? 512 * 1024);
    let chunk: { topic: string; message: ReturnType<typeof toKafkaMessage> }[] = [];
    let size = 0;
    for (const e of events) {
      const message = toKafkaMessage(e);
      const bytes = Buffer.byteLength(message.value as string) + 300;
      if (chunk.length && (size + bytes > maxBytes || chunk.length >= 1000)) {
        await this.send(chunk);
        chunk = [];
        size = 0;
      }
      chunk.push({ topic: e.topic, message });
      size += bytes;
    }
    await this.send(chunk);
  }

  private async send(chunk: { topic: string; message: ReturnType<typeof toKafkaMessage> }[]): Promise<void> {
    const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
    for (const { topic, message } of chunk) byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
    const producer = await this.getProducer();
    try {
      await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    } catch (e) {
      // After a failed send the idempotent producer's sequence numbers may be out of step with the
      // broker's; the next attempt gets a fresh producer (new producer id) instead.
      if (this.producer === producer) this.producer = undefined;
      this.producerConnecting = undefined;
      await producer.disconnect().catch(() => undefined);
      throw e;
    }
  }

  async withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.disconnect();
    }
  }

  /** Creates the topics that do not exist yet (idempotent). */
  async ensureTopics(topics: string[], opts: { partitions?: number; replicationFactor?: number } = {}): Promise<void> {
    await this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: opts.partitions ?? 3,
          replicationFactor: opts.replicationFactor ?? -1,
        })),
      });
    });
  }

  async startBatchConsumer(opts: BatchConsumerOptions): Promise<void> {
    const group = groupId(this.settings, opts.name);
    const consumer = this.kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 250,
      retry: {
        initialRetryTime: 300,
        retries: 10,
        maxRetryTime: 10000,
        // Never stay down: after any failure the consumer rejoins and retries the batch (its
        // offsets were not committed). Health reports the crash meanwhile.
        restartOnFailure: async () => true,
      },
    });
    const state: { consumer: Consumer; joined: boolean; crashed?: string } = { consumer, joined: false };
    this.consumers.set(opts.name, state);
    consumer.on(consumer.events.GROUP_JOIN, () => {
      state.joined = true;
      state.crashed = undefined;
    });
    consumer.on(consumer.events.CRASH, (e) => {
      state.joined = false;
      state.crashed = String(e.payload.error);
      this.logger.error(`consumer ${opts.name} crashed: ${state.crashed} (restart: ${e.payload.restart})`);
    });
    consumer.on(consumer.events.STOP, () => (state.joined = false));

    await consumer.connect();
    await consumer.subscribe({ topics: opts.topics, fromBeginning: opts.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Partitions are independent (order is per partition), so several are processed at once.
      partitionsConsumedConcurrently: Number(process.env.KAFKA_PARTITIONS_CONCURRENCY ?? 3),
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const messages: IncomingMessage[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key ? m.key.toString('utf8') : null,
          value: m.value,
          headers: decodeHeaders(m.headers),
          timestamp: m.timestamp,
        }));
        await opts.handle(messages, { topic: batch.topic, partition: batch.partition, heartbeat });
        const last = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(last);
        // Offsets are committed only now, after the handler made its effects durable.
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
        await heartbeat();
      },
    });
  }

  /** Readiness: the producer (when used) is connected and every consumer has joined its group. */
  status(): { ready: boolean; detail: Record<string, string> } {
    const detail: Record<string, string> = {};
    let ready = !this.closing;
    for (const [name, s] of this.consumers) {
      detail[`consumer:${name}`] = s.joined ? 'joined' : (s.crashed ?? 'joining');
      ready &&= s.joined;
    }
    return { ready, detail };
  }

  /** Checks that the cluster answers (used by readiness when the service has no consumer). */
  async ping(): Promise<void> {
    if (!this.healthAdmin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.healthAdmin = admin;
    }
    await this.healthAdmin.describeCluster();
  }

  /** Stop consuming first: the running batch finishes and commits its offsets. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.consumers.values()].map((s) => s.consumer.disconnect()));
  }

  /** Then, once the outbox relay and consumers are done, close the producer. */
  async onApplicationShutdown(): Promise<void> {
    if (this.producer) await this.producer.disconnect().catch(() => undefined);
    if (this.healthAdmin) await this.healthAdmin.disconnect().catch(() => undefined);
  }
}

import { BatchCoalescer } from './coalesce';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Consumer, Kafka, logLevel, LogEntry, PartitionMetadata, Partitioners, Producer } from 'kafkajs';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { codedReasons, ContractError, EventTypes } from '@passerelle/contracts';
import { DeadLetterEvent, MessageCheck, MessageOpener } from './dead-letters';
import { IncomingMessage, OutgoingEvent, decodeHeaders, toKafkaMessage, traceIdOfMessage } from './events';
import { consumeSpans, producerSpan, spanCounts, TraceSpan } from './tracing';
import { derivedId } from './ids';
import { KafkaSettings, groupId, kafkaClient } from './kafka-settings';
import { UnpublishableEvent } from './outbox-relay';

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

/** The largest record a dead letter carries whole (base64 grows it by a third). */
const MAX_DEAD_LETTER_VALUE_BYTES = 600_000;

const placeOf = (consumer: string, m: IncomingMessage) => `${consumer}\u0000${m.topic}\u0000${m.partition}\u0000${m.offset}`;

export { errorCode } from './error-code';
import { errorCode } from './error-code';

export { isTransient } from './transient';
import { MessagingConfig, messagingConfigFromEnv } from './messaging-config';
import { isTransient } from './transient';

/** Postgres refusing a value for what it is (SQLSTATE class 22, data exception; 23514, check violation). */
const DATA_SQLSTATE = /^(22[0-9A-Z]{3}|23514)$/;

/**
 * The SQLSTATE when a handler's error is Postgres refusing a value — out of range for its column,
 * not valid for its type, against a check constraint: no retry can change that, and only the
 * message carrying the value is at fault. Undefined for any other error.
 */
export function dataErrorCode(e: unknown): string | undefined {
  for (let x = e as Record<string, unknown> | undefined, depth = 0; x && typeof x === 'object' && depth < 6; depth++) {
    if (typeof x.code === 'string' && DATA_SQLSTATE.test(x.code)) return x.code;
    x = (x.driverError ?? x.cause ?? x.originalError ?? x.original) as typeof x;
  }
  return undefined;
}

/**
 * A failed batch, to be delivered again. kafkajs gives up on some errors for good — a TypeError
 * or a RangeError from the handler stops the consumer without a restart — so the transport hands
 * it every failure in this one retriable form (the original under `original`, not `cause`, which
 * kafkajs would look through).
 */
export class RetryBatch extends Error {
  readonly retriable = true;
  /** Not enumerable: whatever serialises this error never reaches the original's query parameters. */
  declare readonly original: unknown;
  constructor(original: unknown) {
    super(`batch failed (${errorCode(original)}); delivering it again`);
    this.name = 'RetryBatch';
    Object.defineProperty(this, 'original', { value: original, enumerable: false });
  }
}

export interface BatchContext {
  heartbeat(): Promise<void>;
}

/**
 * Coalescing for consumers whose handler pays per call (`KAFKA_COALESCE_PARTITIONS`, default 16
 * partitions handed over at once; `KAFKA_COALESCE_MAX_MESSAGES`, default 2000 per call; a
 * partitions value of 1 or less turns coalescing off). 2000 rather than 5000: a router call of
 * 5000 submissions held ~15,000 outgoing events at once. With 2000 (and 4 MiB fetches) the bench's
 * peak RSS fell from 207–212 to 173–178 MB for the router, 175–177 to 150–151 for the intake and
 * 182–183 to 155–170 for the audit, throughput within noise (docs/performance.md, Memory).
 */
export function coalesceSettings(env: NodeJS.ProcessEnv = process.env): BatchConsumerOptions['coalesce'] {
  const partitions = Number(env.KAFKA_COALESCE_PARTITIONS ?? 16);
  const maxMessages = Number(env.KAFKA_COALESCE_MAX_MESSAGES ?? 2000);
  if (!(partitions > 1)) return undefined;
  return { partitions, maxMessages: maxMessages > 0 ? maxMessages : 2000 };
}

/** The most bytes one consumer fetch may bring (`KAFKA_FETCH_MAX_BYTES`, default 4 MiB; kafkajs's own default is 10 MiB). */
export function fetchMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.KAFKA_FETCH_MAX_BYTES ?? 4 * 1024 * 1024);
  return Number.isInteger(n) && n >= 1024 * 1024 ? n : 4 * 1024 * 1024;
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
  /**
   * The consumer's contract: run on every message before `handle`; a message it finds reasons
   * against goes to the service's dead-letter topic (`deadletters.<service>.v1`) with them, and never
   * reaches `handle`: one malformed message cannot block its partition.
   */
  check?: MessageCheck;
  /**
   * Opens sealed content before `check` (libs/messaging sealing.ts): each message comes back opened
   * (its value the payload in clear, `sealedValue` what came off the log), unchanged when it was not
   * sealed, or as the reasons it cannot be opened (its key destroyed, its tag failing) — then it goes
   * to the dead-letter topic, sealed as it came, and never reaches `check` or `handle`.
   */
  open?: MessageOpener;
  /**
   * Hand the batches of several partitions that arrive together to one call of `handle` (each
   * partition's messages still in offset order), for handlers that pay per call — a transaction,
   * a lock. `partitions`: how many partitions kafkajs hands over at once; `maxMessages`: the most
   * messages per call (whole batches; at least one).
   */
  coalesce?: { partitions: number; maxMessages: number };
  /**
   * Whether a message that fails `handle` with a non-transient error may go to the dead-letter
   * topic after `KAFKA_HANDLER_ATTEMPTS` tries (default true). A consumer of dead letters says
   * false: a dead letter is never dead-lettered again.
   */
  deadLetterOnFailure?: boolean;
  /**
   * What the service says about a message it sets aside, besides the dead letter: events published
   * with it, before the offsets move on (acks=all). The intake tells the source agency that a signal
   * it could not store failed (a `failed` notice on the agency's feedback topic, its receipt's status).
   */
  onDeadLetter?: (m: IncomingMessage, letter: DeadLetterEvent) => OutgoingEvent[];
}

interface ConsumerState {
  consumer?: Consumer;
  group: string;
  joined: boolean;
  crashed?: string;
  topics: string[];
  refreshing?: boolean;
  timer?: NodeJS.Timeout;
  /** Stopped for good (`stopConsumers`): no refresh, no restart, errors retried rather than dead-lettered. */
  stopped?: boolean;
  /** When a batch was last handled and committed. */
  progressAt: number;
}

/** Lag of one partition of a consumer group: the log's end minus the committed offset. */
export interface PartitionLag {
  consumer: string;
  topic: string;
  partition: number;
  lag: number;
}

function kafkaLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...extra } = log;
      // Retries are bounded on purpose: a send that never ends would hold the outbox transaction.
      // A resend after that carries the same ce-id, and every consumer drops repeats by it.
      if (message.startsWith('Limiting retries for the idempotent producer')) return;
      // kafkajs attaches the error it caught (and its stack, whose first line is its message): a
      // handler's error can carry the failed query's parameters — the batch's payloads. Its name
      // and code only, here as everywhere.
      const { error, stack: _stack, ...rest } = extra as Record<string, unknown>;
      const line = `${message} ${JSON.stringify(error === undefined ? rest : { ...rest, error: errorCode(error) })}`;
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
  private readonly consumers = new Map<string, ConsumerState>();
  private closing = false;
  private healthAdmin?: Admin;
  /** Partition count per topic, for choosing partitions here (see `send`); refreshed every minute. */
  private readonly partitionCounts = new Map<string, { count: number; at: number }>();
  // Murmur2, as the Java client: a key lands on the same partition whichever client produced it.
  private readonly partitioner = Partitioners.DefaultPartitioner();
  /** This service's Prometheus metrics (served at GET /metrics); other parts register theirs here too. */
  readonly metrics = new Registry();
  private readonly batchSeconds = new Histogram({
    name: 'passerelle_consumer_batch_seconds',
    help: 'Time to handle and commit one batch (one partition, or one coalesced call)',
    labelNames: ['consumer'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.metrics],
  });
  private readonly deadLetterCount = new Counter({
    name: 'passerelle_dead_letters_total',
    help: 'Messages set aside on the dead-letter topic, by consumer',
    labelNames: ['consumer'],
    registers: [this.metrics],
  });

  /** Trace spans exported, failed to export and dropped (tracing.ts; all 0 while tracing is off). */
  private readonly spansGauge = new Gauge({
    name: 'passerelle_trace_spans',
    help: 'OpenTelemetry spans since start, by outcome: exported, failed (the OTLP endpoint down or slow), dropped (the queue full)',
    labelNames: ['outcome'],
    registers: [this.metrics],
    collect: () => {
      for (const [outcome, n] of Object.entries(spanCounts())) this.spansGauge.set({ outcome }, n);
    },
  });

  /** The transport's settings, read once here (at start-up): a wrong value stops start-up naming the variable. */
  private readonly config: MessagingConfig;

  constructor(readonly settings: KafkaSettings) {
    this.config = messagingConfigFromEnv();
    this.kafka = kafkaClient(settings, settings.clientId, {
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
      connectionTimeout: 3000,
      retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    });
  }

  private readonly lagGauge = new Gauge({
    name: 'passerelle_consumer_lag',
    help: 'Messages not yet consumed, by consumer group, topic and partition (read at scrape time)',
    labelNames: ['consumer', 'topic', 'partition'],
    registers: [this.metrics],
    collect: async () => {
      this.lagGauge.reset();
      try {
        for (const l of await this.lag())
          this.lagGauge.set({ consumer: l.consumer, topic: l.topic, partition: String(l.partition) }, l.lag);
      } catch {
        // The broker does not answer: the gauge stays empty, health says why.
      }
    },
  });

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
    const producer = await this.getProducer();
    try {
      const acked = await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
      const written = new Set(acked.filter((r) => r.errorCode === 0).map((r) => `${r.topicName}/${r.partition}`));
      const unacknowledged = [...expected].filter((tp) => !written.has(tp));
      if (unacknowledged.length) throw new Error(`no acknowledgement for ${unacknowledged.join(', ')}; sending again`);
    } catch (e) {
      // After a failed send the idempotent producer's sequence numbers may be out of step with the
      // broker's; the next attempt gets a fresh producer (new producer id) instead.
      if (this.producer === producer) this.producer = undefined;
      this.producerConnecting = undefined;
      await producer.disconnect().catch(() => undefined);
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
      await this.withAdmin(async (admin) => {
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

  async withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.disconnect();
    }
  }

  /** Whether a topic exists and this service's user may see it (the broker lists only those). */
  async topicExists(topic: string): Promise<boolean> {
    return (await this.withAdmin((admin) => admin.listTopics())).includes(topic);
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

  /**
   * Starts a batch consumer. Topic patterns are resolved against the cluster's topic list, and
   * re-resolved every `KAFKA_TOPIC_REFRESH_MS` (default 10 s): a new topic that matches (a new
   * agency) is picked up without a restart. kafkajs resolves a pattern only once, at subscribe
   * time, so on a change the consumer leaves the group (its running batch finishes and commits)
   * and a new one joins with the wider subscription.
   */
  async startBatchConsumer(opts: BatchConsumerOptions): Promise<void> {
    const state: ConsumerState = { joined: false, topics: [], group: groupId(this.settings, opts.name), progressAt: Date.now() };
    this.consumers.set(opts.name, state);
    if (opts.onDeadLetter) this.deadLetterHooks.set(opts.name, opts.onDeadLetter);
    const patterns = opts.topics.filter((t): t is RegExp => t instanceof RegExp);
    const fixed = opts.topics.filter((t): t is string => typeof t === 'string');
    const resolve = async (): Promise<string[]> => {
      if (patterns.length === 0) return fixed;
      const all = await this.withAdmin((admin) => admin.listTopics());
      const matched = all.filter((t) => patterns.some((p) => p.test(t)));
      return [...new Set([...fixed, ...matched])].sort();
    };
    state.topics = await resolve();
    await this.runConsumer(opts, state);
    if (patterns.length === 0) return;

    const refreshMs = this.config.topicRefreshMs;
    const refresh = async () => {
      if (state.stopped || state.refreshing) return;
      state.refreshing = true;
      try {
        const topics = await resolve();
        const added = topics.filter((t) => !state.topics.includes(t));
        if (added.length === 0) return;
        // Join only once every partition of the new topics has a leader; a consumer that joins
        // earlier fails its first fetch ("does not host this topic-partition").
        await this.waitForLeaders(added);
        if (state.stopped) return;
        this.logger.log(`consumer ${opts.name}: new topics ${added.join(', ')}; rejoining`);
        const previous = state.consumer;
        state.topics = topics;
        state.joined = false;
        await previous?.disconnect();
        if (state.stopped) return;
        await this.runConsumer(opts, state);
      } catch (e) {
        this.logger.warn(`consumer ${opts.name}: topic refresh failed, will retry: ${errorCode(e)}`);
      } finally {
        state.refreshing = false;
      }
    };
    state.timer = setInterval(() => void refresh(), refreshMs);
    state.timer.unref();
  }

  private async waitForLeaders(topics: string[], timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await this.withAdmin(async (admin) => {
      for (;;) {
        const { topics: meta } = await admin.fetchTopicMetadata({ topics });
        const ready = meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0 && p.partitionErrorCode === 0));
        if (ready) return;
        if (Date.now() > deadline) throw new Error(`no leader yet for ${topics.join(', ')}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    });
  }

  private async runConsumer(opts: BatchConsumerOptions, state: ConsumerState): Promise<void> {
    const group = groupId(this.settings, opts.name);
    const consumer = this.kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 250,
      // What one fetch may bring (kafkajs's default is 10 MiB): with the coalesced calls' cap this
      // bounds what a service holds at once (docs/performance.md, Memory).
      maxBytes: fetchMaxBytes(),
      retry: {
        initialRetryTime: 300,
        retries: 10,
        maxRetryTime: 10000,
        // Never stay down: after any failure the consumer rejoins and retries the batch (its
        // offsets were not committed). Health reports the crash meanwhile.
        restartOnFailure: async () => true,
      },
    });
    state.consumer = consumer;
    const coalescer = opts.coalesce
      ? new BatchCoalescer<{ messages: IncomingMessage[]; heartbeat: () => Promise<void> }>(
          (batches) =>
            this.openAndHandle(
              opts,
              batches.flatMap((b) => b.messages),
              { heartbeat: async () => void (await Promise.all(batches.map((b) => b.heartbeat()))) },
            ),
          opts.coalesce.maxMessages,
          (b) => b.messages.length,
        )
      : undefined;
    // Events of a consumer that has been replaced say nothing about the current one.
    const current = () => state.consumer === consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (!current()) return;
      state.joined = true;
      state.crashed = undefined;
    });
    consumer.on(consumer.events.CRASH, (e) => {
      if (!current()) return;
      state.joined = false;
      state.crashed = String(e.payload.error);
      this.logger.error(`consumer ${opts.name} crashed: ${state.crashed} (restart: ${e.payload.restart})`);
      // kafkajs gives up for good on errors it deems non-retriable — seen when the brokers come
      // back: "SASL SCRAM SHA512 authentication failed: Not connected" left a consumer stopped for
      // ever while its partitions filled up. A consumer never stays down: a new one joins instead
      // (its batch was not committed; it is delivered again).
      if (!e.payload.restart && !state.stopped) this.restartLater(opts, state, consumer);
    });
    consumer.on(consumer.events.STOP, () => {
      if (current()) state.joined = false;
    });

    await consumer.connect();
    await consumer.subscribe({ topics: state.topics, fromBeginning: opts.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Partitions are independent (order is per partition), so several are processed at once.
      partitionsConsumedConcurrently: opts.coalesce?.partitions ?? this.config.partitionsConcurrency,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const stopTimer = this.batchSeconds.startTimer({ consumer: opts.name });
        let messages: IncomingMessage[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key ? m.key.toString('utf8') : null,
          value: m.value,
          headers: decodeHeaders(m.headers),
          timestamp: m.timestamp,
        }));
        // Sealed messages of a coalescing consumer are opened (and then checked) once per call, with
        // one key query for every partition's batch: opened here, each partition would reach the
        // coalescer after its own query and the calls would no longer gather them.
        const deferred = opts.open !== undefined && coalescer !== undefined;
        if (opts.open && !deferred) messages = await this.setAsideUnopened(opts.name, opts.open, messages);
        if (opts.check && !deferred) messages = await this.setAsideInvalid(opts.name, opts.check, messages);
        // Each message's consume span is a child of the span that produced it (its traceparent).
        const endSpans = consumeSpans(this.settings.clientId, opts.name, messages);
        try {
          if (messages.length === 0) {
            // Nothing left for the handler: the dead letters are durable, the offsets may move on.
          } else if (coalescer) await coalescer.submit({ messages, heartbeat });
          else await this.handleGuarded(opts, messages, { heartbeat });
        } catch (err) {
          endSpans(err);
          throw err;
        }
        endSpans();
        const last = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(last);
        // Offsets are committed only now, after the handler made its effects durable.
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
        stopTimer();
        state.progressAt = Date.now();
        await heartbeat();
      },
    });
  }

  /** Replaces a consumer kafkajs will not restart, until a new one runs (or the service closes). */
  private restartLater(opts: BatchConsumerOptions, state: ConsumerState, crashed: Consumer): void {
    const retryMs = this.config.consumerRestartMs;
    setTimeout(() => {
      if (state.consumer !== crashed || state.stopped) return;
      this.logger.warn(`consumer ${opts.name}: starting a new consumer after the crash`);
      void crashed
        .disconnect()
        .catch(() => undefined)
        .then(() => (state.consumer === crashed && !state.stopped ? this.runConsumer(opts, state) : undefined))
        .catch((err: unknown) => {
          // The new one could not start (brokers still away): try again later.
          this.logger.error(`consumer ${opts.name}: restart failed (${errorCode(err)}); trying again`);
          if (state.consumer && !state.stopped) this.restartLater(opts, state, state.consumer);
        });
    }, retryMs).unref();
  }

  /** A coalesced call: opens and checks the messages of every batch in it, then runs the handler on the rest. */
  private async openAndHandle(opts: BatchConsumerOptions, messages: IncomingMessage[], ctx: BatchContext): Promise<void> {
    if (opts.open) {
      messages = await this.setAsideUnopened(opts.name, opts.open, messages);
      if (opts.check) messages = await this.setAsideInvalid(opts.name, opts.check, messages);
    }
    if (messages.length > 0) await this.handleGuarded(opts, messages, ctx);
  }

  /** Opens sealed messages; publishes those that cannot be opened as dead letters (acks=all) and returns the others. */
  private async setAsideUnopened(consumer: string, opener: MessageOpener, messages: IncomingMessage[]): Promise<IncomingMessage[]> {
    const opened = await opener(messages);
    const valid: IncomingMessage[] = [];
    const dead: OutgoingEvent[] = [];
    opened.forEach((o, i) => (Array.isArray(o) ? dead.push(...this.deadLetters(consumer, messages[i], o)) : valid.push(o)));
    await this.publish(dead);
    return valid;
  }

  /** Publishes the messages that fail the check as dead letters (acks=all) and returns the others. */
  private async setAsideInvalid(consumer: string, check: MessageCheck, messages: IncomingMessage[]): Promise<IncomingMessage[]> {
    const valid: IncomingMessage[] = [];
    const dead: OutgoingEvent[] = [];
    for (const m of messages) {
      let reasons;
      try {
        reasons = check(m);
      } catch (e) {
        reasons = [{ path: '', reason: `unreadable: ${(e as Error).name}`, code: 'unreadable' }];
      }
      if (reasons.length === 0) valid.push(m);
      else dead.push(...this.deadLetters(consumer, m, reasons));
    }
    await this.publish(dead);
    return valid;
  }

  /**
   * Runs the handler. A call that fails with an error no retry can cure (see `isTransient`) is
   * retried as a whole (kafkajs delivers the batch again) until one of its messages has failed
   * `KAFKA_HANDLER_ATTEMPTS` times (default 5); then the messages are handled one at a time, in
   * order, and the one that still fails alone goes to the dead-letter topic with the error's name
   * and code (never its message, which may quote the data). Transient errors — the database or the
   * broker away — are retried for as long as they last, and never dead-letter anything.
   */
  private async handleGuarded(opts: BatchConsumerOptions, messages: IncomingMessage[], ctx: BatchContext): Promise<void> {
    const attempts = this.config.handlerAttempts;
    try {
      await opts.handle(messages, ctx);
      for (const m of messages) this.failures.delete(placeOf(opts.name, m));
      return;
    } catch (caught) {
      let e = caught;
      if (this.stopping(opts.name) || isTransient(e) || opts.deadLetterOnFailure === false) throw new RetryBatch(e);
      const code = dataErrorCode(e);
      if (code) {
        const dead: OutgoingEvent[] = [];
        try {
          await this.isolateDataErrors(opts, messages, ctx, code, dead);
          await this.publish(dead);
          return;
        } catch (inner) {
          // What was handled on the way is durable; its dead letters go out before anything is retried.
          await this.publish(dead);
          if (inner instanceof RetryBatch) throw inner;
          e = inner;
        }
      }
      let worst = 0;
      if (this.failures.size > 100_000) this.failures.clear();
      for (const m of messages) {
        const n = (this.failures.get(placeOf(opts.name, m)) ?? 0) + 1;
        this.failures.set(placeOf(opts.name, m), n);
        worst = Math.max(worst, n);
      }
      this.logger.warn(`consumer ${opts.name}: handler failed (${errorCode(e)}), attempt ${worst} of ${attempts}`);
      if (worst < attempts) throw new RetryBatch(e);
    }
    const dead: OutgoingEvent[] = [];
    for (const m of messages) {
      try {
        if (messages.length > 1) await opts.handle([m], ctx);
        else throw new Error('failed alone already');
      } catch (e) {
        if (messages.length > 1 && isTransient(e)) throw new RetryBatch(e);
        const code = messages.length > 1 ? errorCode(e) : 'repeated failures';
        if (m.topic === this.topics.deadLetters(this.settings.service)) {
          // Never a dead letter of a dead letter (it would come back here for ever): it stays
          // where it is, on the dead-letter topic, for operators.
          this.logger.error(`consumer ${opts.name}: cannot handle dead letter ${m.topic}/${m.partition}@${m.offset} (${code}); skipped`);
        } else dead.push(...this.deadLetters(opts.name, m, [{ path: '', reason: `handler-failed: ${code}`, code: 'handler-failed' }]));
      }
      this.failures.delete(placeOf(opts.name, m));
    }
    await this.publish(dead);
  }

  /** Non-transient handler failures per message (consumer, topic, partition, offset). */
  private readonly failures = new Map<string, number>();

  /** Each consumer's {@link BatchConsumerOptions.onDeadLetter}. */
  private readonly deadLetterHooks = new Map<string, NonNullable<BatchConsumerOptions['onDeadLetter']>>();

  /** The dead letter of one message, and what its consumer says about it besides ({@link BatchConsumerOptions.onDeadLetter}). */
  private deadLetters(consumer: string, m: IncomingMessage, reasons: ContractError[]): OutgoingEvent[] {
    const letter = this.deadLetter(consumer, m, reasons);
    const hook = this.deadLetterHooks.get(consumer);
    if (!hook) return [letter];
    try {
      return [letter, ...hook(m, letter.payload as DeadLetterEvent)];
    } catch (e) {
      // The notice is a courtesy; the dead letter itself must go out whatever the hook makes of the message.
      this.logger.error(`consumer ${consumer}: no notice for dead letter ${m.topic}/${m.partition}@${m.offset} (${errorCode(e)})`);
      return [letter];
    }
  }

  /**
   * A call that failed on a value Postgres refuses ({@link dataErrorCode}): the messages are handled
   * again in halves, then quarters…, until the message that carries the value is alone; it goes to
   * the dead-letter topic at once (never retried), every other message of the call is handled. About
   * 2·log2(n) extra calls for one bad message among n, instead of `KAFKA_HANDLER_ATTEMPTS` retries of
   * the whole call that held up every other message of the partition (issue 32, item 1). A transient
   * error on the way retries as usual; another error is thrown for the usual attempts count.
   */
  private async isolateDataErrors(
    opts: BatchConsumerOptions,
    messages: IncomingMessage[],
    ctx: BatchContext,
    code: string,
    dead: OutgoingEvent[],
  ): Promise<void> {
    if (messages.length === 1) {
      const m = messages[0];
      this.failures.delete(placeOf(opts.name, m));
      if (m.topic === this.topics.deadLetters(this.settings.service)) {
        this.logger.error(`consumer ${opts.name}: cannot handle dead letter ${m.topic}/${m.partition}@${m.offset} (${code}); skipped`);
        return;
      }
      const reason = `unstorable-value-${code.toLowerCase()}`;
      dead.push(...this.deadLetters(opts.name, m, [{ path: '', reason, code: reason }]));
      return;
    }
    const mid = Math.ceil(messages.length / 2);
    for (const half of [messages.slice(0, mid), messages.slice(mid)]) {
      try {
        await opts.handle(half, ctx);
        for (const m of half) this.failures.delete(placeOf(opts.name, m));
      } catch (e) {
        if (this.stopping(opts.name) || isTransient(e)) throw new RetryBatch(e);
        const again = dataErrorCode(e);
        if (!again) throw e;
        await this.isolateDataErrors(opts, half, ctx, again, dead);
      }
    }
  }

  /** The dead letter of one message: where it came from, why, and the record itself for a replay. */
  private deadLetter(consumer: string, m: IncomingMessage, reasons: ContractError[]): OutgoingEvent {
    this.deadLetterCount.inc({ consumer });
    this.deadLettered++;
    const wire = m.sealedValue !== undefined ? m.sealedValue : m.value;
    const payload: DeadLetterEvent = {
      // Derived from the message's place: a batch processed again republishes the same id.
      eventId: derivedId('dead-letter', consumer, m.topic, String(m.partition), m.offset),
      occurredAt: new Date().toISOString(),
      service: this.settings.service,
      consumer,
      sourceTopic: m.topic,
      sourcePartition: m.partition,
      sourceOffset: m.offset,
      sourceKey: m.key === null ? null : m.key.slice(0, 200),
      // Codes with field paths: the reasons a check gives may quote the value, and this topic goes to the ledger.
      reasons: codedReasons(reasons, 20),
      // A record near the broker's size limit would not fit once in base64: its place is enough
      // to find it (while the source topic retains it).
      // As it came off the log: a message the transport opened goes back sealed, never in clear.
      value: wire && wire.length <= MAX_DEAD_LETTER_VALUE_BYTES ? wire.toString('base64') : null,
      valueBytes: wire?.length ?? 0,
      headers: m.headers,
    };
    this.logger.warn(
      `dead letter from ${m.topic}/${m.partition}@${m.offset} (${consumer}): ${payload.reasons.map((r) => `${r.path || '(message)'}: ${r.reason}`).join('; ')}`,
    );
    return {
      id: payload.eventId,
      type: EventTypes.deadLetter,
      topic: this.topics.deadLetters(this.settings.service),
      key: `${m.topic}/${m.partition}`,
      traceId: traceIdOfMessage(m) ?? derivedId('trace', payload.eventId).replace(/-/g, ''),
      source: `passerelle/${this.settings.service}`,
      time: payload.occurredAt,
      payload,
    };
  }

  /** Messages set aside as dead letters since start. */
  deadLettered = 0;

  /** Every consumer's lag per partition, read from the brokers (committed offsets against log ends). */
  async lag(): Promise<PartitionLag[]> {
    const out: PartitionLag[] = [];
    await this.withAdmin(async (admin) => {
      for (const [name, s] of this.consumers) {
        if (s.topics.length === 0) continue;
        const committed = await admin.fetchOffsets({ groupId: s.group, topics: s.topics });
        for (const t of committed) {
          const ends = await admin.fetchTopicOffsets(t.topic);
          for (const p of t.partitions) {
            const end = BigInt(ends.find((e) => e.partition === p.partition)?.high ?? '0');
            const low = BigInt(ends.find((e) => e.partition === p.partition)?.low ?? '0');
            // No commit yet (-1): everything since the log's start is pending.
            const at = BigInt(p.offset) < 0n ? low : BigInt(p.offset);
            out.push({ consumer: name, topic: t.topic, partition: p.partition, lag: Number(end > at ? end - at : 0n) });
          }
        }
      }
    });
    return out;
  }

  /**
   * Consumers that have stopped making progress while messages wait (`KAFKA_STALL_MS`, default
   * 120 s without a committed batch and a lag above zero): what health reports as degraded.
   */
  async stalled(lag?: PartitionLag[]): Promise<string[]> {
    const stallMs = this.config.stallMs;
    const idle = [...this.consumers].filter(([, s]) => Date.now() - s.progressAt > stallMs);
    if (idle.length === 0) return [];
    const l = lag ?? (await this.lag());
    return idle.flatMap(([name]) =>
      l
        .filter((x) => x.consumer === name && x.lag > 0)
        .map((x) => `consumer ${name} makes no progress on ${x.topic}/${x.partition} (lag ${x.lag})`),
    );
  }

  /** The topics a consumer is subscribed to now (patterns resolved). */
  subscribedTopics(name: string): string[] {
    return [...(this.consumers.get(name)?.topics ?? [])];
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

  /**
   * Stops these consumers (by name; all of them without names) for good: no topic refresh, no
   * restart after a crash; each leaves its group once its running batch has finished and committed
   * its offsets (an error meanwhile is retried by the next owner, never dead-lettered). Idempotent.
   * The batch transport's `close()` stops its groups' consumers through this.
   */
  async stopConsumers(names?: readonly string[]): Promise<void> {
    const states = [...this.consumers].filter(([name]) => !names || names.includes(name)).map(([, s]) => s);
    for (const s of states) {
      s.stopped = true;
      clearInterval(s.timer);
    }
    await Promise.allSettled(states.map((s) => s.consumer?.disconnect()));
  }

  /** Whether the consumer's service or the consumer itself is stopping. */
  private stopping(name: string): boolean {
    return this.closing || this.consumers.get(name)?.stopped === true;
  }

  /** Stop consuming first: the running batch finishes and commits its offsets. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.stopConsumers();
  }

  /** Then, once the outbox relay and consumers are done, close the producer. */
  async onApplicationShutdown(): Promise<void> {
    if (this.producer) await this.producer.disconnect().catch(() => undefined);
    if (this.healthAdmin) await this.healthAdmin.disconnect().catch(() => undefined);
  }
}

import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka, logLevel, LogEntry, Producer } from 'kafkajs';
import { Gauge, Registry } from 'prom-client';
import { ContractError } from '@passerelle/contracts';
import { BatchConsumers, batchSecondsHistogram } from './batch-consumers';
import { ConsumerHealth, PartitionLag } from './consumer-health';
import { DeadLetterer, deadLetterCounter } from './dead-lettering';
import { errorCode } from './error-code';
import { IncomingMessage, OutgoingEvent } from './events';
import { ClusterAdmin } from './cluster-admin';
import { KafkaPublisher } from './kafka-publisher';
import { KafkaSettings, kafkaClient } from './kafka-settings';
import { MessagingConfig, messagingConfigFromEnv } from './messaging-config';
import { spanCounts } from './tracing';

export { errorCode } from './error-code';
export { isTransient } from './transient';

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
 * The Kafka side of one service, as the apps inject it: one client, and the four parts that use it —
 * the producer lane (`publisher`, kafka-publisher.ts), the cluster questions (`admin`,
 * cluster-admin.ts), the batch consumers with their dead letters (`consumers`, batch-consumers.ts;
 * `deadLetters`, dead-lettering.ts) and their health (`health`, consumer-health.ts). A facade: each
 * method below is one call to its part (docs/architecture.md, "The Kafka transport"); it also owns
 * the service's metrics registry and the shutdown order.
 */
@Injectable()
export class KafkaService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Kafka');
  readonly kafka: Kafka;
  /** This service's Prometheus metrics (served at GET /metrics); other parts register theirs here too. */
  readonly metrics = new Registry();
  private readonly batchSeconds = batchSecondsHistogram(this.metrics);
  private readonly deadLetterCount = deadLetterCounter(this.metrics);

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
  readonly config: MessagingConfig;
  readonly admin: ClusterAdmin;
  readonly publisher: KafkaPublisher;
  readonly deadLetters: DeadLetterer;
  readonly consumers: BatchConsumers;
  readonly health: ConsumerHealth;

  constructor(readonly settings: KafkaSettings) {
    this.config = messagingConfigFromEnv();
    this.kafka = kafkaClient(settings, settings.clientId, {
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
      connectionTimeout: 3000,
      retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    });
    this.admin = new ClusterAdmin(this.kafka);
    this.publisher = new KafkaPublisher(this.kafka, settings, this.config, this.admin);
    this.deadLetters = new DeadLetterer(settings, this.publisher, this.deadLetterCount);
    this.consumers = new BatchConsumers(this.kafka, settings, this.config, this.admin, this.publisher, this.deadLetters, this.batchSeconds);
    this.health = new ConsumerHealth(this.kafka, this.config, this.admin, this.consumers, this.metrics);
  }

  get topics() {
    return this.settings.topics;
  }

  getProducer(): Promise<Producer> {
    return this.publisher.getProducer();
  }

  /** Publishes events with acks=all, in order; resolves once every write is acknowledged (KafkaPublisher `publish`). */
  publish(events: OutgoingEvent[]): Promise<void> {
    return this.publisher.publish(events);
  }

  withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
    return this.admin.withAdmin(fn);
  }

  /** Whether a topic exists and this service's user may see it (the broker lists only those). */
  topicExists(topic: string): Promise<boolean> {
    return this.admin.topicExists(topic);
  }

  /** Creates the topics that do not exist yet (idempotent). */
  ensureTopics(topics: string[], opts: { partitions?: number; replicationFactor?: number } = {}): Promise<void> {
    return this.admin.ensureTopics(topics, opts);
  }

  /** Sets messages aside from inside a handler, published before it resolves (DeadLetterer `setAside`). */
  setAside(consumer: string, refused: { message: IncomingMessage; reasons: ContractError[] }[]): Promise<void> {
    return this.deadLetters.setAside(consumer, refused);
  }

  /** Messages set aside as dead letters since start. */
  get deadLettered(): number {
    return this.deadLetters.deadLettered;
  }

  /** Every consumer's lag per partition, read from the brokers (committed offsets against log ends). */
  lag(): Promise<PartitionLag[]> {
    return this.health.lag();
  }

  /** Consumers that have stopped making progress while messages wait (ConsumerHealth `stalled`). */
  stalled(lag?: PartitionLag[]): Promise<string[]> {
    return this.health.stalled(lag);
  }

  /** The topics a consumer is subscribed to now (patterns resolved). */
  subscribedTopics(name: string): string[] {
    return this.health.subscribedTopics(name);
  }

  /** Readiness: the producer (when used) is connected and every consumer has joined its group. */
  status(): { ready: boolean; detail: Record<string, string> } {
    return this.health.status();
  }

  /** Checks that the cluster answers (used by readiness when the service has no consumer). */
  ping(): Promise<void> {
    return this.health.ping();
  }

  /** Stop consuming first: the running batch finishes and commits its offsets. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumers.close();
  }

  /** Then, once the outbox relay and consumers are done, close the producer. */
  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
    await this.health.close();
  }
}

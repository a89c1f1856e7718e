import { envInt } from '@passerelle/contracts';

/**
 * The transport's and outbox relay's settings, read once when a KafkaService or an outbox relay is
 * built (at start-up), never per publish or per batch. A wrong value stops start-up with the
 * variable's name (libs/contracts env-config.ts). docs/operations.md lists them.
 */
const MIB = 1024 * 1024;

export interface MessagingConfig {
  /** Bytes one produce request may carry (`KAFKA_MAX_REQUEST_BYTES`, default 512 KiB). */
  maxRequestBytes: number;
  /** The broker's largest record (`KAFKA_MAX_MESSAGE_BYTES`, default 1 000 000, the broker's message.max.bytes). */
  maxMessageBytes: number;
  /** How often topic patterns are resolved again (`KAFKA_TOPIC_REFRESH_MS`, default 10 s). */
  topicRefreshMs: number;
  /** Partitions a consumer handles at once when it does not coalesce (`KAFKA_PARTITIONS_CONCURRENCY`, default 3). */
  partitionsConcurrency: number;
  /** Delay before a consumer kafkajs gave up on is replaced (`KAFKA_CONSUMER_RESTART_MS`, default 5 s). */
  consumerRestartMs: number;
  /** Failures of a message before it is dead-lettered (`KAFKA_HANDLER_ATTEMPTS`, default 5). */
  handlerAttempts: number;
  /** A consumer with lag and no progress this long is reported stalled (`KAFKA_STALL_MS`, default 120 s). */
  stallMs: number;
  /** Rows the events outbox relay publishes per pass (`OUTBOX_BATCH_SIZE`, default 500). */
  outboxBatchSize: number;
  /** Rows the access-record outbox relay publishes per pass (`ACCESS_OUTBOX_BATCH_SIZE`, default `OUTBOX_BATCH_SIZE`). */
  accessOutboxBatchSize: number;
  /** How long an idle outbox relay waits before it looks again (`OUTBOX_POLL_MS`, default 1 s). */
  outboxPollMs: number;
  /**
   * Coalescing for consumers whose handler pays per call: partitions handed over at once
   * (`KAFKA_COALESCE_PARTITIONS`, default 16; 0 or 1 turns coalescing off, then this is undefined)
   * and the most messages in one call (`KAFKA_COALESCE_MAX_MESSAGES`, default 2000). 2000 rather
   * than 5000: a router call of 5000 submissions held ~15,000 outgoing events at once. With 2000
   * (and 4 MiB fetches) the bench's peak RSS fell from 207–212 to 173–178 MB for the router,
   * 175–177 to 150–151 for the intake and 182–183 to 155–170 for the audit, throughput within noise
   * (docs/performance.md, Memory).
   */
  coalesce: { partitions: number; maxMessages: number } | undefined;
  /**
   * The most bytes one consumer fetch may bring (`KAFKA_FETCH_MAX_BYTES`, default 4 MiB, at least
   * 1 MiB: one message can be that large; kafkajs's own default is 10 MiB).
   */
  fetchMaxBytes: number;
}

export function messagingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const outboxBatchSize = envInt(env, 'OUTBOX_BATCH_SIZE', 500, { min: 1, max: 100_000 });
  const coalescePartitions = envInt(env, 'KAFKA_COALESCE_PARTITIONS', 16, { min: 0, max: 10_000 });
  // Read even when coalescing is off: a wrong value is still a mistake worth stopping for.
  const coalesceMaxMessages = envInt(env, 'KAFKA_COALESCE_MAX_MESSAGES', 2000, { min: 1, max: 1_000_000 });
  return {
    maxRequestBytes: envInt(env, 'KAFKA_MAX_REQUEST_BYTES', 512 * 1024, { min: 1024 }),
    maxMessageBytes: envInt(env, 'KAFKA_MAX_MESSAGE_BYTES', 1_000_000, { min: 1024 }),
    topicRefreshMs: envInt(env, 'KAFKA_TOPIC_REFRESH_MS', 10_000, { min: 100 }),
    partitionsConcurrency: envInt(env, 'KAFKA_PARTITIONS_CONCURRENCY', 3, { min: 1, max: 1000 }),
    consumerRestartMs: envInt(env, 'KAFKA_CONSUMER_RESTART_MS', 5000, { min: 0 }),
    handlerAttempts: envInt(env, 'KAFKA_HANDLER_ATTEMPTS', 5, { min: 1, max: 1000 }),
    stallMs: envInt(env, 'KAFKA_STALL_MS', 120_000, { min: 1 }),
    outboxBatchSize,
    accessOutboxBatchSize: envInt(env, 'ACCESS_OUTBOX_BATCH_SIZE', outboxBatchSize, { min: 1, max: 100_000 }),
    outboxPollMs: envInt(env, 'OUTBOX_POLL_MS', 1000, { min: 1 }),
    coalesce: coalescePartitions > 1 ? { partitions: coalescePartitions, maxMessages: coalesceMaxMessages } : undefined,
    fetchMaxBytes: envInt(env, 'KAFKA_FETCH_MAX_BYTES', 4 * MIB, { min: MIB, max: 1024 * MIB }),
  };
}

import { envInt } from '@passerelle/contracts';

/**
 * The transport's and outbox relay's settings, read once when a KafkaService or an outbox relay is
 * built (at start-up), never per publish or per batch. A wrong value stops start-up with the
 * variable's name (libs/contracts env-config.ts). docs/operations.md lists them.
 */
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
}

export function messagingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const outboxBatchSize = envInt(env, 'OUTBOX_BATCH_SIZE', 500, { min: 1, max: 100_000 });
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
  };
}

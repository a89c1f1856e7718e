import { messagingConfigFromEnv } from './messaging-config';

const MIB = 1024 * 1024;

describe('the transport settings', () => {
  it('defaults when unset; the access lane follows OUTBOX_BATCH_SIZE unless set itself', () => {
    expect(messagingConfigFromEnv({})).toEqual({
      maxRequestBytes: 512 * 1024,
      maxMessageBytes: 1_000_000,
      topicRefreshMs: 10_000,
      partitionsConcurrency: 3,
      consumerRestartMs: 5000,
      handlerAttempts: 5,
      stallMs: 120_000,
      outboxBatchSize: 500,
      accessOutboxBatchSize: 500,
      outboxPollMs: 1000,
      coalesce: { partitions: 16, maxMessages: 2000 },
      fetchMaxBytes: 4 * MIB,
    });
    expect(messagingConfigFromEnv({ OUTBOX_BATCH_SIZE: '50' })).toMatchObject({ outboxBatchSize: 50, accessOutboxBatchSize: 50 });
    expect(messagingConfigFromEnv({ OUTBOX_BATCH_SIZE: '50', ACCESS_OUTBOX_BATCH_SIZE: '20' }).accessOutboxBatchSize).toBe(20);
  });

  it('coalesces 16 partitions and at most 2000 messages a call unless told otherwise; 0 or 1 partition turns it off', () => {
    expect(messagingConfigFromEnv({ KAFKA_COALESCE_MAX_MESSAGES: '250' }).coalesce).toEqual({ partitions: 16, maxMessages: 250 });
    expect(messagingConfigFromEnv({ KAFKA_COALESCE_PARTITIONS: '4' }).coalesce).toEqual({ partitions: 4, maxMessages: 2000 });
    expect(messagingConfigFromEnv({ KAFKA_COALESCE_PARTITIONS: '1' }).coalesce).toBeUndefined();
    expect(messagingConfigFromEnv({ KAFKA_COALESCE_PARTITIONS: '0' }).coalesce).toBeUndefined();
  });

  it('fetches at most 4 MiB at once by default, and never less than one 1 MiB message', () => {
    expect(messagingConfigFromEnv({ KAFKA_FETCH_MAX_BYTES: String(8 * MIB) }).fetchMaxBytes).toBe(8 * MIB);
    expect(messagingConfigFromEnv({ KAFKA_FETCH_MAX_BYTES: String(MIB) }).fetchMaxBytes).toBe(MIB);
  });

  it.each([
    ['KAFKA_STALL_MS', '2m', 'KAFKA_STALL_MS must be an integer of at least 1; it is "2m"'],
    ['KAFKA_HANDLER_ATTEMPTS', '0', 'KAFKA_HANDLER_ATTEMPTS must be an integer from 1 to 1000; it is "0"'],
    ['OUTBOX_POLL_MS', 'NaN', 'OUTBOX_POLL_MS must be an integer of at least 1; it is "NaN"'],
    // These three used to fall back to their default without a word.
    ['KAFKA_COALESCE_MAX_MESSAGES', '-3', 'KAFKA_COALESCE_MAX_MESSAGES must be an integer from 1 to 1000000; it is "-3"'],
    ['KAFKA_COALESCE_MAX_MESSAGES', '0', 'KAFKA_COALESCE_MAX_MESSAGES must be an integer from 1 to 1000000; it is "0"'],
    ['KAFKA_COALESCE_PARTITIONS', 'all', 'KAFKA_COALESCE_PARTITIONS must be an integer from 0 to 10000; it is "all"'],
    ['KAFKA_COALESCE_PARTITIONS', '-1', 'KAFKA_COALESCE_PARTITIONS must be an integer from 0 to 10000; it is "-1"'],
    ['KAFKA_FETCH_MAX_BYTES', '1000', 'KAFKA_FETCH_MAX_BYTES must be an integer from 1048576 to 1073741824; it is "1000"'],
    ['KAFKA_FETCH_MAX_BYTES', 'lots', 'KAFKA_FETCH_MAX_BYTES must be an integer from 1048576 to 1073741824; it is "lots"'],
  ])('a wrong value stops start-up naming the variable: %s=%s', (name, value, message) => {
    expect(() => messagingConfigFromEnv({ [name]: value })).toThrow(message);
  });
});

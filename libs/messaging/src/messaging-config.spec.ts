import { messagingConfigFromEnv } from './messaging-config';

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
    });
    expect(messagingConfigFromEnv({ OUTBOX_BATCH_SIZE: '50' })).toMatchObject({ outboxBatchSize: 50, accessOutboxBatchSize: 50 });
    expect(messagingConfigFromEnv({ OUTBOX_BATCH_SIZE: '50', ACCESS_OUTBOX_BATCH_SIZE: '20' }).accessOutboxBatchSize).toBe(20);
  });

  it('a wrong value stops start-up naming the variable (it used to run with NaN)', () => {
    expect(() => messagingConfigFromEnv({ KAFKA_STALL_MS: '2m' })).toThrow('KAFKA_STALL_MS must be an integer of at least 1; it is "2m"');
    expect(() => messagingConfigFromEnv({ KAFKA_HANDLER_ATTEMPTS: '0' })).toThrow(/^KAFKA_HANDLER_ATTEMPTS must be an integer from 1/);
    expect(() => messagingConfigFromEnv({ OUTBOX_POLL_MS: 'NaN' })).toThrow(/^OUTBOX_POLL_MS /);
  });
});

import { ConfigError, envChoice, envFlag, envInt, envNumber, envPort } from './env-config';
import { contractPolicyFromEnv } from './policy';
import { topicNames, topicRetentionMs } from './topics';

describe('settings from the environment', () => {
  it('an unset or empty setting takes its default; a good one is read', () => {
    expect(envInt({}, 'OUTBOX_POLL_MS', 1000)).toBe(1000);
    expect(envInt({ OUTBOX_POLL_MS: '' }, 'OUTBOX_POLL_MS', 1000)).toBe(1000);
    expect(envInt({ OUTBOX_POLL_MS: ' 250 ' }, 'OUTBOX_POLL_MS', 1000, { min: 1 })).toBe(250);
    expect(envNumber({ PRODUCT_ACK_WITHIN_HOURS: '0.5' }, 'PRODUCT_ACK_WITHIN_HOURS', 72, { min: 0.01 })).toBe(0.5);
    expect(envFlag({ KAFKA_SSL: 'TRUE' }, 'KAFKA_SSL', false)).toBe(true);
    expect(envFlag({ KAFKA_SSL: 'no' }, 'KAFKA_SSL', true)).toBe(false);
    expect(envFlag({}, 'KAFKA_SSL', false)).toBe(false);
  });

  it('a wrong value is an error naming the variable and what it needs, never NaN or the default', () => {
    expect(() => envInt({ OUTBOX_POLL_MS: 'fast' }, 'OUTBOX_POLL_MS', 1000)).toThrow(
      new ConfigError('OUTBOX_POLL_MS', 'an integer', 'fast'),
    );
    expect(() => envInt({ OUTBOX_POLL_MS: 'fast' }, 'OUTBOX_POLL_MS', 1000)).toThrow('OUTBOX_POLL_MS must be an integer; it is "fast"');
    expect(() => envInt({ KAFKA_HANDLER_ATTEMPTS: '2.5' }, 'KAFKA_HANDLER_ATTEMPTS', 5, { min: 1 })).toThrow(
      'KAFKA_HANDLER_ATTEMPTS must be an integer of at least 1; it is "2.5"',
    );
    expect(() => envInt({ OUTBOX_BATCH_SIZE: '0' }, 'OUTBOX_BATCH_SIZE', 500, { min: 1, max: 10000 })).toThrow(
      'OUTBOX_BATCH_SIZE must be an integer from 1 to 10000; it is "0"',
    );
    expect(() => envNumber({ X: 'Infinity' }, 'X', 1)).toThrow('X must be a number; it is "Infinity"');
    expect(() => envNumber({ X: '5' }, 'X', 1, { max: 4 })).toThrow('X must be a number of at most 4; it is "5"');
    expect(() => envFlag({ KAFKA_SSL: 'on' }, 'KAFKA_SSL', false)).toThrow('KAFKA_SSL must be true or false; it is "on"');
    const long = '9'.repeat(100) + 'x';
    expect(() => envInt({ X: long }, 'X', 1)).toThrow(`X must be an integer; it is "${'9'.repeat(40)}…"`);
    let caught: unknown;
    try {
      envInt({ OUTBOX_POLL_MS: 'fast' }, 'OUTBOX_POLL_MS', 1000);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect(caught).toHaveProperty('variable', 'OUTBOX_POLL_MS');
  });

  it('a whole number past what a double holds exactly is refused', () => {
    expect(() => envInt({ X: '1e20' }, 'X', 1, { min: 1 })).toThrow('X must be an integer of at least 1; it is "1e20"');
  });

  it.each([
    ['log', 'log'],
    [' warn ', 'warn'],
    ['', 'log'],
    [undefined, 'log'],
  ])('a word from a fixed set: LOG_LEVEL=%p is %p', (raw, read) => {
    expect(envChoice({ LOG_LEVEL: raw }, 'LOG_LEVEL', 'log', ['error', 'warn', 'log'])).toBe(read);
  });

  it.each(['Warn', 'info', 'log,warn'])('a word outside the set is refused with the choices: LOG_LEVEL=%p', (raw) => {
    expect(() => envChoice({ LOG_LEVEL: raw }, 'LOG_LEVEL', 'log', ['error', 'warn', 'log'])).toThrow(
      `LOG_LEVEL must be one of error, warn, log; it is "${raw}"`,
    );
  });

  it.each([
    ['3000', 3000],
    ['0', 0],
    ['65535', 65535],
  ])('a port: PORT=%p is %p', (raw, port) => {
    expect(envPort({ PORT: raw }, 'PORT', 1)).toBe(port);
  });

  it.each(['-1', '65536', '30x0', '80.5'])('a port out of range or not whole is refused: PORT=%p', (raw) => {
    expect(() => envPort({ PORT: raw }, 'PORT', 1)).toThrow(`PORT must be an integer from 0 to 65535; it is "${raw}"`);
  });
});

describe('settings read through env-config elsewhere in libs/contracts', () => {
  it('the contract policy: defaults, and a wrong value refused naming the variable', () => {
    expect(contractPolicyFromEnv({})).toEqual({
      accreditedMaxClassification: 'confidential',
      maxRetentionDays: 1825,
      clockSkewSeconds: 300,
    });
    expect(contractPolicyFromEnv({ ACCREDITED_MAX_CLASSIFICATION: 'restricted', CLOCK_SKEW_SECONDS: '0' })).toMatchObject({
      accreditedMaxClassification: 'restricted',
      clockSkewSeconds: 0,
    });
    expect(() => contractPolicyFromEnv({ ACCREDITED_MAX_CLASSIFICATION: 'top-secrett' })).toThrow(
      /^ACCREDITED_MAX_CLASSIFICATION must be one of /,
    );
    expect(() => contractPolicyFromEnv({ MAX_RETENTION_DAYS: '0' })).toThrow(
      'MAX_RETENTION_DAYS must be an integer from 1 to 36500; it is "0"',
    );
    expect(() => contractPolicyFromEnv({ CLOCK_SKEW_SECONDS: '5m' })).toThrow(
      'CLOCK_SKEW_SECONDS must be an integer from 0 to 86400; it is "5m"',
    );
  });

  it("a topic's retention: its kind's default, an override, and a wrong override refused", () => {
    const names = topicNames('');
    const feed = names.feed('ocam');
    expect(topicRetentionMs(names, feed, {})).toBe(14 * 86_400_000);
    expect(topicRetentionMs(names, feed, { KAFKA_RETENTION_DAYS_FEED: '0.5' })).toBe(43_200_000);
    expect(() => topicRetentionMs(names, feed, { KAFKA_RETENTION_DAYS_FEED: '-1' })).toThrow(
      'KAFKA_RETENTION_DAYS_FEED must be a number from 0.01 to 3650; it is "-1"',
    );
  });
});

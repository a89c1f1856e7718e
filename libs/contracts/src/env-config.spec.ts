import { ConfigError, envFlag, envInt, envNumber } from './env-config';

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
});

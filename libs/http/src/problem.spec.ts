import { databaseUnavailable } from './problem';

describe('database unavailable → 503, not 500', () => {
  it('recognises a restarting or unreachable Postgres', () => {
    expect(databaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      databaseUnavailable({
        message: 'QueryFailedError',
        driverError: { code: '57P01', message: 'terminating connection due to administrator command' },
      }),
    ).toBe(true);
    expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves query errors alone (those are bugs, logged as such)', () => {
    expect(databaseUnavailable({ message: 'QueryFailedError', driverError: { code: '23505', message: 'duplicate key value' } })).toBe(
      false,
    );
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});

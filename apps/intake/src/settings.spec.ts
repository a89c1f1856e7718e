import { handoverTtlMs, requestTtlMs } from './admin/principal-admin';
import { alertConcurrency } from './alerts/alert-dispatcher';
import { erasureTtlMs } from './erasure/erasure';
import { versionBudget, watchlistBudgetsFromEnv } from './watchlists/evaluate-batch.usecase';

/** The intake's own settings: each read once when the app is built; a wrong value stops start-up naming it. */
describe("the intake's settings", () => {
  it.each([
    [requestTtlMs, 'PRINCIPAL_REQUEST_TTL_HOURS', 24],
    [handoverTtlMs, 'KEY_HANDOVER_TTL_HOURS', 72],
    [erasureTtlMs, 'ERASURE_REQUEST_TTL_HOURS', 72],
  ] as const)('%p: %s defaults to %d hours; a fraction of an hour is allowed', (read, name, hours) => {
    expect(read({})).toBe(hours * 3_600_000);
    expect(read({ [name]: '0.5' })).toBe(1_800_000);
    expect(read({ [name]: '48' })).toBe(48 * 3_600_000);
  });

  // Each used to give the default without a word.
  it.each([
    ['PRINCIPAL_REQUEST_TTL_HOURS', 'a day'],
    ['PRINCIPAL_REQUEST_TTL_HOURS', '0'],
    ['KEY_HANDOVER_TTL_HOURS', '-1'],
    ['ERASURE_REQUEST_TTL_HOURS', '9999'],
  ])('refuses %s=%s naming it', (name, value) => {
    const read = {
      PRINCIPAL_REQUEST_TTL_HOURS: requestTtlMs,
      KEY_HANDOVER_TTL_HOURS: handoverTtlMs,
      ERASURE_REQUEST_TTL_HOURS: erasureTtlMs,
    }[name]!;
    expect(() => read({ [name]: value })).toThrow(`${name} must be a number from 0.01 to 8760; it is "${value}"`);
  });

  it('watchlist budgets: declared records times keys per record, else the per-version default', () => {
    const b = watchlistBudgetsFromEnv({ WATCHLIST_AGENCY_RECORDS: 'customs=1000, mobility = 20', WATCHLIST_KEYS_PER_RECORD: '1.5' });
    expect(versionBudget(b, 'customs')).toBe(1500);
    expect(versionBudget(b, 'mobility')).toBe(30);
    expect(versionBudget(b, 'police')).toBe(200_000);
    expect(b.perAgencyPerHour).toBe(300_000);
    expect(versionBudget(watchlistBudgetsFromEnv({ WATCHLIST_AGENCY_RECORDS: 'customs=1000' }), 'customs')).toBe(2000);
    expect(watchlistBudgetsFromEnv({ WATCHLIST_AGENCY_RECORDS: '' }).agencyRecords.size).toBe(0);
  });

  it.each([
    ['WATCHLIST_AGENCY_RECORDS', 'customs:1000', /^WATCHLIST_AGENCY_RECORDS must be agency=records pairs/],
    ['WATCHLIST_AGENCY_RECORDS', 'customs=0', /^WATCHLIST_AGENCY_RECORDS must be agency=records pairs/],
    ['WATCHLIST_AGENCY_RECORDS', 'customs=lots', /^WATCHLIST_AGENCY_RECORDS must be agency=records pairs/],
    ['WATCHLIST_KEYS_PER_RECORD', '0', /^WATCHLIST_KEYS_PER_RECORD must be a number from 1 to 100; it is "0"/],
    ['WATCHLIST_EVALUATIONS_PER_AGENCY_PER_HOUR', '-5', /^WATCHLIST_EVALUATIONS_PER_AGENCY_PER_HOUR must be an integer of at least 1/],
    ['WATCHLIST_EVALUATIONS_PER_PRINCIPAL_PER_VERSION', '2e5x', /^WATCHLIST_EVALUATIONS_PER_PRINCIPAL_PER_VERSION must be an integer/],
  ])('refuses %s=%s naming it', (name, value, message) => {
    expect(() => watchlistBudgetsFromEnv({ [name]: value })).toThrow(message);
  });

  it('alert deliveries under way: ALERTS_CONCURRENCY, default 4, at most half the database pool', () => {
    expect(alertConcurrency({})).toBe(4);
    expect(alertConcurrency({ ALERTS_CONCURRENCY: '8', DATABASE_POOL_SIZE: '20' })).toBe(8);
    expect(alertConcurrency({ ALERTS_CONCURRENCY: '8' })).toBe(5);
    expect(alertConcurrency({ DATABASE_POOL_SIZE: '3' })).toBe(1);
    expect(alertConcurrency({ DATABASE_POOL_SIZE: '1' })).toBe(1);
    expect(() => alertConcurrency({ ALERTS_CONCURRENCY: '0' })).toThrow(/^ALERTS_CONCURRENCY must be an integer/);
  });
});

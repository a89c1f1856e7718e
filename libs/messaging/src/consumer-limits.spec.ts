import { coalesceSettings, fetchMaxBytes } from './kafka.service';

describe('consumer memory limits', () => {
  it('coalesces 16 partitions and at most 2000 messages a call unless told otherwise', () => {
    expect(coalesceSettings({})).toEqual({ partitions: 16, maxMessages: 2000 });
    expect(coalesceSettings({ KAFKA_COALESCE_MAX_MESSAGES: '250' })).toEqual({ partitions: 16, maxMessages: 250 });
    expect(coalesceSettings({ KAFKA_COALESCE_MAX_MESSAGES: '-3' })).toEqual({ partitions: 16, maxMessages: 2000 });
    expect(coalesceSettings({ KAFKA_COALESCE_PARTITIONS: '1' })).toBeUndefined();
  });

  it('fetches at most 4 MiB at once by default, and never less than one 1 MiB message', () => {
    expect(fetchMaxBytes({})).toBe(4 * 1024 * 1024);
    expect(fetchMaxBytes({ KAFKA_FETCH_MAX_BYTES: String(8 * 1024 * 1024) })).toBe(8 * 1024 * 1024);
    expect(fetchMaxBytes({ KAFKA_FETCH_MAX_BYTES: '1000' })).toBe(4 * 1024 * 1024);
    expect(fetchMaxBytes({ KAFKA_FETCH_MAX_BYTES: 'lots' })).toBe(4 * 1024 * 1024);
  });
});

import { parseDeadlines } from './deadlines';

describe('deadlines by urgency', () => {
  it('defaults to 8 hours, 3 days and 7 days', () => {
    expect(parseDeadlines('')).toEqual({ immediate: 8 * 3600_000, priority: 3 * 86400_000, routine: 7 * 86400_000 });
  });

  it('takes overrides in minutes, hours or days', () => {
    expect(parseDeadlines('immediate=30m, routine=2d')).toMatchObject({ immediate: 30 * 60_000, routine: 2 * 86400_000 });
  });

  it('refuses what it cannot read, saying what it expected', () => {
    expect(() => parseDeadlines('urgent=1h')).toThrow(/urgency one of immediate, priority, routine/);
    expect(() => parseDeadlines('immediate=8 hours')).toThrow(/<number><m\|h\|d>/);
  });
});

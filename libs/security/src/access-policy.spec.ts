import { mayMark, maySee, visibilityOf } from './access-policy';
import { Principal } from './principal';

const analyst = (over: Partial<Principal> = {}): Principal => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'a',
  role: 'analyst',
  agency: null,
  clearance: 'confidential',
  clearanceExpiresAt: null,
  feeds: ['ocam'],
  ...over,
});

describe('access policy', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it('lets a cleared member of the feed read up to its clearance', () => {
    const v = visibilityOf(analyst(), now);
    expect(maySee(v, 'ocam', 'confidential')).toBe(true);
    expect(maySee(v, 'ocam', 'secret')).toBe(false);
  });

  it('refuses feeds the principal is not a member of (need-to-know)', () => {
    expect(maySee(visibilityOf(analyst(), now), 'police-organised-crime', 'unclassified')).toBe(false);
  });

  it('reduces an expired clearance to what needs none: RESTREINT still, nothing CONFIDENTIEL or above', () => {
    const v = visibilityOf(analyst({ clearanceExpiresAt: new Date('2026-11-21T12:00:00Z') }), now);
    expect(v.restriction).toBe('clearance-expired');
    expect(maySee(v, 'ocam', 'confidential')).toBe(false);
    expect(maySee(v, 'ocam', 'restricted')).toBe(true);
    expect(maySee(v, 'ocam', 'unclassified')).toBe(true);
  });

  it('lets a member of the feed without any clearance read RESTREINT (need-to-know only), not CONFIDENTIEL', () => {
    const v = visibilityOf(analyst({ clearance: 'unclassified', briefingDue: null }), now);
    expect(v.maxRank).toBe(1);
    expect(maySee(v, 'ocam', 'restricted')).toBe(true);
    expect(maySee(v, 'ocam', 'confidential')).toBe(false);
    // Need-to-know still: not on a feed it is not a member of.
    expect(maySee(v, 'police-organised-crime', 'restricted')).toBe(false);
  });

  it('reads nothing classified before the briefing in force is acknowledged, with or without a clearance', () => {
    expect(visibilityOf(analyst({ clearance: 'unclassified', briefingDue: 1 }), now).maxRank).toBe(0);
    expect(visibilityOf(analyst({ briefingDue: 1 }), now)).toMatchObject({ maxRank: 0, restriction: 'briefing-required' });
  });

  it('keeps a clearance that expires later', () => {
    const v = visibilityOf(analyst({ clearanceExpiresAt: new Date('2026-11-23T12:00:00Z') }), now);
    expect(maySee(v, 'ocam', 'confidential')).toBe(true);
  });

  it('lets a principal mark a submission up to its clearance in force, never above', () => {
    const poc = analyst({ role: 'poc', agency: 'customs', clearance: 'restricted', feeds: [] });
    expect(mayMark(poc, 'unclassified', now)).toBe(true);
    expect(mayMark(poc, 'restricted', now)).toBe(true);
    expect(mayMark(poc, 'confidential', now)).toBe(false);
    const lapsed = { ...poc, clearance: 'confidential' as const, clearanceExpiresAt: new Date('2026-11-21T12:00:00Z') };
    expect(mayMark(lapsed, 'confidential', now)).toBe(false);
    expect(mayMark(lapsed, 'restricted', now)).toBe(true);
    // RESTREINT needs no clearance: a POC with none recorded may mark it, nothing above.
    expect(mayMark({ ...poc, clearance: 'unclassified' }, 'restricted', now)).toBe(true);
    expect(mayMark({ ...poc, clearance: 'unclassified' }, 'confidential', now)).toBe(false);
  });
});

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

  it('reduces an expired clearance to unclassified', () => {
    const v = visibilityOf(analyst({ clearanceExpiresAt: new Date('2026-11-21T12:00:00Z') }), now);
    expect(v.restriction).toBe('clearance-expired');
    expect(maySee(v, 'ocam', 'restricted')).toBe(false);
    expect(maySee(v, 'ocam', 'unclassified')).toBe(true);
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
    expect(mayMark({ ...poc, clearanceExpiresAt: new Date('2026-11-21T12:00:00Z') }, 'restricted', now)).toBe(false);
    expect(mayMark({ ...poc, clearanceExpiresAt: new Date('2026-11-21T12:00:00Z') }, 'unclassified', now)).toBe(true);
  });
});

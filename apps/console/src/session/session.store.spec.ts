import { ConsoleConfig } from '../config';
import { SessionPrincipal, SessionStore } from './session.store';

const config: ConsoleConfig = {
  upstreams: { gateway: 'http://g', intake: 'http://i', audit: 'http://a' },
  idleTimeoutMs: 15 * 60_000,
  maxAgeMs: 8 * 3_600_000,
  secureCookie: false,
  maxSessions: 3,
  maxSessionsPerPrincipal: 2,
  signInPerAddressPerMinute: 20,
  signInPerKeyPerMinute: 10,
  streamCheckMs: 5000,
};
const who: SessionPrincipal = {
  id: 'p1',
  name: 'poc-customs',
  role: 'poc',
  agency: 'customs',
  clearance: 'restricted',
  clearanceExpiresAt: null,
  clearanceExpired: false,
  feeds: [],
};

describe('SessionStore', () => {
  let store: SessionStore;
  beforeEach(() => (store = new SessionStore(config)));
  afterEach(() => store.onModuleDestroy());

  it('finds a session by its cookie value only, and never hands out the key with the id', () => {
    const { id, session } = store.create('psl_secret', who, 0);
    expect(id).not.toContain('psl_secret');
    expect(store.find(id, { now: 1000 })).toEqual({ session });
    expect(store.find(`${id}x`, { now: 1000 })).toEqual({ expired: false });
    expect(store.find(undefined)).toEqual({ expired: false });
  });

  it('ends a session idle for the timeout, and activity restarts the idle clock', () => {
    const { id } = store.create('k', who, 0);
    expect('session' in store.find(id, { now: 14 * 60_000 })).toBe(true);
    expect('session' in store.find(id, { now: 28 * 60_000 })).toBe(true);
    // A status check (touch: false) does not count as activity.
    expect('session' in store.find(id, { now: 42 * 60_000, touch: false })).toBe(true);
    expect(store.find(id, { now: 44 * 60_000 })).toEqual({ expired: true });
    expect(store.find(id, { now: 44 * 60_000 })).toEqual({ expired: false });
  });

  it('ends a session at its longest age, however active', () => {
    const { id } = store.create('k', who, 0);
    for (let t = 10 * 60_000; t < 8 * 3_600_000; t += 10 * 60_000) expect('session' in store.find(id, { now: t })).toBe(true);
    expect(store.find(id, { now: 8 * 3_600_000 })).toEqual({ expired: true });
  });

  it("keeps at most maxSessionsPerPrincipal per principal, ending only that principal's oldest", () => {
    const other = store.create('o', { ...who, id: 'p2' }, 0);
    const a = store.create('a', who, 1);
    const b = store.create('b', who, 2);
    store.find(a.id, { now: 3 });
    const c = store.create('c', who, 4);
    expect('session' in store.find(b.id, { now: 5 })).toBe(false);
    expect('session' in store.find(a.id, { now: 5 })).toBe(true);
    expect('session' in store.find(c.id, { now: 5 })).toBe(true);
    for (let t = 6; t < 20; t++) store.create(`x${t}`, who, t);
    expect('session' in store.find(other.id, { now: 21 })).toBe(true);
  });

  it('keeps at most maxSessions, dropping the least recently used', () => {
    const a = store.create('a', who, 0);
    const b = store.create('b', { ...who, id: 'p2' }, 1);
    const c = store.create('c', { ...who, id: 'p3' }, 2);
    store.find(a.id, { now: 3 });
    store.create('d', who, 4);
    expect(store.size).toBe(3);
    expect('session' in store.find(b.id, { now: 5 })).toBe(false);
    expect('session' in store.find(a.id, { now: 5 })).toBe(true);
    expect('session' in store.find(c.id, { now: 5 })).toBe(true);
  });

  it('compares CSRF tokens in full', () => {
    const { session } = store.create('k', who);
    expect(SessionStore.tokensMatch(session.csrfToken, session.csrfToken)).toBe(true);
    expect(SessionStore.tokensMatch(session.csrfToken, session.csrfToken.slice(1))).toBe(false);
    expect(SessionStore.tokensMatch(session.csrfToken, undefined)).toBe(false);
  });

  it('destroys a session by cookie, and every session object a revoked key backed', () => {
    const one = store.create('k', who);
    const two = store.create('k', who);
    store.destroy(one.id);
    expect('session' in store.find(one.id)).toBe(false);
    store.destroySession(two.session);
    expect(store.size).toBe(0);
  });
});

import { unwrapKey, wrapKey } from './key-wrap';

describe('wrapped watchlist keys', () => {
  const saved = process.env.WATCHLIST_KEY_SECRET;
  beforeAll(() => (process.env.WATCHLIST_KEY_SECRET = 'k'.repeat(40)));
  afterAll(() => (saved === undefined ? delete process.env.WATCHLIST_KEY_SECRET : (process.env.WATCHLIST_KEY_SECRET = saved)));

  it('unwraps for its own list and version only, and never stores the key in clear', () => {
    const key = new Uint8Array(32).fill(7);
    const w = wrapKey(key, 'ftf', 2);
    expect(w.includes(Buffer.from(key))).toBe(false);
    expect(unwrapKey(w, 'ftf', 2)).toEqual(key);
    expect(() => unwrapKey(w, 'ftf', 3)).toThrow();
    process.env.WATCHLIST_KEY_SECRET = 'j'.repeat(40);
    expect(() => unwrapKey(w, 'ftf', 2)).toThrow();
  });
});

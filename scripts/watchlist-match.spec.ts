import { run } from './watchlist-match';

describe('watchlist:match usage', () => {
  const io = () => {
    const err: string[] = [];
    return { err, io: { out: () => undefined, err: (l: string) => err.push(l) } };
  };

  it.each(['-1', '1.5', 'many'])('refuses --threads %s with the usage (exit 2)', async (threads) => {
    const o = io();
    expect(await run(['--records', 'records.csv', '--key', 'k', '--threads', threads], o.io, {})).toBe(2);
    expect(o.err.join('\n')).toMatch(/--threads/);
  });

  it('needs a records file (exit 2)', async () => {
    const o = io();
    expect(await run([], o.io, {})).toBe(2);
    expect(o.err.join('\n')).toContain('usage: npm run watchlist:match');
  });
});

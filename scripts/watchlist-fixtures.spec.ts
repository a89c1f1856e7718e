import { entryTokens, generateSecretKey, matchKeys, parseRecordsCsv } from '@passerelle/watchlist';
import { watchlistFixture } from './watchlist-fixtures';

describe('the synthetic watchlist fixture', () => {
  it('plants exactly the matches it says, and no other record shares a key with the list', () => {
    const f = watchlistFixture({ listSize: 300, records: 3000, plantedCount: 37 });
    expect(f.planted).toHaveLength(37);
    const listed = new Map<string, string>();
    for (const e of f.entries) for (const k of matchKeys(e)) listed.set(k.key, e.entryId);
    const records = parseRecordsCsv(f.csv);
    expect(records).toHaveLength(3000);
    const found = records.flatMap((r) =>
      matchKeys(r.person)
        .filter((k) => listed.has(k.key))
        .map((k) => ({ line: r.line, entryId: listed.get(k.key), keyKind: k.kind })),
    );
    expect(found).toEqual(f.planted.map(({ line, entryId, keyKind }) => ({ line, entryId, keyKind })));
    expect(new Set(f.planted.map((p) => p.how))).toEqual(new Set(['cyrillic-latin', 'reordered', 'document-separators']));
    // The Cyrillic entries really are written in Cyrillic.
    expect(f.entries[0].familyName).toMatch(/[\u0400-\u04FF]/);
    expect(entryTokens(generateSecretKey(), f.entries[0]).length).toBeGreaterThan(0);
  });
});

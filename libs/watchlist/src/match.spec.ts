import { PersonIdentifiers } from '@passerelle/contracts';
import { entryTokens } from './match-keys';
import { matchRecords, TokenSet } from './match';
import { blindEvaluate, generateSecretKey, OPRF_SUITE } from './oprf';
import { AgencyRecord } from './records';

/** The key holder's side, in process: a list version's tokens, and an evaluator that keeps what it saw. */
function keyHolder(entries: PersonIdentifiers[]) {
  const sk = generateSecretKey();
  const tokens = [...new Set(entries.flatMap((e) => entryTokens(sk, e).map((t) => t.token)))].sort();
  const seen: string[][] = [];
  const set: TokenSet = {
    list: 'ftf',
    version: 1,
    suite: OPRF_SUITE,
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2026-02-01T00:00:00Z',
    entryCount: entries.length,
    tokens,
  };
  return {
    sk,
    set,
    seen,
    evaluate: async (blinded: string[]) => {
      seen.push(blinded);
      return blindEvaluate(sk, blinded);
    },
  };
}

const entries: PersonIdentifiers[] = [
  { familyName: 'Иванов', givenNames: 'Сергей', birthDate: '1985-01-02' },
  {
    familyName: 'De Proef',
    givenNames: 'Lena',
    birthDate: '1990-04-12',
    documents: [{ type: 'passport', number: 'EM123456', issuingCountry: 'BE' }],
  },
  { familyName: 'Dupont', givenNames: 'Marie', birthDate: '1979-11-30' },
];
const rec = (line: number, person: PersonIdentifiers): AgencyRecord => ({ line, person });

describe('matching records against a token set', () => {
  const records = [
    rec(2, { familyName: 'Sergey', givenNames: 'IVANOV', birthDate: '1985-01-02' }), // Cyrillic ↔ Latin, reordered
    rec(3, { familyName: 'Janssens', givenNames: 'Piet', birthDate: '1985-01-02' }),
    rec(4, { familyName: 'Other', documents: [{ type: 'passport', number: 'em-123 456', issuingCountry: 'be' }] }), // document with separators
    rec(5, { familyName: 'Dupont', givenNames: 'Marie', birthDate: '1979-11-29' }), // a day off: no hit
    rec(6, {
      familyName: 'Lena',
      givenNames: 'de proef',
      birthDate: '1990-04-12',
      documents: [{ type: 'passport', number: 'ZZ1', issuingCountry: 'BE' }],
    }),
  ];

  it('finds exactly the planted hits, with the key kind and the entry token', async () => {
    const h = keyHolder(entries);
    const r = await matchRecords(records, h.set, h.evaluate, { batchSize: 2 });
    expect(r.hits.map((x) => [x.line, x.keyKind])).toEqual([
      [2, 'name-birthdate'],
      [4, 'document'],
      [6, 'name-birthdate'],
    ]);
    for (const hit of r.hits) expect(h.set.tokens).toContain(hit.entryToken);
    expect(r.records).toBe(5);
  });

  it('sends the key holder only blinded points: no key, no token, each input once', async () => {
    const h = keyHolder(entries);
    const r = await matchRecords(records, h.set, h.evaluate, { batchSize: 3 });
    const sent = h.seen.flat();
    expect(sent).toHaveLength(r.keysEvaluated);
    expect(h.seen.every((b) => b.length <= 3)).toBe(true);
    for (const p of sent) {
      expect(p).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(h.set.tokens).not.toContain(p);
      const text = Buffer.from(p, 'base64url').toString('latin1').toLowerCase();
      for (const word of ['ivanov', 'sergey', 'em123456', 'janssens', '1985']) expect(text).not.toContain(word);
    }
  });

  it('finds nothing with the tokens of another version (another key)', async () => {
    const v1 = keyHolder(entries);
    const v2 = keyHolder(entries);
    expect(v1.set.tokens.filter((t) => v2.set.tokens.includes(t))).toEqual([]);
    // v1's tokens, evaluated under v2's key: no match.
    const r = await matchRecords(records, v1.set, v2.evaluate);
    expect(r.hits).toEqual([]);
  });

  it('finds the same hits with blinding and unblinding on worker threads, in parallel batches', async () => {
    const h = keyHolder(entries);
    const r = await matchRecords(records, h.set, h.evaluate, { batchSize: 2, threads: 2, lanes: 3 });
    expect(r.hits.map((x) => [x.line, x.keyKind])).toEqual([
      [2, 'name-birthdate'],
      [4, 'document'],
      [6, 'name-birthdate'],
    ]);
    expect(h.seen.flat()).toHaveLength(r.keysEvaluated);
  });

  it('stops at the first refused batch and says why', async () => {
    const h = keyHolder(entries);
    let calls = 0;
    const refusing = async (b: string[]) => {
      if (++calls === 2) throw new Error('429 rate-limited');
      return h.evaluate(b);
    };
    await expect(matchRecords(records, h.set, refusing, { batchSize: 1, threads: 1 })).rejects.toThrow(/rate-limited/);
    // A bad point in the key holder's answer is refused, not turned into a token.
    await expect(matchRecords(records, h.set, async (b) => b.map(() => 'A'.repeat(43)), { threads: 1 })).rejects.toThrow(/not a valid/);
  });

  it('refuses an answer of the wrong size', async () => {
    const h = keyHolder(entries);
    await expect(matchRecords(records, h.set, async (b) => (await h.evaluate(b)).slice(1))).rejects.toThrow(/answered/);
  });
});

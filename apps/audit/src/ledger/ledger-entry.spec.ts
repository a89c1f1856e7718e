import { chain, entryHash, GENESIS_HASH, LedgerFacts, storable } from './ledger-entry';

const facts = (n: number): LedgerFacts => ({
  eventId: `e${n}`,
  occurredAt: '2026-11-22T10:00:00.000000Z',
  actor: 'service:router',
  action: 'signal.routed',
  agency: 'customs',
  signalId: `s${n}`,
  correlationId: null,
  traceId: 'a'.repeat(32),
  sourceTopic: 'signals.routed.v1',
  sourcePartition: 0,
  sourceOffset: String(n),
  payloadDigest: 'b'.repeat(64),
  details: { destinations: ['ocam'], ruleId: 'r', ruleVersion: 1 },
});

describe('ledger hash chain', () => {
  it('starts from the genesis hash and links each entry to the previous one', () => {
    const entries = chain([facts(1), facts(2), facts(3)], null, '2026-11-22T10:00:01.000000Z');
    expect(entries.map((e) => e.seq)).toEqual(['1', '2', '3']);
    expect(entries[0].prevHash).toBe(GENESIS_HASH);
    expect(entries[1].prevHash).toBe(entries[0].hash);
    expect(entries[2].prevHash).toBe(entries[1].hash);
  });

  it('continues after an existing head', () => {
    const [e] = chain([facts(9)], { seq: '41', hash: 'c'.repeat(64) }, '2026-11-22T10:00:01.000000Z');
    expect(e.seq).toBe('42');
    expect(e.prevHash).toBe('c'.repeat(64));
  });

  it('is independent of key order (RFC 8785) but changes with any field', () => {
    const [e] = chain([facts(1)], null, '2026-11-22T10:00:01.000000Z');
    const { hash, ...rest } = e;
    const reordered = Object.fromEntries(Object.entries(rest).reverse()) as typeof rest;
    expect(entryHash(reordered)).toBe(hash);
    expect(entryHash({ ...rest, details: { ...rest.details, ruleVersion: 2 } })).not.toBe(hash);
    expect(entryHash({ ...rest, prevHash: 'd'.repeat(64) })).not.toBe(hash);
  });

  it('hashes text as Postgres stores it: half an emoji or a NUL become U+FFFD, whole characters stay', () => {
    const half = `${'a'.repeat(39)}\ud83d`;
    const [e] = chain(
      [{ ...facts(1), agency: half, details: { reason: 'x\u0000y', [`k\udc00`]: ['\ud83d\ude00', '\ude00'] } }],
      null,
      '2026-11-22T10:00:01.000000Z',
    );
    expect(e.agency).toBe(`${'a'.repeat(39)}\ufffd`);
    expect(e.details).toEqual({ reason: 'x\ufffdy', 'k\ufffd': ['\ud83d\ude00', '\ufffd'] });
    // What a database round trip gives back (UTF-8 text) hashes to the same value.
    const { hash, ...rest } = e;
    const roundTrip = JSON.parse(Buffer.from(JSON.stringify(rest), 'utf8').toString('utf8')) as typeof rest;
    expect(entryHash(roundTrip)).toBe(hash);
    expect(storable({ a: [1, null, true, 'ok'] })).toEqual({ a: [1, null, true, 'ok'] });
  });

  it('takes storable facts as they are and copies only what it must change', () => {
    const clean = { a: [1, null, true, 'ok'], b: { c: '\ud83d\ude00' } };
    expect(storable(clean)).toBe(clean);
    const dirty = { a: ['ok', 'x\u0000'], b: { c: 'fine' } };
    const fixed = storable(dirty);
    expect(fixed).toEqual({ a: ['ok', 'x\ufffd'], b: { c: 'fine' } });
    expect(dirty.a[1]).toBe('x\u0000');
    expect(storable({ [`k\ud800`]: 1 })).toEqual({ 'k\ufffd': 1 });
  });
});

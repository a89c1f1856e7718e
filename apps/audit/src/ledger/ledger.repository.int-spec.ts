import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { entryHash, GENESIS_HASH, LedgerFacts, ledgerInstant } from './ledger-entry';
import { LedgerRepository } from './ledger.repository';

/**
 * The audit ledger's SQL (LedgerRepository) on a real Postgres database of its own, no Kafka: one
 * chain from the genesis hash whose stored rows recompute, each event once per topic, only facts
 * stored, a signal's trail scoped to its agency, filtered paging, and snapshots that do not move.
 */
describe('LedgerRepository', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let ledger: LedgerRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    ledger = new LedgerRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  let offset = 0;
  const facts = (over: Partial<LedgerFacts> = {}): LedgerFacts => ({
    eventId: randomUUID(),
    // As every caller gives it (ledgerInstant: microseconds, as stored), so the hash recomputes.
    occurredAt: ledgerInstant(new Date()),
    actor: 'agency:customs',
    action: 'signal.submitted',
    agency: 'customs',
    signalId: randomUUID(),
    correlationId: null,
    traceId: 'e'.repeat(32),
    sourceTopic: 'signals.customs.submitted.v1',
    sourcePartition: 0,
    sourceOffset: String(offset++),
    payloadDigest: 'f'.repeat(64),
    details: {},
    ...over,
  });
  const all = async () => ledger.range('0', '9223372036854775807', 10_000);

  it('starts empty: no head, no hash at any seq', async () => {
    expect(await ledger.head()).toBeNull();
    expect(await ledger.hashAt('1')).toBeNull();
    expect(await ledger.append([])).toEqual([]);
  });

  it('chains from the genesis hash across appends, and every stored row recomputes to its hash', async () => {
    const first = await ledger.append([facts(), facts()]);
    const second = await ledger.append([facts()]);
    expect([...first, ...second].map((e) => e.seq)).toEqual(['1', '2', '3']);
    expect(first[0].prevHash).toBe(GENESIS_HASH);
    expect(first[1].prevHash).toBe(first[0].hash);
    expect(second[0].prevHash).toBe(first[1].hash);
    expect(await ledger.head()).toEqual({ seq: '3', hash: second[0].hash });
    expect(await ledger.hashAt('2')).toBe(first[1].hash);
    for (const stored of await all()) {
      const { hash, ...unhashed } = stored;
      expect([stored.seq, entryHash(unhashed)]).toEqual([stored.seq, hash]);
    }
    // recorded_at never decreases with seq (what turns a time window into a seq range).
    const times = (await all()).map((e) => e.recordedAt);
    expect(times).toEqual([...times].sort());
  });

  it('records an event once per topic: a redelivery, or a repeat within a batch, adds nothing; the same id on another topic is another event', async () => {
    const e = facts();
    expect(await ledger.append([e, { ...e }])).toHaveLength(1);
    expect(await ledger.append([e])).toEqual([]);
    const other = await ledger.append([{ ...e, sourceTopic: 'signals.routed.v1', action: 'signal.routed', actor: 'service:router' }]);
    expect(other).toHaveLength(1);
    expect((await all()).filter((x) => x.eventId === e.eventId).map((x) => x.sourceTopic)).toEqual([
      'signals.customs.submitted.v1',
      'signals.routed.v1',
    ]);
  });

  it('stores only facts: free text is dropped and counted, never written', async () => {
    const [entry] = await ledger.append([
      facts({ details: { verdict: 'new', summary: 'Jan Van der Voorbeeld at Zaventem' }, actor: 'Jan Van der Voorbeeld' }),
    ]);
    expect(entry.actor).toBe('unknown');
    expect(entry.details).toEqual({ verdict: 'new', refusedFields: 2 });
    const stored = (await all()).find((x) => x.seq === entry.seq)!;
    expect(JSON.stringify(stored)).not.toContain('Voorbeeld');
  });

  it("a signal's trail: its own agency's entries and agency-less reads naming it, in the order they occurred; not another agency's claim", async () => {
    const id = randomUUID();
    const t = (s: number) => ledgerInstant(new Date(Date.UTC(2026, 0, 1, 0, 0, s)));
    // The feed event reaches the audit before the submission it follows: the trail puts it after.
    const routed = facts({
      signalId: id,
      action: 'signal.routed',
      actor: 'service:router',
      occurredAt: t(2),
      sourceTopic: 'signals.routed.v1',
    });
    const submitted = facts({ signalId: id, occurredAt: t(1) });
    const claim = facts({
      signalId: id,
      agency: 'police',
      actor: 'agency:police',
      occurredAt: t(3),
      sourceTopic: 'signals.police.submitted.v1',
    });
    const read = facts({
      signalId: null,
      agency: null,
      actor: `principal:${randomUUID()}`,
      action: 'signal.read',
      occurredAt: t(4),
      details: { signalIds: [randomUUID(), id] },
    });
    const unrelated = facts({ occurredAt: t(0) });
    await ledger.append([routed, submitted, claim, read, unrelated]);
    expect((await ledger.trail(id)).map((e) => e.eventId)).toEqual([submitted.eventId, routed.eventId, read.eventId]);
    expect(await ledger.trail(randomUUID())).toEqual([]);
  });

  it('search: every filter applies, pages after a cursor in seq order, and a time window is inclusive', async () => {
    const agency = `a${randomUUID().slice(0, 8)}`;
    const mine = await ledger.append([1, 2, 3].map(() => facts({ agency, actor: `agency:${agency}` })));
    await ledger.append([facts({ agency, action: 'signal.rejected', actor: `agency:${agency}` })]);
    const page1 = await ledger.search({ agency, action: 'signal.submitted', limit: 2 });
    expect(page1.map((e) => e.seq)).toEqual(mine.slice(0, 2).map((e) => e.seq));
    const page2 = await ledger.search({ agency, action: 'signal.submitted', afterSeq: page1[1].seq, limit: 2 });
    expect(page2.map((e) => e.seq)).toEqual([mine[2].seq]);
    expect(await ledger.search({ agency, actor: 'agency:other', limit: 10 })).toEqual([]);
    expect((await ledger.search({ signalId: mine[1].signalId!, limit: 10 })).map((e) => e.seq)).toEqual([mine[1].seq]);
    const at = mine[0].recordedAt;
    const window = await ledger.search({ agency, from: at, to: at, limit: 10 });
    expect(window.map((e) => e.seq)).toEqual(expect.arrayContaining(mine.map((e) => e.seq)));
    expect(await ledger.search({ agency, from: new Date(Date.now() + 3_600_000).toISOString(), limit: 10 })).toEqual([]);
  });

  it('range: the entries after one seq up to another, within the limit', async () => {
    const head = (await ledger.head())!;
    const last = BigInt(head.seq);
    expect((await ledger.range((last - 3n).toString(), (last - 1n).toString(), 10)).map((e) => e.seq)).toEqual([
      (last - 2n).toString(),
      (last - 1n).toString(),
    ]);
    expect(await ledger.range(head.seq, head.seq, 10)).toEqual([]);
    expect(await ledger.range('0', head.seq, 1)).toHaveLength(1);
  });

  it('a snapshot sees one state of the ledger, whatever is appended meanwhile', async () => {
    const seen = await ledger.snapshot(async (s) => {
      const before = await ledger.head(s);
      await ledger.append([facts()]);
      return [before, await ledger.head(s), await ledger.hashAt(String(BigInt(before!.seq) + 1n), s)];
    });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toBeNull();
    expect((await ledger.head())!.seq).toBe(String(BigInt((seen[0] as { seq: string }).seq) + 1n));
    await expect(ledger.snapshot((s) => s.query(`delete from audit.ledger`))).rejects.toThrow(/read-only/);
  });

  it("oversight's look-ups (issue 26): a reference's digest within its agency, the action codes, newest first, a signal's span", async () => {
    const agency = `ref${randomUUID().slice(0, 8)}`;
    const digest = 'ab'.repeat(32);
    const [routed] = await ledger.append([facts({ agency, action: 'feedback.routed', details: { refDigest: digest } })]);
    // The same digest under another agency is not this agency's signal.
    await ledger.append([facts({ agency: `${agency}-b`, action: 'feedback.routed', details: { refDigest: digest } })]);
    expect(await ledger.signalsByReference(agency, [digest, 'cd'.repeat(32)])).toEqual([routed.signalId]);
    expect(await ledger.signalsByReference(agency, ['cd'.repeat(32)])).toEqual([]);

    const actions = await ledger.actions();
    const [{ distinct }] = await ds.query(`select array_agg(distinct action order by action) as distinct from audit.ledger`);
    expect(actions).toEqual(distinct);

    const later = await ledger.append([facts({ agency }), facts({ agency }), facts({ agency })]);
    const newest = await ledger.search({ agency, newestFirst: true, limit: 2 });
    expect(newest.map((e) => e.seq)).toEqual([later[2].seq, later[1].seq]);
    const older = await ledger.search({ agency, newestFirst: true, afterSeq: later[1].seq, limit: 10 });
    expect(older.map((e) => e.seq)).toEqual([later[0].seq, routed.seq]);

    // A signal's span: from its first entry to its last (a read listing it counts), within a period.
    const read = await ledger.append([
      facts({ action: 'access.recorded', signalId: null, agency: null, details: { signalIds: [routed.signalId] } }),
    ]);
    expect(await ledger.span({ signalId: routed.signalId! })).toEqual({ first: routed.seq, last: read[0].seq });
    expect(await ledger.span({ signalId: routed.signalId!, until: routed.recordedAt })).toEqual({ first: routed.seq, last: routed.seq });
    expect(await ledger.span({ signalId: randomUUID() })).toBeNull();
    expect(await ledger.span({ since: new Date(Date.now() + 3_600_000).toISOString() })).toBeNull();
    const head = (await ledger.head())!;
    expect(await ledger.span({ since: later[0].recordedAt })).toEqual({ first: expect.any(String), last: head.seq });
  });
});

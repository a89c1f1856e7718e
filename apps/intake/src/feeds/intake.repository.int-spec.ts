import { FeedSignalEvent, SignalSubmission } from '@passerelle/contracts';
import { inboxKey } from '@passerelle/persistence';
import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeRepository } from './intake.repository';

/**
 * The intake's ingestion side (IntakeTx) on a real Postgres database of its own, no Kafka: what the
 * feed consumer relies on when a batch is stored, replayed, purged and counted.
 */
describe('IntakeRepository (IntakeTx)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let intake: IntakeRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    intake = new IntakeRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const feedSignal = (over: Partial<FeedSignalEvent> = {}, signal: Partial<SignalSubmission> = {}): FeedSignalEvent => {
    const signalId = over.signalId ?? randomUUID();
    return {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      signalId,
      traceId: 'b'.repeat(32),
      agency: 'customs',
      feed: 'ocam',
      correlationId: signalId,
      ruleId: 'default',
      ruleVersion: 1,
      signal: {
        externalRef: `R-${signalId}`,
        category: 'terrorism.travel',
        subjects: [{ kind: 'person', familyName: 'Test', birthDate: '1990-01-01' }],
        observedAt: '2026-11-20T08:30:00Z',
        summary: 'A test signal.',
        classification: 'restricted',
        evaluation: { sourceReliability: 'B', informationAccuracy: 2 },
        handling: 'H2',
        legalBasis: 'Test basis',
        retentionUntil: '2029-11-20',
        urgency: 'routine',
        ...signal,
      } as SignalSubmission,
      ...over,
    };
  };
  const due = new Date(Date.now() + 86_400_000);
  const insert = (events: FeedSignalEvent[]) => intake.transaction((tx) => tx.insertSignals(events.map((e) => ({ e, dueAt: due }))));
  const count = async (sql: string, params: unknown[]) => Number((await ds.query(sql, params))[0].n);

  it('stores a batch once: a replay stores nothing and answers no new signal, and feed items are not doubled', async () => {
    const a = feedSignal();
    const b = feedSignal();
    expect(await insert([a, b])).toEqual(new Set([a.signalId, b.signalId]));
    expect(await insert([a, b, { ...a, eventId: randomUUID() }])).toEqual(new Set());
    expect(await count(`select count(*) n from intake.feed_items where signal_id = any($1::uuid[])`, [[a.signalId, b.signalId]])).toBe(2);
    expect(await insert([])).toEqual(new Set());
  });

  it('opens one dossier per correlation id, with an id of its own, and files later signals of it there', async () => {
    const first = feedSignal();
    const second = feedSignal({ correlationId: first.signalId });
    const other = feedSignal();
    await insert([first]);
    await insert([second, other]);
    const rows: { signal_id: string; dossier_id: string }[] = await ds.query(
      `select signal_id, dossier_id from intake.signals where signal_id = any($1::uuid[])`,
      [[first.signalId, second.signalId, other.signalId]],
    );
    const dossier = Object.fromEntries(rows.map((r) => [r.signal_id, r.dossier_id]));
    expect(dossier[first.signalId]).toBe(dossier[second.signalId]);
    expect(dossier[other.signalId]).not.toBe(dossier[first.signalId]);
    // Readers know a dossier by its own id, never by the correlation id (a signal id).
    expect(dossier[first.signalId]).not.toBe(first.signalId);
  });

  it('a signal on two feeds is one signal with two feed items; the feed numbering follows commit order', async () => {
    const s = feedSignal();
    expect(await insert([s, { ...s, eventId: randomUUID(), feed: 'police-terrorism' }])).toEqual(new Set([s.signalId]));
    const items: { feed: string; seq: string }[] = await ds.query(
      `select feed, seq::text from intake.feed_items where signal_id = $1 order by seq`,
      [s.signalId],
    );
    expect(items.map((i) => i.feed).sort()).toEqual(['ocam', 'police-terrorism']);
    const later = feedSignal();
    await insert([later]);
    const [{ seq }] = await ds.query(`select seq::text from intake.feed_items where signal_id = $1`, [later.signalId]);
    expect(BigInt(seq)).toBeGreaterThan(BigInt(items[items.length - 1].seq));
  });

  it('purges what it holds of a signal, leaves a tombstone, drops the emptied dossier, and never stores the signal again', async () => {
    const s = feedSignal({}, { retentionUntil: '2020-01-01' });
    await insert([s]);
    const dossierId = (await ds.query(`select dossier_id from intake.signals where signal_id = $1`, [s.signalId]))[0].dossier_id;
    const removed = await intake.transaction(async (tx) => {
      const dueNow = await tx.dueSignals('2020-01-01', 100);
      expect(dueNow.map((d) => d.signalId)).toContain(s.signalId);
      expect(dueNow.find((d) => d.signalId === s.signalId)).toEqual({
        signalId: s.signalId,
        agency: 'customs',
        traceId: s.traceId,
        classRank: 1,
        dossierId,
        retentionUntil: '2020-01-01',
        feeds: ['ocam'],
        embargoedTo: null,
      });
      return tx.purgeSignals(
        dueNow.filter((d) => d.signalId === s.signalId),
        'retention-expired',
      );
    });
    expect(removed.get(s.signalId)).toEqual({
      'intake.assessments': 0,
      'intake.feed_items': 1,
      'intake.outbox': 0,
      'intake.signals': 1,
      'keys.data_keys': 0,
    });
    expect(
      await ds.query(`select agency, feeds, class_rank, reason from intake.purged_signals where signal_id = $1`, [s.signalId]),
    ).toEqual([{ agency: 'customs', feeds: ['ocam'], class_rank: 1, reason: 'retention-expired' }]);
    expect(await count(`select count(*) n from intake.dossiers where id = $1`, [dossierId])).toBe(0);
    // A late or replayed feed message of a purged signal is not stored again.
    expect(await insert([{ ...s, eventId: randomUUID() }])).toEqual(new Set());
    expect(await count(`select count(*) n from intake.signals where signal_id = $1`, [s.signalId])).toBe(0);
    // Purged twice (a second purge run): the tombstone stays one row.
    await intake.transaction((tx) =>
      tx.purgeSignals([
        { signalId: s.signalId, agency: 'customs', traceId: null, classRank: 1, dossierId: null, retentionUntil: null, feeds: [] },
      ]),
    );
    expect(await count(`select count(*) n from intake.purged_signals where signal_id = $1`, [s.signalId])).toBe(1);
  });

  it('dueSignals: only those due by the day, oldest first, within the limit; signalsByIds: only those held', async () => {
    const late = feedSignal({}, { retentionUntil: '2001-01-03' });
    const early = feedSignal({}, { retentionUntil: '2001-01-01' });
    const notYet = feedSignal({}, { retentionUntil: '2001-01-05' });
    await insert([late, early, notYet]);
    await intake.transaction(async (tx) => {
      const all = (await tx.dueSignals('2001-01-04', 100)).map((d) => d.signalId);
      expect(all.indexOf(early.signalId)).toBeLessThan(all.indexOf(late.signalId));
      expect(all).not.toContain(notYet.signalId);
      expect((await tx.dueSignals('2001-01-04', 1)).map((d) => d.signalId)).toEqual([all[0]]);
      const held = await tx.signalsByIds([notYet.signalId, randomUUID()]);
      expect(held.map((d) => d.signalId)).toEqual([notYet.signalId]);
    });
  });

  it('claims an inbox entry once per topic and event id', async () => {
    const e = { eventId: randomUUID(), topic: 'feeds.ocam.v2', partition: 0, offset: '7' };
    expect(await intake.transaction((tx) => tx.claim([e]))).toEqual(new Set([inboxKey(e)]));
    // Redelivered: not claimed again; the same event id on another topic is another entry.
    const other = { ...e, topic: 'feeds.other.v2', offset: '8' };
    expect(await intake.transaction((tx) => tx.claim([e, other]))).toEqual(new Set([inboxKey(other)]));
  });
});

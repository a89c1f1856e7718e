import { EventType } from '@passerelle/contracts';
import { OutgoingEvent } from '@passerelle/messaging';
import { createTestDatabase } from '@passerelle/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FeedbackRepository } from '../feedback/feedback.repository';
import { NewSignal, PurgedSignal, SignalsRepository } from './signals.repository';

/**
 * The gateway's signals, receipts and outbox (SignalsRepository) on a real Postgres database of its
 * own, no Kafka: one signal per agency reference (a repeat answers the first), every read scoped to
 * the agency, receipts paged newest first, and what a purge or an erasure removes, keeps and queues.
 */
describe('SignalsRepository (gateway)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let signals: SignalsRepository;
  let feedback: FeedbackRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    signals = new SignalsRepository(ds);
    feedback = new FeedbackRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const event = (key: string, type = 'be.passerelle.signal.submitted.v1'): OutgoingEvent => ({
    topic: 'signals.customs.submitted.v1',
    key,
    id: randomUUID(),
    type: type as EventType,
    source: 'passerelle/agency-gateway',
    time: new Date().toISOString(),
    traceId: '1'.repeat(32),
    payload: { signalId: key },
  });
  const signal = (externalRef = `R-${randomUUID()}`, retentionUntil = '2029-11-20', createdAt = new Date()): NewSignal => {
    const id = randomUUID();
    return {
      id,
      agency: 'customs',
      externalRef,
      contentHash: randomBytes(32).toString('hex'),
      traceId: '1'.repeat(32),
      createdAt,
      payload: { externalRef, retentionUntil },
      submittedBy: randomUUID(),
      event: event(id),
      dataKey: { wrapped: randomBytes(60), kekId: 'test-kek' },
    };
  };
  const count = async (sql: string, params: unknown[]) => Number((await ds.query(sql, params))[0].n);

  it('stores one signal per agency reference: a repeat, earlier or in the same batch, answers the first; another agency has its own', async () => {
    const a = signal();
    const [first] = await signals.insertMany('customs', [a]);
    expect(first).toEqual({ created: true, signal: a });
    const again = signal(a.externalRef);
    const sameBatch = signal();
    const outcomes = await signals.insertMany('customs', [again, sameBatch, signal(sameBatch.externalRef)]);
    expect(outcomes.map((o) => [o.created, o.signal.id])).toEqual([
      [false, a.id],
      [true, sameBatch.id],
      [false, sameBatch.id],
    ]);
    expect((await signals.insertMany('police', [signal(a.externalRef)]))[0].created).toBe(true);
    // Only what was stored has a status, a data key and an outbox event.
    expect(await count(`select count(*) n from gateway.outbox where signal_id = any($1::uuid[])`, [[a.id, again.id, sameBatch.id]])).toBe(
      2,
    );
    expect(await count(`select count(*) n from keys.data_keys where signal_id = any($1::uuid[])`, [[a.id, again.id]])).toBe(1);
    expect(await signals.insertMany('customs', [])).toEqual([]);
  });

  it("a receipt is the agency's own: another agency's signal and an unknown id are null", async () => {
    const s = signal();
    await signals.insertMany('customs', [s]);
    expect(await signals.receipt('customs', s.id)).toMatchObject({
      id: s.id,
      externalRef: s.externalRef,
      statuses: [{ status: 'accepted', at: s.createdAt, detail: null }],
    });
    expect(await signals.receipt('police', s.id)).toBeNull();
    expect(await signals.receipt('customs', randomUUID())).toBeNull();
  });

  it("pages an agency's receipts newest first, to the microsecond, with no other agency's", async () => {
    const agency = `ag${randomUUID().slice(0, 6)}`;
    const t = Date.now();
    const made = [0, 1, 2].map((i) => ({ ...signal(undefined, undefined, new Date(t + i)), agency }));
    await signals.insertMany(agency, made);
    const page1 = await signals.list(agency, null, 2);
    expect(page1.map((r) => r.id)).toEqual([made[2].id, made[1].id]);
    expect(page1[0].statuses.map((s) => s.status)).toEqual(['accepted']);
    const page2 = await signals.list(agency, { at: page1[1].cursorAt, id: page1[1].id }, 2);
    expect(page2.map((r) => r.id)).toEqual([made[0].id]);
    expect(await signals.list(agency, { at: page2[0].cursorAt, id: page2[0].id }, 2)).toEqual([]);
    expect(await signals.list(`none${randomUUID().slice(0, 6)}`, null, 2)).toEqual([]);
  });

  it("knows an agency's signals: submitted here or named by its feedback, never another agency's", async () => {
    const s = signal();
    await signals.insertMany('customs', [s]);
    const direct = randomUUID(); // produced on Kafka by the agency's own client: only its notices are here
    await feedback.store([
      {
        eventId: randomUUID(),
        agency: 'customs',
        signalId: direct,
        status: 'routed',
        detail: {},
        traceId: null,
        occurredAt: new Date().toISOString(),
        sealed: false,
      },
    ]);
    expect(await signals.knownToAgency('customs', [s.id, direct, randomUUID()])).toEqual(new Set([s.id, direct]));
    expect(await signals.knownToAgency('police', [s.id, direct])).toEqual(new Set());
    expect(await signals.knownToAgency('customs', [])).toEqual(new Set());
  });

  it('purges what is due: every copy goes, a tombstone answers its agency only, and the notices are queued with the counts', async () => {
    const due = signal(undefined, '2001-01-01');
    const kept = signal(undefined, '2099-01-01');
    await signals.insertMany('customs', [due, kept]);
    const seen: PurgedSignal[] = [];
    const n = await signals.purgeDue(
      '2001-06-01',
      100,
      (purged) => (seen.push(...purged), purged.map((p) => event(p.id, 'be.passerelle.signal.purged.v1'))),
    );
    expect(n).toBeGreaterThanOrEqual(1);
    expect(seen.find((p) => p.id === due.id)).toEqual({
      id: due.id,
      agency: 'customs',
      retentionUntil: '2001-01-01',
      traceId: due.traceId,
      removed: {
        'gateway.signal_status': 1,
        'gateway.outbox': 1,
        'gateway.feedback': 0,
        'gateway.drafts': 0,
        'gateway.signals': 1,
        'keys.data_keys': 1,
      },
    });
    expect(seen.map((p) => p.id)).not.toContain(kept.id);
    expect(await signals.receipt('customs', due.id)).toBeNull();
    expect(await signals.purged('customs', due.id)).toMatchObject({
      id: due.id,
      retentionUntil: '2001-01-01',
      reason: 'retention-expired',
    });
    expect(await signals.purged('police', due.id)).toBeNull();
    expect(await signals.purged('customs', kept.id)).toBeNull();
    expect(
      await count(`select count(*) n from gateway.outbox where event_type = 'be.passerelle.signal.purged.v1' and key = $1`, [due.id]),
    ).toBe(1);
    expect(await signals.purgeDue('2001-06-01', 100, () => [])).toBe(0);
  });

  it('erases a held signal with an `erased` tombstone, and of one it never held only the inbox notices, without a tombstone', async () => {
    const held = signal();
    await signals.insertMany('customs', [held]);
    const notHeld = randomUUID();
    await feedback.store([
      {
        eventId: randomUUID(),
        agency: 'police',
        signalId: notHeld,
        status: 'routed',
        detail: {},
        traceId: null,
        occurredAt: new Date().toISOString(),
        sealed: false,
      },
    ]);
    const seen: PurgedSignal[] = [];
    expect(await signals.erase([held.id.toUpperCase(), notHeld, randomUUID()], (p) => (seen.push(...p), []))).toBe(2);
    expect(seen.map((p) => [p.id, p.agency, p.removed['gateway.feedback']])).toEqual([
      [held.id, 'customs', 0],
      [notHeld, 'police', 1],
    ]);
    expect(await signals.purged('customs', held.id)).toMatchObject({ reason: 'erased' });
    expect(await signals.purged('police', notHeld)).toBeNull();
    expect(await signals.knownToAgency('police', [notHeld])).toEqual(new Set());
  });

  it("publishing a signal's event moves its receipt to 'published' and deletes the outbox row, in the relay's transaction", async () => {
    const s = signal();
    await signals.insertMany('customs', [s]);
    await signals.withRelayLock(async (pass) => {
      const mine = (await pass.pending(1000)).filter((r) => r.event.key === s.id);
      expect(mine).toHaveLength(1);
      await pass.markPublished(mine);
    });
    expect((await signals.receipt('customs', s.id))?.statuses.map((st) => st.status)).toEqual(['accepted', 'published']);
    expect(await count(`select count(*) n from gateway.outbox where signal_id = $1`, [s.id])).toBe(0);
    // The history goes on with the agency's notices about it, read where they are filed (no copy
    // in gateway.signal_status), in the order filed, with their detail; another agency's is not its.
    const notice = (status: string, agency = 'customs', detail: Record<string, unknown> = {}) => ({
      eventId: randomUUID(),
      agency,
      signalId: s.id,
      status,
      detail,
      traceId: null,
      occurredAt: new Date().toISOString(),
    });
    await feedback.store([notice('routed', 'customs', { feeds: ['ocam'] }), notice('delivered', 'police')]);
    await feedback.store([notice('delivered'), notice('not-a-status')]);
    const receipt = await signals.receipt('customs', s.id.toUpperCase());
    expect(receipt?.statuses.map((st) => [st.status, st.detail])).toEqual([
      ['accepted', null],
      ['published', null],
      ['routed', { feeds: ['ocam'] }],
      ['delivered', {}],
    ]);
    expect((await signals.list('customs', null, 500)).find((r) => r.id === s.id)?.statuses).toEqual(receipt?.statuses);
    expect(await count(`select count(*) n from gateway.signal_status where signal_id = $1`, [s.id])).toBe(2);
    // A pass that fails after marking (the broker's acknowledgement not committed) keeps both as they were.
    const t = signal();
    await signals.insertMany('customs', [t]);
    await expect(
      signals.withRelayLock(async (pass) => {
        await pass.markPublished((await pass.pending(1000)).filter((r) => r.event.key === t.id));
        throw new Error('crash before the commit');
      }),
    ).rejects.toThrow('crash before the commit');
    expect((await signals.receipt('customs', t.id))?.statuses.map((st) => st.status)).toEqual(['accepted']);
    expect(await count(`select count(*) n from gateway.outbox where signal_id = $1`, [t.id])).toBe(1);
  });

  it('counts the outbox backlog; the relay lock is held by one pass at a time', async () => {
    const before = await signals.backlog();
    await signals.insertMany('customs', [signal()]);
    expect(await signals.backlog()).toEqual({ pending: before.pending + 1, parked: before.parked });
    const inner = await signals.withRelayLock(async () => signals.withRelayLock(async () => 'second'));
    expect(inner).toBeUndefined();
  });
});

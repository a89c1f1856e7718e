import { EventType } from '@passerelle/contracts';
import { OutboxStore, OutgoingEvent } from '@passerelle/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { createTestDatabase } from './harness';

type BackloggedStore = OutboxStore & Required<Pick<OutboxStore, 'backlog'>>;

/** How a test reaches one outbox: its store, its table, the source its events carry, and its enqueue. */
export interface OutboxUnderTest {
  table: string;
  source: string;
  make(ds: DataSource): BackloggedStore;
  /** Enqueues as the writers do; `em` when the store takes the caller's transaction, else undefined. */
  enqueue(store: BackloggedStore, events: OutgoingEvent[], em?: EntityManager): Promise<void>;
  /** Whether enqueue joins the caller's transaction (false: the store writes on its own). */
  joinsTransaction: boolean;
}

/**
 * What every SQL outbox (libs/messaging sqlOutboxPass) must do, on a real Postgres database of its
 * own, no Kafka: an event enqueued once (and, in a caller's transaction that rolls back, not at
 * all), handed to the relay oldest first with its source, published rows out of the backlog with no
 * content kept, a parked row set aside with its reason, and one relay at a time.
 */
export function describeOutboxStore(o: OutboxUnderTest): void {
  describe(`outbox ${o.table}`, () => {
    let db: { url: string; drop(): Promise<void> };
    let ds: DataSource;
    let store: BackloggedStore;

    beforeAll(async () => {
      db = await createTestDatabase();
      ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
      store = o.make(ds);
    });
    afterAll(async () => {
      await ds?.destroy();
      await db?.drop();
    });

    const event = (key = 'k'): OutgoingEvent => ({
      id: randomUUID(),
      type: 'be.passerelle.access.recorded.v1' as EventType,
      topic: 'access.recorded.v1',
      key,
      source: o.source,
      time: new Date().toISOString(),
      traceId: '2'.repeat(32),
      payload: { n: randomUUID() },
    });
    const enqueue = (events: OutgoingEvent[], em?: EntityManager) => o.enqueue(store, events, em);
    const drain = () => store.withRelayLock((pass) => pass.pending(100));

    it('enqueues an event once', async () => {
      const e = event();
      await enqueue([e]);
      await enqueue([e, e]);
      await enqueue([]);
      const pending = (await drain())!;
      expect(pending.filter((r) => r.event.id === e.id)).toHaveLength(1);
      expect(await store.backlog()).toEqual({ pending: pending.length, parked: 0 });
    });

    if (o.joinsTransaction) {
      it("writes nothing when the caller's transaction rolls back", async () => {
        const lost = event();
        await expect(
          ds.transaction(async (em) => {
            await enqueue([lost], em);
            throw new Error('the fact failed');
          }),
        ).rejects.toThrow('the fact failed');
        expect((await drain())!.map((r) => r.event.id)).not.toContain(lost.id);
      });
    }

    it('hands the relay the oldest rows first, with their source; published rows leave the backlog and keep no content', async () => {
      const [a, b] = [event(), event()];
      await enqueue([a]);
      await enqueue([b]);
      await store.withRelayLock(async (pass) => {
        const rows = await pass.pending(100);
        const ids = rows.map((r) => r.event.id);
        expect(ids.indexOf(a.id)).toBeGreaterThanOrEqual(0);
        expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
        expect(rows.find((r) => r.event.id === a.id)?.event).toMatchObject({ ...a, time: expect.any(String) });
        await pass.markPublished(rows);
      });
      expect(await drain()).toEqual([]);
      expect(await store.backlog()).toEqual({ pending: 0, parked: 0 });
      expect(await ds.query(`select payload from ${o.table} where event_id = $1`, [a.id])).toEqual([{ payload: null }]);
    });

    it('sets a parked row aside with its reason; the rows behind it on its key say so', async () => {
      const [stuck, behind, other] = [event('p'), event('p'), event('q')];
      await enqueue([stuck, behind, other]);
      await store.withRelayLock(async (pass) => {
        const rows = await pass.pending(100);
        await pass.park(
          rows.filter((r) => r.event.id === stuck.id),
          'too big',
        );
      });
      expect((await drain())!.map((r) => [r.event.id, r.behindParked])).toEqual([
        [behind.id, true],
        [other.id, false],
      ]);
      expect(await store.backlog()).toEqual({ pending: 2, parked: 1 });
      expect(await ds.query(`select park_reason from ${o.table} where event_id = $1`, [stuck.id])).toEqual([{ park_reason: 'too big' }]);
    });

    it('lets one relay at a time hold the outbox', async () => {
      expect(await store.withRelayLock(async () => store.withRelayLock(async () => 'second'))).toBeUndefined();
      expect(await store.withRelayLock(async () => 'alone')).toBe('alone');
    });
  });
}

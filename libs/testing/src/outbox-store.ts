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
 * all), handed to the relay oldest first with its source, published rows deleted (parked and pending
 * rows kept), a parked row set aside with its reason, and one relay at a time.
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

    it('hands the relay the oldest rows first, with their source; published rows are deleted, no copy of their content kept', async () => {
      const [a, b] = [event(), event()];
      await enqueue([a]);
      await enqueue([b]);
      const inTable = async (ids: string[]) =>
        ((await ds.query(`select event_id::text as id from ${o.table} where event_id::text = any($1::text[])`, [ids])) as { id: string }[])
          .map((r) => r.id)
          .sort();
      expect(await inTable([a.id, b.id])).toEqual([a.id, b.id].sort());
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
      expect(await inTable([a.id, b.id])).toEqual([]);
    });

    it('deletes only the rows published: a parked row and a row left pending stay', async () => {
      const [stuck, sent, waiting] = [event('r'), event('s'), event('t')];
      await enqueue([stuck, sent, waiting]);
      await store.withRelayLock(async (pass) => {
        const rows = await pass.pending(100);
        await pass.park(
          rows.filter((r) => r.event.id === stuck.id),
          'refused',
        );
        await pass.markPublished(rows.filter((r) => r.event.id === sent.id));
      });
      const left = (await ds.query(
        `select event_id::text as id, parked_at is not null as parked from ${o.table} where event_id::text = any($1::text[])`,
        [[stuck.id, sent.id, waiting.id]],
      )) as { id: string; parked: boolean }[];
      expect(left.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
        [
          { id: stuck.id, parked: true },
          { id: waiting.id, parked: false },
        ].sort((x, y) => x.id.localeCompare(y.id)),
      );
      // Clean up for the cases below (they count the backlog).
      await ds.query(`delete from ${o.table} where event_id::text = any($1::text[])`, [[stuck.id, waiting.id]]);
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

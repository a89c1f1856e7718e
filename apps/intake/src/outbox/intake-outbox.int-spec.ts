import { EventType } from '@passerelle/contracts';
import { createTestDatabase } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeAccessOutboxRelay } from './access-outbox.relay';
import { IntakeAccessOutboxRepository } from './access-outbox.repository';
import { IntakeOutbox } from './intake-outbox';
import { IntakeOutboxRelay } from './intake-outbox.relay';
import { IntakeOutboxRepository } from './intake-outbox.repository';

/**
 * IntakeOutbox on a real Postgres database of its own, no Kafka: the row is written in the caller's
 * transaction, and the lane's relay is nudged only once that transaction committed (stand-in relays
 * record their nudges).
 */
describe('IntakeOutbox', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let outbox: IntakeOutbox;
  let events: IntakeOutboxRepository;
  const seen: string[] = [];
  const relay = (lane: string) => ({ nudge: () => void seen.push(lane) });
  const event = () => ({
    id: randomUUID(),
    type: 'be.passerelle.access.recorded.v1' as EventType,
    topic: 'access.recorded.v1',
    key: 'k',
    traceId: '3'.repeat(32),
    payload: {},
  });
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    events = new IntakeOutboxRepository(ds);
    const access = new IntakeAccessOutboxRepository(ds);
    outbox = new IntakeOutbox(
      ds,
      events,
      access,
      relay('events') as unknown as IntakeOutboxRelay,
      relay('access') as unknown as IntakeAccessOutboxRelay,
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    seen.length = 0;
    await ds.query('delete from intake.outbox');
    await ds.query('delete from intake.access_outbox');
  });

  it('nudges the lane once the transaction commits, not before', async () => {
    await ds.transaction(async (em) => {
      await outbox.enqueue([event()], em);
      await outbox.enqueue([event()], em);
      expect(seen).toEqual([]);
    });
    // Once, after the commit, with both rows there to publish.
    expect(seen).toEqual(['events']);
    expect(await events.backlog()).toEqual({ pending: 2, parked: 0 });
  });

  it('nudges each lane written, and none for a transaction rolled back', async () => {
    await expect(
      ds.transaction(async (em) => {
        await outbox.enqueue([event()], em);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(seen).toEqual([]);
    await ds.transaction(async (em) => {
      await outbox.enqueueAccess([event()], em);
      await outbox.enqueue([event()], em);
    });
    expect([...seen].sort()).toEqual(['access', 'events']);
    expect(await events.backlog()).toEqual({ pending: 1, parked: 0 });
  });

  it('waits for the outermost commit, not a savepoint', async () => {
    await ds.transaction(async (em) => {
      await em.transaction(async (inner) => outbox.enqueue([event()], inner));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(['events']);
  });

  it('nudges at once a row written outside a transaction, and never for nothing', async () => {
    await outbox.enqueue([]);
    await ds.transaction((em) => outbox.enqueue([], em));
    expect(seen).toEqual([]);
    await outbox.enqueueAccess([event()]);
    expect(seen).toEqual(['access']);
  });
});

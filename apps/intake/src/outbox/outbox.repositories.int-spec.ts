import { EventType } from '@passerelle/contracts';
import { createTestDatabase, describeOutboxStore } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IntakeAccessOutboxRepository } from './access-outbox.repository';
import { IntakeOutboxRepository } from './intake-outbox.repository';

// The intake's two outbox lanes, each to what every SQL outbox must do (libs/testing outbox-store.ts).
describeOutboxStore({
  table: 'intake.outbox',
  source: 'passerelle/intake',
  make: (ds) => new IntakeOutboxRepository(ds),
  enqueue: (store, events, em) => (store as IntakeOutboxRepository).enqueue(events, em),
  joinsTransaction: true,
});
describeOutboxStore({
  table: 'intake.access_outbox',
  source: 'passerelle/intake',
  make: (ds) => new IntakeAccessOutboxRepository(ds),
  enqueue: (store, events, em) => (store as IntakeAccessOutboxRepository).enqueue(events, em),
  joinsTransaction: true,
});

describe('the two intake lanes', () => {
  it('never share rows or locks', async () => {
    const db = await createTestDatabase();
    const ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    try {
      const events = new IntakeOutboxRepository(ds);
      const access = new IntakeAccessOutboxRepository(ds);
      const e = {
        id: randomUUID(),
        type: 'be.passerelle.access.recorded.v1' as EventType,
        topic: 'access.recorded.v1',
        key: 'k',
        traceId: '3'.repeat(32),
        payload: {},
      };
      await access.enqueue([e]);
      expect(await events.backlog()).toEqual({ pending: 0, parked: 0 });
      expect(await access.backlog()).toEqual({ pending: 1, parked: 0 });
      // A relay draining one lane does not keep the other's relay out.
      expect(await events.withRelayLock(async () => access.withRelayLock(async () => 'both'))).toBe('both');
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});

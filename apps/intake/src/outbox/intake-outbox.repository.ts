import { Injectable } from '@nestjs/common';
import { OutboxPass, OutboxStore, OutgoingEvent, sqlOutboxBacklog, sqlOutboxPass } from '@passerelle/messaging';
import { DataSource, EntityManager } from 'typeorm';

const SOURCE = 'passerelle/intake';

/**
 * The intake's transactional outbox: access records, assessment feedback and principal changes are
 * written in the same transaction as the fact they report, and published by the relay. A read is
 * answered only once its access record is durable, so no read goes unaudited even with Kafka down.
 */
@Injectable()
export class IntakeOutboxRepository implements OutboxStore {
  constructor(private readonly ds: DataSource) {}

  /** Adds events to the outbox inside the caller's transaction (or on its own when none is given). */
  async enqueue(events: Omit<OutgoingEvent, 'source' | 'time'>[], em: EntityManager = this.ds.manager): Promise<void> {
    if (events.length === 0) return;
    await em.query(
      `insert into intake.outbox (event_id, event_type, topic, key, trace_id, payload)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       on conflict (event_id) do nothing`,
      [
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => e.topic),
        events.map((e) => e.key),
        events.map((e) => e.traceId),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
  }

  backlog(): Promise<{ pending: number; parked: number }> {
    return sqlOutboxBacklog(this.ds, 'intake.outbox');
  }

  async withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined> {
    return this.ds.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('passerelle.intake.outbox')) as locked`);
      if (!locked) return undefined;
      return fn(sqlOutboxPass(tx, 'intake.outbox', SOURCE));
    });
  }
}

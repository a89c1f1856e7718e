import { Injectable } from '@nestjs/common';
import { OutboxPass, OutboxStore, OutgoingEvent, sqlOutboxBacklog, sqlOutboxPass } from '@passerelle/messaging';
import { DataSource, EntityManager } from 'typeorm';

const SOURCE = 'passerelle/intake';

/**
 * The intake's outbox lane for access records (reads and refused attempts, `access.recorded.v1`):
 * its own table, lock and relay, so that no number of reads waiting to be published ever delays an
 * event of `intake.outbox` (feedback, principal changes, erasures, purges). A read is still answered
 * only once its record is durable here, so no read goes unaudited even with Kafka down.
 */
@Injectable()
export class IntakeAccessOutboxRepository implements OutboxStore {
  constructor(private readonly ds: DataSource) {}

  /** Adds records inside the caller's transaction (or on their own when none is given). */
  async enqueue(events: Omit<OutgoingEvent, 'source' | 'time'>[], em: EntityManager = this.ds.manager): Promise<void> {
    if (events.length === 0) return;
    await em.query(
      `insert into intake.access_outbox (event_id, event_type, topic, key, trace_id, payload)
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
    return sqlOutboxBacklog(this.ds, 'intake.access_outbox');
  }

  async withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined> {
    return this.ds.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('passerelle.intake.access_outbox')) as locked`);
      if (!locked) return undefined;
      return fn(sqlOutboxPass(tx, 'intake.access_outbox', SOURCE));
    });
  }
}

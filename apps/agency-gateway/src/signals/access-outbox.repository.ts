import { Injectable } from '@nestjs/common';
import { OutboxPass, OutboxStore, OutgoingEvent, sqlOutboxBacklog, sqlOutboxPass } from '@passerelle/messaging';
import { DataSource } from 'typeorm';

const SOURCE = 'passerelle/agency-gateway';

/**
 * The gateway's outbox lane for access records (points of contact's reads, refused attempts at its
 * edge): its own table, lock and relay, so that reads waiting to be published never delay a
 * submission in `gateway.outbox`.
 */
@Injectable()
export class GatewayAccessOutboxRepository implements OutboxStore {
  constructor(private readonly ds: DataSource) {}

  async enqueue(events: OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.ds.query(
      `insert into gateway.access_outbox (event_id, event_type, topic, key, trace_id, payload, occurred_at)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[])
       on conflict (event_id) do nothing`,
      [
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => e.topic),
        events.map((e) => e.key),
        events.map((e) => e.traceId),
        events.map((e) => JSON.stringify(e.payload)),
        events.map((e) => e.time),
      ],
    );
  }

  backlog(): Promise<{ pending: number; parked: number }> {
    return sqlOutboxBacklog(this.ds, 'gateway.access_outbox');
  }

  async withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined> {
    return this.ds.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('passerelle.gateway.access_outbox')) as locked`);
      if (!locked) return undefined;
      return fn(sqlOutboxPass(tx, 'gateway.access_outbox', SOURCE));
    });
  }
}

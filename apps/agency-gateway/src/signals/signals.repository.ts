import { Injectable } from '@nestjs/common';
import { OutboxPass, OutboxRow, OutboxStore, OutgoingEvent } from '@passerelle/messaging';
import { DataSource, EntityManager } from 'typeorm';

export interface StoredSignal {
  id: string;
  agency: string;
  externalRef: string;
  contentHash: string;
  traceId: string;
  createdAt: Date;
}

export interface Receipt extends StoredSignal {
  statuses: { status: string; at: Date; detail: unknown }[];
}

/** The only place that touches gateway.signals, gateway.signal_status and gateway.outbox. */
@Injectable()
export class SignalsRepository implements OutboxStore {
  constructor(private readonly ds: DataSource) {}

  /**
   * Inserts the signal, its first status and its outbox event in one transaction. Returns the
   * existing signal instead when (agency, externalRef) is taken.
   */
  async insertWithOutbox(
    s: StoredSignal & { payload: unknown; submittedBy: string },
    event: OutgoingEvent,
  ): Promise<{ created: boolean; signal: StoredSignal }> {
    return this.ds.transaction(async (tx) => {
      const inserted: { id: string }[] = await tx.query(
        `insert into gateway.signals (id, agency, external_ref, content_hash, payload, trace_id, submitted_by, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (agency, external_ref) do nothing returning id`,
        [s.id, s.agency, s.externalRef, s.contentHash, JSON.stringify(s.payload), s.traceId, s.submittedBy, s.createdAt],
      );
      if (inserted.length === 0) {
        const existing = await this.findByRef(tx, s.agency, s.externalRef);
        if (!existing) throw new Error('signal vanished between conflict and read');
        return { created: false, signal: existing };
      }
      await tx.query(`insert into gateway.signal_status (signal_id, status, at) values ($1, 'accepted', $2)`, [s.id, s.createdAt]);
      await tx.query(
        `insert into gateway.outbox (event_id, event_type, topic, key, signal_id, trace_id, payload, occurred_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [event.id, event.type, event.topic, event.key, s.id, event.traceId, JSON.stringify(event.payload), event.time],
      );
      return { created: true, signal: s };
    });
  }

  private async findByRef(tx: EntityManager, agency: string, ref: string): Promise<StoredSignal | null> {
    const rows = await tx.query(
      `select id, agency, external_ref, content_hash, trace_id, created_at from gateway.signals
        where agency = $1 and external_ref = $2`,
      [agency, ref],
    );
    return rows[0] ? toStored(rows[0]) : null;
  }

  /** The receipt of a signal of this agency; null for an unknown id or another agency's signal. */
  async receipt(agency: string, id: string): Promise<Receipt | null> {
    const rows = await this.ds.query(
      `select id, agency, external_ref, content_hash, trace_id, created_at from gateway.signals where id = $1 and agency = $2`,
      [id, agency],
    );
    if (!rows[0]) return null;
    const statuses = await this.ds.query(`select status, at, detail from gateway.signal_status where signal_id = $1 order by id`, [id]);
    return { ...toStored(rows[0]), statuses };
  }

  async withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined> {
    return this.ds.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('passerelle.gateway.outbox')) as locked`);
      if (!locked) return undefined;
      return fn({
        pending: async (limit) => {
          const rows = await tx.query(
            `select id, event_id, event_type, topic, key, signal_id, trace_id, payload, occurred_at
               from gateway.outbox where published_at is null order by id limit $1`,
            [limit],
          );
          return rows.map((r: Record<string, unknown>): OutboxRow => ({
            id: String(r.id),
            event: {
              id: r.event_id as string,
              type: r.event_type as OutgoingEvent['type'],
              topic: r.topic as string,
              key: r.key as string,
              traceId: r.trace_id as string,
              source: 'passerelle/agency-gateway',
              time: (r.occurred_at as Date).toISOString(),
              payload: r.payload,
            },
          }));
        },
        markPublished: async (rows) => {
          const ids = rows.map((r) => r.id);
          await tx.query(`update gateway.outbox set published_at = now() where id = any($1::bigint[])`, [ids]);
          await tx.query(
            `insert into gateway.signal_status (signal_id, status)
             select signal_id, 'published' from gateway.outbox where id = any($1::bigint[]) order by id`,
            [ids],
          );
        },
      });
    });
  }
}

function toStored(r: Record<string, unknown>): StoredSignal {
  return {
    id: r.id as string,
    agency: r.agency as string,
    externalRef: r.external_ref as string,
    contentHash: r.content_hash as string,
    traceId: r.trace_id as string,
    createdAt: r.created_at as Date,
  };
}

import { Injectable } from '@nestjs/common';
import { CLASSIFICATIONS, CLASSIFICATIONS_SQL } from '@passerelle/contracts';
import { OutboxPass, OutboxStore, OutgoingEvent, sqlOutboxBacklog, sqlOutboxPass } from '@passerelle/messaging';
import { WrappedDataKey } from '@passerelle/crypto';
import { DataSource, EntityManager } from 'typeorm';
import { RECEIPT_KINDS } from '../feedback/feedback.repository';

export interface NewSignal {
  id: string;
  agency: string;
  externalRef: string;
  contentHash: string;
  traceId: string;
  createdAt: Date;
  payload: unknown;
  submittedBy: string;
  event: OutgoingEvent;
  /** The signal's data key, wrapped: the event's content is sealed with it (libs/crypto sealing.ts). */
  dataKey: WrappedDataKey;
}

export interface StoredSignal {
  id: string;
  externalRef: string;
  contentHash: string;
  traceId: string;
  createdAt: Date;
}

/** A signal whose copies a purge removed: rows removed per table. */
export interface PurgedSignal {
  id: string;
  agency: string;
  /** Null only for an erased signal that had none. */
  retentionUntil: string | null;
  /** Null when the signal's notices named no trace (the purge notice then derives one). */
  traceId: string | null;
  removed: Record<string, number>;
}

type DueSignal = Omit<PurgedSignal, 'removed'>;

export type InsertOutcome = { created: true; signal: StoredSignal } | { created: false; signal: StoredSignal };

export interface Receipt extends StoredSignal {
  statuses: { status: string; at: Date; detail: unknown }[];
}

const STORED_COLUMNS = `id, external_ref as "externalRef", content_hash as "contentHash", trace_id as "traceId", created_at as "createdAt"`;

/**
 * The receipt histories of signals ($1, uuids), oldest first: the signal's own statuses
 * (gateway.signal_status: `accepted` with the signal, `published` by the outbox relay), then the
 * notices about it in its agency's inbox whose kind is a receipt status ($2, RECEIPT_KINDS), in the
 * order they were filed. Those notices were also copied into gateway.signal_status until issue 25:
 * one fact stored twice; the history now reads them where they are.
 */
const HISTORY_SQL = `
  select signal_id as "signalId", status, at, detail from (
    select st.signal_id, 0 as part, st.id as n, st.status, st.at, st.detail
      from gateway.signal_status st where st.signal_id = any($1::uuid[])
    union all
    select s.id, 1, f.seq, f.status, f.occurred_at, f.detail
      from gateway.signals s
      join gateway.feedback f on f.agency = s.agency and f.signal_id = s.id::text and f.status = any($2::text[])
     where s.id = any($1::uuid[])
  ) h order by signal_id, part, n`;

/** The only place that touches gateway.signals, gateway.signal_status and gateway.outbox (and reads receipts). */
@Injectable()
export class SignalsRepository implements OutboxStore {
  constructor(private readonly ds: DataSource) {}

  /**
   * Inserts the signals, their first status and their outbox events in one transaction (three
   * multi-row statements, whatever the batch size). For an (agency, externalRef) already taken —
   * earlier or earlier in this batch — the outcome carries the signal stored first.
   */
  async insertMany(agency: string, items: NewSignal[]): Promise<InsertOutcome[]> {
    if (items.length === 0) return [];
    return this.ds.transaction(async (tx) => {
      const inserted: { id: string }[] = await tx.query(
        `insert into gateway.signals (id, agency, external_ref, content_hash, payload, trace_id, submitted_by, created_at, retention_until)
         select id, $1, external_ref, content_hash, payload, trace_id, submitted_by, created_at, (payload->>'retentionUntil')::date
           from unnest($2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::uuid[], $8::timestamptz[]) with ordinality
             as t(id, external_ref, content_hash, payload, trace_id, submitted_by, created_at, n)
          order by n
         on conflict (agency, external_ref) do nothing returning id`,
        [
          agency,
          items.map((i) => i.id),
          items.map((i) => i.externalRef),
          items.map((i) => i.contentHash),
          items.map((i) => JSON.stringify(i.payload)),
          items.map((i) => i.traceId),
          items.map((i) => i.submittedBy),
          items.map((i) => i.createdAt),
        ],
      );
      const created = new Set(inserted.map((r) => r.id));
      const fresh = items.filter((i) => created.has(i.id));
      if (fresh.length) {
        await tx.query(
          `insert into gateway.signal_status (signal_id, status, at) select id, 'accepted', at from unnest($1::uuid[], $2::timestamptz[]) as t(id, at)`,
          [fresh.map((i) => i.id), fresh.map((i) => i.createdAt)],
        );
        // The keys that seal the outbox events' content, committed with them (before any is published).
        await tx.query(
          `insert into keys.data_keys (signal_id, wrapped, kek_id)
           select * from unnest($1::uuid[], $2::bytea[], $3::text[]) on conflict (signal_id) do nothing`,
          [fresh.map((i) => i.id), fresh.map((i) => i.dataKey.wrapped), fresh.map((i) => i.dataKey.kekId)],
        );
        await tx.query(
          `insert into gateway.outbox (event_id, event_type, topic, key, signal_id, trace_id, payload, occurred_at)
           select event_id, event_type, topic, key, signal_id, trace_id, payload, occurred_at
             from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::timestamptz[]) with ordinality
               as t(event_id, event_type, topic, key, signal_id, trace_id, payload, occurred_at, n)
            order by n`,
          [
            fresh.map((i) => i.event.id),
            fresh.map((i) => i.event.type),
            fresh.map((i) => i.event.topic),
            fresh.map((i) => i.event.key),
            fresh.map((i) => i.id),
            fresh.map((i) => i.event.traceId),
            fresh.map((i) => JSON.stringify(i.event.payload)),
            fresh.map((i) => i.event.time),
          ],
        );
      }
      const taken = items.filter((i) => !created.has(i.id));
      const existing = new Map<string, StoredSignal>();
      if (taken.length) {
        const rows: StoredSignal[] = await tx.query(
          `select ${STORED_COLUMNS} from gateway.signals where agency = $1 and external_ref = any($2::text[])`,
          [agency, taken.map((i) => i.externalRef)],
        );
        for (const r of rows) existing.set(r.externalRef, r);
      }
      return items.map((i): InsertOutcome => {
        if (created.has(i.id)) return { created: true, signal: i };
        const first = existing.get(i.externalRef);
        if (!first) throw new Error(`signal ${i.externalRef} neither inserted nor found`);
        return { created: false, signal: first };
      });
    });
  }

  /** Adds events to the gateway's outbox inside the caller's transaction (the products' reads and acknowledgements). */
  async enqueueIn(db: Pick<EntityManager, 'query'>, events: OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
    await db.query(
      `insert into gateway.outbox (event_id, event_type, topic, key, trace_id, payload, occurred_at)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[])
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

  /** The receipt of a signal of this agency; null for an unknown id or another agency's signal. */
  async receipt(agency: string, id: string): Promise<Receipt | null> {
    const rows: StoredSignal[] = await this.ds.query(`select ${STORED_COLUMNS} from gateway.signals where id = $1 and agency = $2`, [
      id,
      agency,
    ]);
    if (!rows[0]) return null;
    const statuses: { status: string; at: Date; detail: unknown }[] = (await this.ds.query(HISTORY_SQL, [[rows[0].id], RECEIPT_KINDS])).map(
      ({ status, at, detail }: { status: string; at: Date; detail: unknown }) => ({ status, at, detail }),
    );
    return { ...rows[0], statuses };
  }

  /**
   * A signal as this agency submitted it (its payload), for a POC cleared for its marking: null for
   * another agency's, an unknown id, one marked above `maxRank`, or one purged (no payload is left).
   */
  async content(agency: string, id: string, maxRank: number): Promise<(StoredSignal & { payload: Record<string, unknown> }) | null> {
    if (!Number.isInteger(maxRank)) throw new Error(`maxRank must be an integer, not ${maxRank}`);
    const rows: (StoredSignal & { payload: Record<string, unknown> })[] = await this.ds.query(
      `select ${STORED_COLUMNS}, payload from gateway.signals
        where id = $1 and agency = $2 and payload is not null
          and coalesce(array_position(${CLASSIFICATIONS_SQL}, payload->>'classification') - 1, ${CLASSIFICATIONS.length}) <= $3::int`,
      [id, agency, maxRank],
    );
    return rows[0] ?? null;
  }

  /**
   * Which of these signal ids are this agency's: submitted here, or named by the agency's feedback
   * (a signal produced directly on Kafka has no receipt here, but its notices are in the inbox).
   */
  async knownToAgency(agency: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.ds.query(
      `select id::text as id from gateway.signals where agency = $1 and id = any($2::uuid[])
       union
       select signal_id as id from gateway.feedback where agency = $1 and signal_id = any($3::text[])`,
      [agency, ids, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * A page of this agency's receipts, newest first (by acceptance time, then id): those accepted
   * before `before` when given. `cursorAt` is the acceptance time to the microsecond, for the next page.
   */
  async list(agency: string, before: { at: string; id: string } | null, limit: number): Promise<(Receipt & { cursorAt: string })[]> {
    const rows: (StoredSignal & { cursorAt: string })[] = await this.ds.query(
      `select ${STORED_COLUMNS}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorAt"
         from gateway.signals
        where agency = $1 ${before ? 'and (created_at, id) < ($3::timestamptz, $4::uuid)' : ''}
        order by created_at desc, id desc
        limit $2`,
      before ? [agency, limit, before.at, before.id] : [agency, limit],
    );
    if (rows.length === 0) return [];
    const statuses: { signalId: string; status: string; at: Date; detail: unknown }[] = await this.ds.query(HISTORY_SQL, [
      rows.map((r) => r.id),
      RECEIPT_KINDS,
    ]);
    const bySignal = new Map<string, Receipt['statuses']>(rows.map((r) => [r.id, []]));
    for (const { signalId, ...s } of statuses) bySignal.get(signalId)?.push(s);
    return rows.map((r) => ({ ...r, statuses: bySignal.get(r.id) ?? [] }));
  }

  /**
   * Removes every copy this gateway holds of up to `limit` signals whose retention ended by `day`
   * (the signal and its payload, its receipt statuses, its outbox rows, the notices in its agency's
   * inbox), leaves a tombstone (id, agency, dates) so that its receipt answers `purged`, and queues
   * the purge notices `notices` builds — all in one transaction. Returns how many signals went.
   */
  async purgeDue(day: string, limit: number, notices: (purged: PurgedSignal[]) => OutgoingEvent[]): Promise<number> {
    return this.ds.transaction(async (tx) => {
      const due: DueSignal[] = await tx.query(
        `select id, agency, to_char(retention_until, 'YYYY-MM-DD') as "retentionUntil", trace_id as "traceId"
           from gateway.signals where retention_until <= $1::date order by retention_until, id limit $2 for update skip locked`,
        [day, limit],
      );
      return this.removeIn(tx, due, 'retention-expired', notices);
    });
  }

  /**
   * An approved erasure: the same removal as at term, now, of these signals if this gateway holds
   * them, with a tombstone that says `erased`; of a signal it does not hold (an agency's own client
   * submitted it), the notices about it in the inbox (an analyst's question among them), without a
   * tombstone (such a signal has no receipt here). Returns how many signals had copies here.
   */
  async erase(ids: string[], notices: (purged: PurgedSignal[]) => OutgoingEvent[]): Promise<number> {
    return this.ds.transaction(async (tx) => {
      // The feedback consumer files under this lock: a notice it opened before the approval is filed
      // before this removal (and removed by it), or after it, when its key's absence keeps it out
      // (FeedbackRepository.store).
      await tx.query(`select pg_advisory_xact_lock(hashtext('passerelle.gateway.feedback'))`);
      const due: DueSignal[] = await tx.query(
        `select id, agency, to_char(retention_until, 'YYYY-MM-DD') as "retentionUntil", trace_id as "traceId"
           from gateway.signals where id = any($1::uuid[]) order by id for update`,
        [ids],
      );
      const held = await this.removeIn(tx, due, 'erased', notices);
      const others = ids.map((id) => id.toLowerCase()).filter((id) => !due.some((d) => d.id === id));
      if (others.length === 0) return held;
      const [rows]: [{ id: string; agency: string; traceId: string | null }[], number] = await tx.query(
        `delete from gateway.feedback where signal_id = any($1::text[]) returning signal_id as id, agency, trace_id as "traceId"`,
        [others],
      );
      const inbox = new Map<string, PurgedSignal>();
      for (const r of rows) {
        const p = inbox.get(r.id) ?? { id: r.id, agency: r.agency, retentionUntil: null, traceId: r.traceId, removed: {} };
        p.removed['gateway.feedback'] = (p.removed['gateway.feedback'] ?? 0) + 1;
        inbox.set(r.id, p);
      }
      await this.enqueueIn(tx, notices([...inbox.values()]));
      return held + inbox.size;
    });
  }

  private async removeIn(
    tx: EntityManager,
    due: DueSignal[],
    reason: 'retention-expired' | 'erased',
    notices: (purged: PurgedSignal[]) => OutgoingEvent[],
  ): Promise<number> {
    if (due.length === 0) return 0;
    const ids = due.map((d) => d.id);
    const counted = async (table: string, sql: string, params: unknown[]) => {
      const [rows]: [{ id: string }[], number] = await tx.query(sql, params);
      const n = new Map<string, number>();
      for (const r of rows) n.set(r.id, (n.get(r.id) ?? 0) + 1);
      return { table, n };
    };
    const removed = [
      await counted(
        'gateway.signal_status',
        `delete from gateway.signal_status where signal_id = any($1::uuid[]) returning signal_id::text as id`,
        [ids],
      ),
      await counted('gateway.outbox', `delete from gateway.outbox where signal_id = any($1::uuid[]) returning signal_id::text as id`, [
        ids,
      ]),
      await counted(
        'gateway.feedback',
        `delete from gateway.feedback f using unnest($1::text[], $2::text[]) as q(id, agency)
            where f.signal_id = q.id and f.agency = q.agency returning f.signal_id as id`,
        [ids, due.map((d) => d.agency)],
      ),
      // The reporter's draft the signal was forwarded from holds a copy of its content (issue 29, item 6):
      // it goes with the signal, its steps (a return's comment) with it.
      await counted('gateway.drafts', `delete from gateway.drafts where signal_id = any($1::uuid[]) returning signal_id::text as id`, [
        ids,
      ]),
      await counted('gateway.signals', `delete from gateway.signals where id = any($1::uuid[]) returning id::text as id`, [ids]),
      // The data key that sealed its copies on Kafka (when no other service deleted it first).
      await counted('keys.data_keys', `delete from keys.data_keys where signal_id = any($1::uuid[]) returning signal_id::text as id`, [
        ids,
      ]),
    ];
    await tx.query(
      `insert into gateway.purged_signals (id, agency, retention_until, reason)
         select u.*, $4 from unnest($1::uuid[], $2::text[], $3::date[]) as u on conflict (id) do nothing`,
      [ids, due.map((d) => d.agency), due.map((d) => d.retentionUntil), reason],
    );
    const events = notices(
      due.map((d) => ({
        ...d,
        removed: Object.fromEntries(removed.map((r) => [r.table, r.n.get(d.id) ?? 0])),
      })),
    );
    await this.enqueueIn(tx, events);
    return due.length;
  }

  /** A purged signal of this agency: its tombstone (no content), or null. */
  async purged(
    agency: string,
    id: string,
  ): Promise<{ id: string; purgedAt: Date; retentionUntil: string | null; reason: 'retention-expired' | 'erased' } | null> {
    const rows = await this.ds.query(
      `select id, purged_at as "purgedAt", to_char(retention_until, 'YYYY-MM-DD') as "retentionUntil", reason
         from gateway.purged_signals where id = $1 and agency = $2`,
      [id, agency],
    );
    return rows[0] ?? null;
  }

  backlog(): Promise<{ pending: number; parked: number }> {
    return sqlOutboxBacklog(this.ds, 'gateway.outbox');
  }

  async withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined> {
    return this.ds.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext('passerelle.gateway.outbox')) as locked`);
      if (!locked) return undefined;
      return fn(
        // Published rows also move their signals' receipts to 'published', in the same transaction.
        sqlOutboxPass(tx, 'gateway.outbox', 'passerelle/agency-gateway', async (ids) => {
          await tx.query(
            `insert into gateway.signal_status (signal_id, status)
             select signal_id, 'published' from gateway.outbox where id = any($1::bigint[]) and signal_id is not null order by id`,
            [ids],
          );
        }),
      );
    });
  }
}

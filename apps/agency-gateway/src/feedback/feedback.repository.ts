import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface FeedbackRow {
  eventId: string;
  agency: string;
  signalId: string;
  status: string;
  detail: Record<string, unknown>;
  traceId: string | null;
  occurredAt: string;
  /** It came sealed with its signal's data key (an analyst's feedback): filed only while that key exists. */
  sealed?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A notice's signal id as a uuid, when it is one: compared as uuids, the lookups use the primary
 * keys (compared as text, they scanned every signal of the agency for each notice). A notice about
 * a refused message may name something else (the id it claimed), which no signal here has.
 */
const uuidOrNull = (id: string): string | null => (UUID.test(id) ? id.toLowerCase() : null);

/**
 * The kinds of notice that are receipt statuses of the signal they name (when this gateway holds it
 * for the notice's agency): a receipt's history reads them from gateway.feedback, after the signal's
 * own `accepted` and `published` (SignalsRepository), rather than from a second copy of each notice
 * (issue 25). `failed`: the intake could not store it (dead-lettered), the reasons in its detail.
 */
export const RECEIPT_KINDS: readonly string[] = ['routed', 'duplicate', 'rejected', 'delivered', 'failed', 'assessed'];

/** The only place that writes gateway.feedback. */
@Injectable()
export class FeedbackRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Stores new feedback, which is also the receipt history of the signals it names (RECEIPT_KINDS).
   * Idempotent on (agency, event id), the agency being the feedback topic's: an event id is unique
   * within its topic only, so a notice on one agency's topic can never take the place of one on
   * another's.
   */
  async store(rows: FeedbackRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    return this.ds.transaction(async (tx) => {
      // Writers take turns so that seq order is commit order: the inbox cursor never skips a row.
      await tx.query(`select pg_advisory_xact_lock(hashtext('passerelle.gateway.feedback'))`);
      const inserted: { event_id: string }[] = await tx.query(
        // received_at after the lock (clock_timestamp, not the transaction's start): the time the inbox
        // shows rises with seq, the order it pages in.
        `insert into gateway.feedback (event_id, agency, signal_id, status, detail, trace_id, occurred_at, received_at)
         select event_id, agency, signal_id, status, detail, trace_id, occurred_at, clock_timestamp()
           from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::timestamptz[], $8::uuid[], $9::boolean[])
           with ordinality as t(event_id, agency, signal_id, status, detail, trace_id, occurred_at, signal_uuid, sealed, n)
         -- A late notice about a signal purged here is not filed again.
         where not exists (select 1 from gateway.purged_signals p where p.id = t.signal_uuid and p.agency = t.agency)
           -- Nor one opened just before its signal's erasure deleted the key (the erasure, under the
           -- same lock, removes what was filed before it): its content must not outlive the key.
           and (not t.sealed or exists (select 1 from keys.data_keys k where k.signal_id = t.signal_uuid))
         order by n
         on conflict (agency, event_id) do nothing
         returning event_id`,
        [
          rows.map((r) => r.eventId),
          rows.map((r) => r.agency),
          rows.map((r) => r.signalId),
          rows.map((r) => r.status),
          rows.map((r) => JSON.stringify(r.detail)),
          rows.map((r) => r.traceId),
          rows.map((r) => r.occurredAt),
          rows.map((r) => uuidOrNull(r.signalId)),
          rows.map((r) => r.sealed === true),
        ],
      );
      return inserted.length;
    });
  }

  /** The key that makes inbox cursors opaque, created once per database (the first instance's wins). */
  async cursorKey(fresh: string): Promise<string> {
    await this.ds.query(`insert into gateway.secrets (name, value) values ('cursor-key', $1) on conflict (name) do nothing`, [fresh]);
    const [row] = await this.ds.query(`select value from gateway.secrets where name = 'cursor-key'`);
    return row.value;
  }

  /**
   * One page of an agency's inbox: after the cursor (exclusive) oldest first, or with `desc` before
   * it (null: from the newest) newest first. With `openQuestions`, only the analysts' questions not
   * yet answered: no later signal of the agency supplements the signal asked about. With `statuses`,
   * only the notices of those kinds.
   */
  async page(
    agency: string,
    fromSeq: string | null,
    limit: number,
    order: 'asc' | 'desc' = 'asc',
    openQuestions = false,
    statuses: readonly string[] | null = null,
  ) {
    const [cmp, dir] = order === 'desc' ? ['<', 'desc'] : ['>', 'asc'];
    const from = fromSeq ?? (order === 'desc' ? '9223372036854775807' : '0');
    const onlyOpen = openQuestions
      ? `and f.detail ? 'question'
         and not exists (select 1 from gateway.signals a
                          where a.agency = f.agency and a.payload ? 'supplements'
                            and a.payload->>'supplements' = f.signal_id and a.created_at >= f.received_at)`
      : '';
    // The agency's own reference of the signal, when this gateway holds it (null otherwise: a signal
    // produced directly on Kafka, or a notice about a refused message).
    return this.ds.query(
      `select f.seq::text as seq, event_id as "eventId", signal_id as "signalId", s.external_ref as "externalRef", status, detail,
              f.trace_id as "traceId", occurred_at as "occurredAt", received_at as "receivedAt"
         from gateway.feedback f
         left join gateway.signals s
           on s.agency = f.agency
          and s.id = case when f.signal_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then f.signal_id::uuid end
        where f.agency = $1 and f.seq ${cmp} $2::bigint ${onlyOpen} ${statuses ? 'and f.status = any($4::text[])' : ''}
        order by f.seq ${dir} limit $3`,
      statuses ? [agency, from, limit, statuses] : [agency, from, limit],
    ) as Promise<
      {
        seq: string;
        eventId: string;
        signalId: string;
        externalRef: string | null;
        status: string;
        detail: unknown;
        traceId: string;
        occurredAt: Date;
        receivedAt: Date;
      }[]
    >;
  }

  /**
   * OCAM's notices about one signal of the agency, oldest first: what a reporter sees of the signal
   * its draft became (issue 29, item 6) — assessments and questions included.
   */
  async forSignal(
    agency: string,
    signalId: string,
  ): Promise<{ status: string; detail: Record<string, unknown>; occurredAt: Date; receivedAt: Date }[]> {
    return this.ds.query(
      `select status, detail, occurred_at as "occurredAt", received_at as "receivedAt"
         from gateway.feedback where agency = $1 and signal_id = $2 order by seq`,
      [agency, signalId],
    );
  }
}

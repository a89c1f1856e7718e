import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chain, ledgerInstant, LedgerEntry, LedgerFacts } from './ledger-entry';

const COLUMNS = `seq::text as "seq", event_id as "eventId", to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "recordedAt",
  case when occurred_at is null then null else to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') end as "occurredAt",
  actor, action, agency, signal_id as "signalId", correlation_id as "correlationId", trace_id as "traceId",
  source_topic as "sourceTopic", source_partition as "sourcePartition", source_offset::text as "sourceOffset",
  payload_digest as "payloadDigest", details, prev_hash as "prevHash", hash`;

/** The only place that touches audit.ledger. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Appends the entries whose event id is not in the ledger yet, chained after the current head.
   * One writer at a time (transaction-scoped advisory lock), so the chain never forks.
   */
  async append(facts: LedgerFacts[]): Promise<LedgerEntry[]> {
    if (facts.length === 0) return [];
    return this.ds.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext('passerelle.audit.ledger'))`);
      const known: { event_id: string }[] = await tx.query(`select event_id from audit.ledger where event_id = any($1::text[])`, [
        facts.map((f) => f.eventId),
      ]);
      const seen = new Set(known.map((k) => k.event_id));
      const fresh = facts.filter((f) => !seen.has(f.eventId) && (seen.add(f.eventId), true));
      if (fresh.length === 0) return [];
      // Order by the column, not the text alias: "9" sorts after "10".
      const [head] = await tx.query(`select l.seq::text as seq, l.hash from audit.ledger l order by l.seq desc limit 1`);
      // Microsecond precision, as Postgres stores it, so the hash recomputes from the stored row.
      const entries = chain(fresh, head ?? null, ledgerInstant(new Date()));
      await tx.query(
        `insert into audit.ledger (seq, event_id, recorded_at, occurred_at, actor, action, agency, signal_id, correlation_id,
           trace_id, source_topic, source_partition, source_offset, payload_digest, details, prev_hash, hash)
         select * from unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::text[], $6::text[], $7::text[],
           $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::bigint[], $14::text[], $15::jsonb[], $16::text[], $17::text[])`,
        [
          entries.map((e) => e.seq),
          entries.map((e) => e.eventId),
          entries.map((e) => e.recordedAt),
          entries.map((e) => e.occurredAt),
          entries.map((e) => e.actor),
          entries.map((e) => e.action),
          entries.map((e) => e.agency),
          entries.map((e) => e.signalId),
          entries.map((e) => e.correlationId),
          entries.map((e) => e.traceId),
          entries.map((e) => e.sourceTopic),
          entries.map((e) => e.sourcePartition),
          entries.map((e) => e.sourceOffset),
          entries.map((e) => e.payloadDigest),
          entries.map((e) => JSON.stringify(e.details)),
          entries.map((e) => e.prevHash),
          entries.map((e) => e.hash),
        ],
      );
      return entries;
    });
  }

  async trail(signalId: string): Promise<LedgerEntry[]> {
    // Order by the column: the selected seq is text.
    return this.ds.query(`select ${COLUMNS} from audit.ledger l where l.signal_id = $1 order by l.seq`, [signalId]);
  }
}

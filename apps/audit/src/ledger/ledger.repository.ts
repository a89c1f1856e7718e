import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { chain, ledgerInstant, LedgerEntry, LedgerFacts } from './ledger-entry';
import { factsOnly } from './ledger-facts';

const INSTANT = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const COLUMNS = `seq::text as "seq", event_id as "eventId", ${INSTANT('recorded_at')} as "recordedAt",
  case when occurred_at is null then null else ${INSTANT('occurred_at')} end as "occurredAt",
  actor, action, agency, signal_id as "signalId", correlation_id as "correlationId", trace_id as "traceId",
  source_topic as "sourceTopic", source_partition as "sourcePartition", source_offset::text as "sourceOffset",
  payload_digest as "payloadDigest", details, prev_hash as "prevHash", hash`;

/**
 * The principal's name beside an actor `principal:<uuid>`, for the oversight reads a person looks at
 * (trail, events); never in the export, whose entries are the stored rows as they were hashed.
 */
const ACTOR_NAME = `case when l.actor ~ '^principal:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  then (select p.name from identity.principals p where p.id = substr(l.actor, 11)::uuid) end as "actorName"`;

/**
 * A consistent, read-only view of the audit schema (one REPEATABLE READ transaction): every read
 * through it sees the database as of its first query, whatever is appended or signed meanwhile.
 */
export type AuditSnapshot = EntityManager;

/** The only place that touches audit.ledger. */
@Injectable()
export class LedgerRepository {
  private readonly logger = new Logger('Ledger');

  constructor(private readonly ds: DataSource) {}

  /**
   * Appends the entries whose event is not in the ledger yet, chained after the current head. An
   * event is its id within the topic that carried it (the same id on another topic is another
   * event, so no message can keep another topic's event out of the ledger by taking its id first).
   * One writer at a time (transaction-scoped advisory lock), so the chain never forks.
   */
  async append(unchecked: LedgerFacts[]): Promise<LedgerEntry[]> {
    if (unchecked.length === 0) return [];
    // The one gate of the ledger: only facts of an allowed type are chained (ledger-facts.ts).
    const facts = unchecked.map((f) => {
      const checked = factsOnly(f);
      if (checked.refused > 0) {
        this.logger.warn(
          `ledger: ${checked.refused} field(s) of a ${checked.facts.action} entry from ${checked.facts.sourceTopic} refused (not facts)`,
        );
      }
      return checked.facts;
    });
    return this.ds.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext('passerelle.audit.ledger'))`);
      const known: { source_topic: string; event_id: string }[] = await tx.query(
        `select l.source_topic, l.event_id from audit.ledger l
           join unnest($1::text[], $2::text[]) as q(topic, id) on l.source_topic = q.topic and l.event_id = q.id`,
        [facts.map((f) => f.sourceTopic), facts.map((f) => f.eventId)],
      );
      const key = (topic: string, id: string) => `${topic}\u0000${id}`;
      const seen = new Set(known.map((k) => key(k.source_topic, k.event_id)));
      const fresh = facts.filter((f) => !seen.has(key(f.sourceTopic, f.eventId)) && (seen.add(key(f.sourceTopic, f.eventId)), true));
      if (fresh.length === 0) return [];
      // Order by the column, not the text alias: "9" sorts after "10".
      const [head] = await tx.query(
        `select l.seq::text as seq, l.hash, ${INSTANT('l.recorded_at')} as "recordedAt" from audit.ledger l order by l.seq desc limit 1`,
      );
      // Microsecond precision, as Postgres stores it, so the hash recomputes from the stored row.
      // Never earlier than the head (a clock stepping back): recorded_at grows with seq, which is
      // what lets a time window become a seq range (see search).
      const now = ledgerInstant(new Date());
      const recordedAt = head && head.recordedAt > now ? head.recordedAt : now;
      const entries = chain(fresh, head ?? null, recordedAt);
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

  /**
   * A signal's entries in the order things happened. The ledger's own order is the order events
   * reached the audit service, which across topics need not be causal (a delivery notice can
   * overtake the feed event it follows); the time each event says it occurred is.
   *
   * A signal belongs to one agency: the one the router routed it for (its `signal.routed` entries,
   * written by the router only). What another agency's topic said about the same id — a submission
   * claiming it, that submission's rejection and feedback — stays in the ledger under that agency,
   * but is not this signal's trail. Entries that name no agency (reads, refused attempts) are. A read
   * is one entry listing every signal it returned (`details.signalIds`): it is in the trail of each.
   * Before the router has spoken of the signal, every entry naming the id is shown.
   */
  async trail(signalId: string): Promise<LedgerEntry[]> {
    // Order by the columns: the selected seq is text.
    return this.ds.query(
      `with owner as (
         select o.agency from audit.ledger o
          where o.signal_id = $1 and o.action = 'signal.routed' and o.actor = 'service:router' and o.agency is not null
          order by o.seq limit 1)
       select ${COLUMNS}, ${ACTOR_NAME} from audit.ledger l
        where (l.signal_id = $1 or (l.details -> 'signalIds') ? $1)
          and (l.agency is null or not exists (select 1 from owner) or l.agency = (select agency from owner))
        order by coalesce(l.occurred_at, l.recorded_at), l.seq`,
      [signalId],
    );
  }

  /**
   * The signals an agency's reference names: the ids on that agency's entries carrying one of the
   * reference's keyed digests (feedback, bare submissions; reference-digest.ts), the most recently
   * recorded first. Usually one: the same reference again is the same signal, or a refused conflict.
   */
  async signalsByReference(agency: string, digests: string[]): Promise<string[]> {
    const rows: { signalId: string }[] = await this.ds.query(
      `select l.signal_id as "signalId" from audit.ledger l
        where l.details ? 'refDigest' and (l.details ->> 'refDigest') = any($2::text[]) and l.agency = $1 and l.signal_id is not null
        group by l.signal_id order by max(l.seq) desc limit 20`,
      [agency, digests],
    );
    return rows.map((r) => r.signalId);
  }

  /**
   * Every action code the ledger holds, in code order: a loose index scan over ledger_action (one
   * index probe per distinct code), so it stays quick however many entries each code has.
   */
  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.ds.query(
      `with recursive a as (
         (select l.action from audit.ledger l order by l.action limit 1)
         union all
         select (select l.action from audit.ledger l where l.action > a.action order by l.action limit 1) from a where a.action is not null)
       select action from a where action is not null`,
    );
    return rows.map((r) => r.action);
  }

  /** The actors `principal:<id>` of the principals whose name holds `name` (case ignored), revoked ones too. */
  async principalActorsNamed(name: string): Promise<string[]> {
    const rows: { actor: string }[] = await this.ds.query(
      `select 'principal:' || p.id::text as actor from identity.principals p
        where p.name ilike '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' order by p.name limit 50`,
      [name],
    );
    return rows.map((r) => r.actor);
  }

  /**
   * The seq span of the entries recorded in [since, until] (either end open) and, with a signal, of
   * that signal's entries within it (those naming it, and the reads that returned it): first and
   * last seq, or null when no entry is in it. recorded_at never decreases with seq (see append), so
   * a period is one seq range, found through the recorded_at index.
   */
  async span(f: { since?: string; until?: string; signalId?: string }): Promise<{ first: string; last: string } | null> {
    const [row] = await this.ds.query(
      `with w as (
         select coalesce((select r.seq from audit.ledger r where $1::timestamptz is not null and r.recorded_at >= $1::timestamptz
                           order by r.recorded_at, r.seq limit 1), case when $1::timestamptz is null then 1 end) as lo,
                coalesce((select r.seq from audit.ledger r where $2::timestamptz is not null and r.recorded_at <= $2::timestamptz
                           order by r.recorded_at desc, r.seq desc limit 1),
                         case when $2::timestamptz is null then (select max(r.seq) from audit.ledger r) end) as hi)
       select (case when $3::text is null then w.lo else
                 (select min(l.seq) from audit.ledger l where (l.signal_id = $3 or (l.details -> 'signalIds') ? $3) and l.seq between w.lo and w.hi)
               end)::text as first,
              (case when $3::text is null then w.hi else
                 (select max(l.seq) from audit.ledger l where (l.signal_id = $3 or (l.details -> 'signalIds') ? $3) and l.seq between w.lo and w.hi)
               end)::text as last
         from w`,
      [f.since ?? null, f.until ?? null, f.signalId ?? null],
    );
    if (!row?.first || !row?.last || BigInt(row.first) > BigInt(row.last)) return null;
    return { first: row.first, last: row.last };
  }

  /**
   * Runs `read` on a snapshot of the audit schema: a read-only REPEATABLE READ transaction, so a
   * long verify judges one state of the ledger and its checkpoints (a checkpoint signed meanwhile,
   * over entries appended meanwhile, is not seen half). Holds back vacuum for its length only.
   */
  snapshot<T>(read: (snapshot: AuditSnapshot) => Promise<T>): Promise<T> {
    return this.ds.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('set transaction read only');
      return read(tx);
    });
  }

  async head(snapshot?: AuditSnapshot): Promise<{ seq: string; hash: string } | null> {
    const [head] = await (snapshot ?? this.ds).query(`select l.seq::text as seq, l.hash from audit.ledger l order by l.seq desc limit 1`);
    return head ?? null;
  }

  /** The stored hash at a seq, or null when no entry has it. */
  async hashAt(seq: string, snapshot?: AuditSnapshot): Promise<string | null> {
    const [row] = await (snapshot ?? this.ds).query(`select l.hash from audit.ledger l where l.seq = $1`, [seq]);
    return row?.hash ?? null;
  }

  /** Up to `limit` entries with afterSeq < seq <= toSeq, in seq order (one chunk of a stream). */
  async range(afterSeq: string, toSeq: string, limit: number, snapshot?: AuditSnapshot): Promise<LedgerEntry[]> {
    return (snapshot ?? this.ds).query(`select ${COLUMNS} from audit.ledger l where l.seq > $1 and l.seq <= $2 order by l.seq limit $3`, [
      afterSeq,
      toSeq,
      limit,
    ]);
  }

  /**
   * One page of entries matching every given filter, past the cursor (a seq), in seq order (or newest first).
   * Each equality filter has an index on (column, seq); a time window is first narrowed to a seq
   * range through the recorded_at index (recorded_at never decreases with seq, see append), so a
   * page stays an index range scan at any table size.
   */
  async search(f: LedgerSearch): Promise<LedgerEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    if (f.agency !== undefined) where.push(`l.agency = ${p(f.agency)}`);
    if (f.actor !== undefined) where.push(`l.actor = ${p(f.actor)}`);
    if (f.actors !== undefined) where.push(`l.actor = any(${p(f.actors)}::text[])`);
    if (f.action !== undefined) where.push(`l.action = ${p(f.action)}`);
    if (f.signalId !== undefined) {
      // The entries naming the signal, and the reads whose list of returned signals holds it.
      const id = p(f.signalId);
      where.push(`(l.signal_id = ${id} or (l.details -> 'signalIds') ? ${id})`);
    }
    if (f.afterSeq !== undefined) where.push(f.newestFirst ? `l.seq < ${p(f.afterSeq)}` : `l.seq > ${p(f.afterSeq)}`);
    if (f.from !== undefined) {
      const from = p(f.from);
      where.push(`l.recorded_at >= ${from}::timestamptz`);
      where.push(
        `l.seq >= (select r.seq from audit.ledger r where r.recorded_at >= ${from}::timestamptz order by r.recorded_at, r.seq limit 1)`,
      );
    }
    if (f.to !== undefined) {
      const to = p(f.to);
      where.push(`l.recorded_at <= ${to}::timestamptz`);
      where.push(
        `l.seq <= (select r.seq from audit.ledger r where r.recorded_at <= ${to}::timestamptz order by r.recorded_at desc, r.seq desc limit 1)`,
      );
    }
    const sql = `select ${COLUMNS}, ${ACTOR_NAME} from audit.ledger l ${where.length ? `where ${where.join(' and ')}` : ''}
      order by l.seq ${f.newestFirst ? 'desc' : ''} limit ${p(f.limit)}`;
    return this.ds.query(sql, params);
  }
}

export interface LedgerSearch {
  agency?: string;
  actor?: string;
  /** Any of these actors (a name's principals). */
  actors?: string[];
  action?: string;
  signalId?: string;
  /** ISO 8601 instants, inclusive, on recorded_at. */
  from?: string;
  to?: string;
  /** The cursor: the last seq seen (entries after it; before it when newest first). */
  afterSeq?: string;
  newestFirst?: boolean;
  limit: number;
}

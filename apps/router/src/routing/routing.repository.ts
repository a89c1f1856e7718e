import { Injectable } from '@nestjs/common';
import { claimInbox, DataKeyStore, InboxEntry } from '@passerelle/persistence';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

const UUID_SQL = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** The only place that touches the router schema (and, for its signals, their data keys in `keys`). */
@Injectable()
export class RoutingRepository {
  constructor(private readonly ds: DataSource) {}

  /** The data keys (keys.data_keys), on their own connection: what it draws commits at once. */
  dataKeys(): DataKeyStore {
    return new DataKeyStore(this.ds);
  }

  transaction<T>(fn: (tx: RouterTx) => Promise<T>): Promise<T> {
    return this.ds.transaction((em) => fn(new RouterTx(em)));
  }

  /** Records a rule version when first seen (several router instances load the same file). */
  async recordRuleVersion(version: number, contentHash: string, rules: unknown): Promise<void> {
    await this.ds.query(
      `insert into router.rule_versions (version, content_hash, rules) values ($1, $2, $3) on conflict (version) do nothing`,
      [version, contentHash, JSON.stringify(rules)],
    );
  }
}

export interface NewSignalRow {
  signalId: string;
  agency: string;
  externalRef: string;
  verdict: 'new' | 'duplicate-content';
  destinations: string[];
  correlationId: string;
  traceId: string | null;
  /** The date the signal is kept until (YYYY-MM-DD). */
  retentionUntil: string;
}

/** A signal whose retention ended, as the purge finds it. */
export interface DueSignal {
  signalId: string;
  agency: string;
  retentionUntil: string;
  traceId: string | null;
}

export interface KnownSignal {
  signalId: string;
  agency: string;
  externalRef: string;
  correlationId: string | null;
}

/**
 * The router's advisory locks are 64-bit keys whose top 16 bits are this tag ('PR'), the rest a
 * SHA-256 of the item: the code base's other advisory locks are `hashtext` values (within 32 bits,
 * so their top 16 bits are all zeros or all ones) and cannot meet them; the one `hashtextextended`
 * lock (gateway drafts) could only by a 2^-64 chance per pair, which would cost a wait, nothing more.
 */
const LOCK_TAG = 0x5052n;
const LOW_48 = (1n << 48n) - 1n;

/**
 * Every routing batch holds this key shared (batches never wait for one another on it); a purge or
 * an erasure holds it exclusive, so that no batch decides on what is being removed.
 */
export const ROUTING_GATE_KEY = LOCK_TAG << 48n;

/** The advisory lock key of one routing lock item (decide.ts `routingLockItems`); never the gate's. */
export function routingLockKey(item: string): bigint {
  const low = BigInt('0x' + createHash('sha256').update(item).digest('hex').slice(0, 12)) & LOW_48;
  return ROUTING_GATE_KEY | (low === 0n ? 1n : low);
}

/**
 * One batch's routing writes. The batch takes the routing locks of what it touches first, so that
 * what it reads (known refs, ids, fingerprints, subject keys) stays true until it commits: decisions
 * are made in memory for the whole batch and written with one statement per table.
 */
/** The most per-key locks one routing batch takes; above it, the whole routing gate (`RouterTx.lockRouting`). */
export const MAX_KEYED_LOCKS = 1000;

export class RouterTx {
  constructor(private readonly em: EntityManager) {}

  /** Records the events in the inbox; returns the inbox keys (topic and event id) of those not there yet. */
  claim(events: InboxEntry[]): Promise<Set<string>> {
    return claimInbox(this.em, 'router', events);
  }

  /**
   * Locks, until this transaction ends, the routing gate (shared) and one key per item
   * (decide.ts `routingLockItems`: the refs, ids, fingerprints and subject keys the batch reads and
   * then writes on): a batch that shares an item with this one waits for it, any other does not.
   * One statement, the gate first and then the keys in ascending order, so that two batches always
   * take their common keys in the same order and cannot deadlock each other; should Postgres still
   * report a deadlock (40P01), the transport retries the batch (libs/messaging transient.ts). The
   * unique constraints still guard every key; the locks make the batch's reads current.
   */
  async lockRouting(items: string[]): Promise<void> {
    if (items.length === 0) return;
    // Each advisory lock takes a slot of Postgres's shared lock table (max_locks_per_transaction × connections,
    // 6,400 by default). A batch with more items than this (many signals, or signals with many subjects) takes
    // the gate exclusive instead, as the one global lock did: never "out of shared memory" (53200, transient,
    // so a batch that could never get its locks would be retried forever and stall the partition).
    if (new Set(items).size > MAX_KEYED_LOCKS) return this.lockAllRouting();
    await this.em.query(
      `select case when s.gate then pg_advisory_xact_lock_shared(s.k) else pg_advisory_xact_lock(s.k) end
         from (select $1::bigint as k, true as gate
               union all
               select d.k, false from (select distinct k from unnest($2::bigint[]) as k) d
               order by gate desc, k) s`,
      [ROUTING_GATE_KEY.toString(), items.map((i) => routingLockKey(i).toString())],
    );
  }

  /** Waits for every routing batch under way and keeps new ones out until this transaction ends (a purge, an erasure). */
  async lockAllRouting(): Promise<void> {
    await this.em.query(`select pg_advisory_xact_lock($1::bigint)`, [ROUTING_GATE_KEY.toString()]);
  }

  /** Owners of content fingerprints, by `agency\u0000fingerprint`. */
  async fingerprintOwners(agencies: string[], fingerprints: string[]): Promise<Map<string, string>> {
    const rows: { agency: string; fingerprint: string; signal_id: string }[] = await this.em.query(
      `select f.agency, f.fingerprint, f.signal_id from router.fingerprints f
         join unnest($1::text[], $2::text[]) as q(agency, fingerprint) on q.agency = f.agency and q.fingerprint = f.fingerprint`,
      [agencies, fingerprints],
    );
    return new Map(rows.map((r) => [`${r.agency}\u0000${r.fingerprint}`, r.signal_id]));
  }

  /** Signals already known by (agency, ref), by id, or as owners of a fingerprint. */
  async knownSignals(agencies: string[], refs: string[], ids: string[]): Promise<KnownSignal[]> {
    const rows: { signal_id: string; agency: string; external_ref: string; correlation_id: string | null }[] = await this.em.query(
      // Two index lookups: with an OR between them Postgres scans the whole table.
      `select s.signal_id, s.agency, s.external_ref, s.correlation_id from router.signals s
         join unnest($1::text[], $2::text[]) as q(agency, ref) on s.agency = q.agency and s.external_ref = q.ref
       union
       select s.signal_id, s.agency, s.external_ref, s.correlation_id from router.signals s where s.signal_id = any($3::text[])`,
      [agencies, refs, ids],
    );
    return rows.map((r) => ({ signalId: r.signal_id, agency: r.agency, externalRef: r.external_ref, correlationId: r.correlation_id }));
  }

  /** The agency each of these signal ids belongs to, for the ids that are known. */
  async signalAgencies(ids: string[]): Promise<Map<string, string>> {
    const rows: { signal_id: string; agency: string }[] = await this.em.query(
      `select signal_id, agency from router.signals where signal_id = any($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.signal_id, r.agency]));
  }

  /** Known subject keys among these, oldest first (the order in which a match is chosen). */
  async knownKeys(keys: string[]): Promise<{ key: string; correlationId: string }[]> {
    if (keys.length === 0) return [];
    const rows: { key: string; correlation_id: string }[] = await this.em.query(
      `select key, correlation_id from router.subject_keys where key = any($1::text[]) order by created_at, key`,
      [keys],
    );
    return rows.map((r) => ({ key: r.key, correlationId: r.correlation_id }));
  }

  /** Stored fingerprints found under the previous key secret, moved to the current one. */
  async rekeyFingerprints(rows: { agency: string; from: string; to: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.em.query(
      `update router.fingerprints f set fingerprint = q.next
         from unnest($1::text[], $2::text[], $3::text[]) as q(agency, prev, next)
        where f.agency = q.agency and f.fingerprint = q.prev`,
      [rows.map((r) => r.agency), rows.map((r) => r.from), rows.map((r) => r.to)],
    );
  }

  /** Stored subject keys (and the links that name them) found under the previous key secret, moved to the current one. */
  async rekeySubjectKeys(rows: { from: string; to: string }[]): Promise<void> {
    if (rows.length === 0) return;
    const params = [rows.map((r) => r.from), rows.map((r) => r.to)];
    await this.em.query(
      `update router.subject_keys k set key = q.next from unnest($1::text[], $2::text[]) as q(prev, next) where k.key = q.prev`,
      params,
    );
    await this.em.query(
      `update router.correlation_links l set matched_key = q.next from unnest($1::text[], $2::text[]) as q(prev, next)
        where l.matched_key = q.prev`,
      params,
    );
  }

  async insertSignals(rows: NewSignalRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.em.query(
      `insert into router.signals (signal_id, agency, external_ref, verdict, destinations, trace_id, correlation_id, retention_until)
       select id, agency, ref, verdict, array(select jsonb_array_elements_text(dest)), trace, corr, keep
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::date[])
           as t(id, agency, ref, verdict, dest, trace, corr, keep)`,
      [
        rows.map((r) => r.signalId),
        rows.map((r) => r.agency),
        rows.map((r) => r.externalRef),
        rows.map((r) => r.verdict),
        rows.map((r) => JSON.stringify(r.destinations)),
        rows.map((r) => r.traceId),
        rows.map((r) => r.correlationId),
        rows.map((r) => r.retentionUntil),
      ],
    );
  }

  /**
   * Signals whose retention ended by `day`; those routed before the router kept the date go after
   * the longest retention the contract allows (`maxDays` from their arrival).
   */
  async dueSignals(day: string, limit: number, maxDays: number): Promise<DueSignal[]> {
    return this.em.query(
      `select signal_id as "signalId", agency, trace_id as "traceId",
              to_char(coalesce(retention_until, (received_at + make_interval(days => $3))::date), 'YYYY-MM-DD') as "retentionUntil"
         from router.signals
        where retention_until <= $1::date or (retention_until is null and (received_at + make_interval(days => $3))::date <= $1::date)
        order by signal_id limit $2`,
      [day, limit, maxDays],
    );
  }

  /** These signals, if the router holds them (for their erasure). */
  async signalsByIds(ids: string[], maxDays: number): Promise<DueSignal[]> {
    return this.em.query(
      `select signal_id as "signalId", agency, trace_id as "traceId",
              to_char(coalesce(retention_until, (received_at + make_interval(days => $2))::date), 'YYYY-MM-DD') as "retentionUntil"
         from router.signals where signal_id = any($1::text[]) order by signal_id`,
      [ids, maxDays],
    );
  }

  /**
   * Removes every row the router holds for these signals — fingerprints, the subject keys they
   * brought in, their links, the signals, and the dossiers (correlations) left empty — and leaves a
   * tombstone. Returns the rows removed per table and signal.
   */
  async purgeSignals(
    due: DueSignal[],
    reason: 'retention-expired' | 'erased' = 'retention-expired',
  ): Promise<Map<string, Record<string, number>>> {
    const ids = due.map((d) => d.signalId);
    const removed = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
    const count = async (table: string, sql: string) => {
      const [rows]: [{ id: string }[], number] = await this.em.query(sql, [ids]);
      for (const id of ids) removed.get(id)![table] = 0;
      for (const r of rows) removed.get(r.id)![table] += 1;
    };
    const [corrs]: { correlation_id: string }[][] = [
      await this.em.query(`select distinct correlation_id from router.correlation_links where signal_id = any($1::text[])`, [ids]),
    ];
    await count('router.fingerprints', `delete from router.fingerprints where signal_id = any($1::text[]) returning signal_id as id`);
    await count(
      'router.subject_keys',
      `delete from router.subject_keys where first_signal_id = any($1::text[]) returning first_signal_id as id`,
    );
    await count(
      'router.correlation_links',
      `delete from router.correlation_links where signal_id = any($1::text[]) returning signal_id as id`,
    );
    await count('router.signals', `delete from router.signals where signal_id = any($1::text[]) returning signal_id as id`);
    // The data key that sealed its feed copies: those copies are unreadable from now on.
    await count(
      'keys.data_keys',
      `delete from keys.data_keys where signal_id = any(array(select x::uuid from unnest($1::text[]) x where x ~* '${UUID_SQL}'))
        returning signal_id::text as id`,
    );
    await this.em.query(
      `delete from router.correlations c where c.id = any($1::text[])
          and not exists (select 1 from router.correlation_links l where l.correlation_id = c.id)
          and not exists (select 1 from router.subject_keys k where k.correlation_id = c.id)`,
      [corrs.map((c) => c.correlation_id)],
    );
    await this.em.query(
      `insert into router.purged_signals (signal_id, agency, retention_until, reason)
       select u.*, $4 from unnest($1::text[], $2::text[], $3::date[]) as u on conflict (signal_id) do nothing`,
      [ids, due.map((d) => d.agency), due.map((d) => d.retentionUntil), reason],
    );
    return removed;
  }

  /**
   * Tombstones for erased signals the router does not hold (a submission still on its way): so that
   * it is not routed when it arrives. Their data keys go too (the intake deleted them already).
   */
  async tombstoneErased(signalIds: string[]): Promise<void> {
    if (signalIds.length === 0) return;
    await this.em.query(
      `insert into router.purged_signals (signal_id, agency, retention_until, reason)
       select id, null, null, 'erased' from unnest($1::text[]) as id on conflict (signal_id) do nothing`,
      [signalIds],
    );
  }

  /** Which of these signals were erased (a tombstone with reason `erased`): never routed again. */
  async erasedAmong(signalIds: string[]): Promise<Set<string>> {
    if (signalIds.length === 0) return new Set();
    const rows: { signal_id: string }[] = await this.em.query(
      `select signal_id from router.purged_signals where signal_id = any($1::text[]) and reason = 'erased'`,
      [signalIds],
    );
    return new Set(rows.map((r) => r.signal_id));
  }

  async insertFingerprints(rows: { agency: string; fingerprint: string; signalId: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.em.query(
      `insert into router.fingerprints (agency, fingerprint, signal_id) select * from unnest($1::text[], $2::text[], $3::text[])`,
      [rows.map((r) => r.agency), rows.map((r) => r.fingerprint), rows.map((r) => r.signalId)],
    );
  }

  async insertCorrelations(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.em.query(`insert into router.correlations (id) select unnest($1::text[])`, [ids]);
  }

  /**
   * Claims new subject keys. The primary key is what keeps two writers from opening two dossiers
   * for one subject; under the lock on each key a conflict cannot happen, and if it ever does the
   * batch fails and is retried, then joins the existing dossier.
   */
  async insertSubjectKeys(rows: { key: string; correlationId: string; signalId: string }[]): Promise<void> {
    if (rows.length === 0) return;
    // clock_timestamp(): keys claimed later in a batch are later, as if claimed one by one.
    const inserted: { key: string }[] = await this.em.query(
      `insert into router.subject_keys (key, correlation_id, first_signal_id, created_at)
       select k, c, s, clock_timestamp() from unnest($1::text[], $2::text[], $3::text[]) as t(k, c, s)
       on conflict (key) do nothing returning key`,
      [rows.map((r) => r.key), rows.map((r) => r.correlationId), rows.map((r) => r.signalId)],
    );
    if (inserted.length !== rows.length) throw new Error('a subject key was claimed by another writer; the batch will be retried');
  }

  async insertLinks(rows: { correlationId: string; signalId: string; agency: string; matchedKey: string | null }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.em.query(
      `insert into router.correlation_links (correlation_id, signal_id, agency, matched_key, linked_at)
       select c, s, a, k, clock_timestamp() from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as t(c, s, a, k)`,
      [rows.map((r) => r.correlationId), rows.map((r) => r.signalId), rows.map((r) => r.agency), rows.map((r) => r.matchedKey)],
    );
  }
}

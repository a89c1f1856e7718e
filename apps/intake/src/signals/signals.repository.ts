import { Injectable } from '@nestjs/common';
import { DataKeyStore } from '@passerelle/persistence';
import { Visibility } from '@passerelle/security';
import { DataSource, EntityManager } from 'typeorm';

export interface SignalRow {
  seq?: string;
  signalId: string;
  /** The intake's own id of the signal's dossier (never the router's correlation id, which is a signal id). */
  dossierId: string | null;
  agency: string;
  category: string;
  urgency: string;
  classification: string;
  receivedAt: Date;
  dueAt: Date;
  overdue: boolean;
  outcome: string | null;
  assessedAt: Date | null;
  version: number;
  ruleId: string | null;
  ruleVersion: number | null;
  traceId: string | null;
  signal: Record<string, unknown>;
  /** An exercise (docs/exercises.md): said on every answer, beside the signal's own `exercise`. */
  exercise: boolean;
  /** The principals an embargo names (null: none); only they see it until it is released. */
  embargoedTo: string[] | null;
  embargoReleasedAt: Date | null;
}

export interface AssessmentRow {
  version: number;
  outcome: string;
  note: string | null;
  analystId: string;
  analystName: string;
  assessedAt: Date;
}

const SIGNAL_COLUMNS = `s.signal_id as "signalId", s.dossier_id as "dossierId", s.agency, s.category, s.urgency,
  s.classification, s.received_at as "receivedAt", s.due_at as "dueAt", (s.outcome is null and s.due_at < now()) as overdue,
  s.outcome, s.assessed_at as "assessedAt", s.version, s.rule_id as "ruleId", s.rule_version as "ruleVersion",
  s.trace_id as "traceId", s.payload as signal, s.embargoed_to as "embargoedTo", s.embargo_released_at as "embargoReleasedAt",
  coalesce(s.payload ->> 'exercise' = 'true', false) as exercise`;
// Not the router's matched key: the key it matched may have come from a signal the reader may not
// see. Readers get links computed over what they may see (dossiers/dossier-links.ts).

/**
 * Not under an embargo that keeps it from the reader: no embargo, released, or the reader is one of
 * the principals it names. `$n` is the parameter holding the reader's name (null: names nobody).
 */
const notEmbargoedFrom = (n: number) =>
  `(s.embargoed_to is null or s.embargo_released_at is not null or $${n}::text = any(s.embargoed_to))`;

/**
 * Visible to the reader: on one of its feeds, at or under its clearance, and not embargoed from it.
 * Parameters $1 feeds, $2 rank, and the reader's name in `$n`.
 */
const visible = (n: number) =>
  `s.class_rank <= $2 and exists (select 1 from intake.feed_items v where v.signal_id = s.signal_id and v.feed = any($1::text[]))
   and ${notEmbargoedFrom(n)}`;

/**
 * The analysts' side of the intake schema. Every read takes the reader's visibility and filters in
 * SQL, so what a reader may not see is never fetched — not in pages, counts, streams or dossiers.
 */
@Injectable()
export class SignalsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Items of one feed visible to the reader: after `fromSeq` in feed order, or with `desc` before
   * `fromSeq` (null: from the newest) newest first.
   */
  async feedPage(
    feed: string,
    fromSeq: bigint | null,
    v: Visibility,
    limit: number,
    order: 'asc' | 'desc' = 'asc',
  ): Promise<(SignalRow & { seq: string })[]> {
    const [cmp, dir] = order === 'desc' ? ['<', 'desc'] : ['>', 'asc'];
    const from = fromSeq ?? (order === 'desc' ? BigInt('9223372036854775807') : 0n);
    return this.ds.query(
      `select fi.seq::text as seq, ${SIGNAL_COLUMNS}
         from intake.feed_items fi join intake.signals s on s.signal_id = fi.signal_id
        where fi.feed = $3 and fi.seq ${cmp} $4 and s.class_rank <= $2 and $3 = any($1::text[]) and ${notEmbargoedFrom(6)}
        order by fi.seq ${dir} limit $5`,
      [v.feeds, v.maxRank, feed, from.toString(), limit, v.reader ?? null],
    );
  }

  /** The current end of a feed (for streams that start "now"). */
  async feedHead(feed: string): Promise<bigint> {
    const [row] = await this.ds.query(`select coalesce(max(seq), 0)::text as seq from intake.feed_items where feed = $1`, [feed]);
    return BigInt(row.seq);
  }

  async findVisible(signalId: string, v: Visibility): Promise<(SignalRow & { feeds: string[] }) | null> {
    const rows = await this.ds.query(
      `select ${SIGNAL_COLUMNS},
              array(select f.feed from intake.feed_items f where f.signal_id = s.signal_id and f.feed = any($1::text[]) order by f.feed) as feeds
         from intake.signals s where s.signal_id = $3 and ${visible(4)}`,
      [v.feeds, v.maxRank, signalId, v.reader ?? null],
    );
    return rows[0] ?? null;
  }

  /**
   * Whether the reader would see this signal but for an embargo that does not name it: the reason a
   * refused read gives in the ledger (the reader gets the same 404 as for a signal that is not there).
   */
  async embargoedFrom(signalId: string, v: Visibility): Promise<boolean> {
    const rows = await this.ds.query(
      `select 1 from intake.signals s
        where s.signal_id = $3 and s.class_rank <= $2
          and exists (select 1 from intake.feed_items f where f.signal_id = s.signal_id and f.feed = any($1::text[]))
          and not ${notEmbargoedFrom(4)}`,
      [v.feeds, v.maxRank, signalId, v.reader ?? null],
    );
    return rows.length > 0;
  }

  /** Whether the reader would see some signal of this dossier but for embargoes that do not name it. */
  async dossierEmbargoedFrom(dossierId: string, v: Visibility): Promise<boolean> {
    const rows = await this.ds.query(
      `select 1 from intake.signals s
        where s.dossier_id = $3 and s.class_rank <= $2
          and exists (select 1 from intake.feed_items f where f.signal_id = s.signal_id and f.feed = any($1::text[]))
          and not ${notEmbargoedFrom(4)} limit 1`,
      [v.feeds, v.maxRank, dossierId, v.reader ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Releases the signal's embargo if the reader is one of the principals it names and it is not
   * released yet; returns the signal's agency and trace (for the record), or null when there is
   * nothing this reader may release (no such signal visible to it, no embargo, or released already).
   */
  async releaseEmbargo(
    em: EntityManager,
    signalId: string,
    v: Visibility,
    principalId: string,
  ): Promise<{ agency: string; traceId: string | null; feeds: string[] } | null> {
    const [rows]: [{ agency: string; traceId: string | null }[], number] = await em.query(
      `update intake.signals s set embargo_released_at = now(), embargo_released_by = $5
        where s.signal_id = $3 and s.embargoed_to is not null and s.embargo_released_at is null and $4::text = any(s.embargoed_to)
          and ${visible(4)}
        returning s.agency, s.trace_id as "traceId"`,
      [v.feeds, v.maxRank, signalId, v.reader ?? null, principalId],
    );
    if (rows.length === 0) return null;
    // Released, it reaches the others as if it arrived now: its feed items move to the head of their
    // feeds (in the writers' turn, so a cursor never passes a number committed later), so a reader
    // following a feed by cursor or stream gets it too, not only one reading from the start.
    await em.query(`select pg_advisory_xact_lock(hashtext('passerelle.intake.feed_items'))`);
    const [moved]: [{ feed: string }[], number] = await em.query(
      `update intake.feed_items set seq = nextval(pg_get_serial_sequence('intake.feed_items', 'seq')) where signal_id = $1 returning feed`,
      [signalId],
    );
    return { ...rows[0], feeds: moved.map((m) => m.feed) };
  }

  /**
   * Why a purged signal went (`retention-expired` or `erased`), when its tombstone is one this reader
   * could have read (on its feeds, at or under its clearance); null otherwise.
   */
  async purgedVisible(signalId: string, v: Visibility): Promise<string | null> {
    const rows: { reason: string }[] = await this.ds.query(
      `select reason from intake.purged_signals
        where signal_id = $3 and class_rank <= $2 and feeds && $1::text[] and (embargoed_to is null or $4::text = any(embargoed_to))`,
      [v.feeds, v.maxRank, signalId, v.reader ?? null],
    );
    return rows[0]?.reason ?? null;
  }

  async assessments(signalId: string): Promise<AssessmentRow[]> {
    return this.ds.query(
      `select version, outcome, note, analyst_id as "analystId", analyst_name as "analystName", assessed_at as "assessedAt"
         from intake.assessments where signal_id = $1 order by version`,
      [signalId],
    );
  }

  /** The dossier's signals the reader may see, in dossier (arrival) order; nothing about the others. */
  async dossierSignals(dossierId: string, v: Visibility): Promise<SignalRow[]> {
    return this.ds.query(`select ${SIGNAL_COLUMNS} from intake.signals s where s.dossier_id = $3 and ${visible(4)} order by s.seq`, [
      v.feeds,
      v.maxRank,
      dossierId,
      v.reader ?? null,
    ]);
  }

  /**
   * Items of one feed visible to the reader from `fromSeq` on (inclusive), oldest first; with
   * `addedAfter`, only those received after it (TAXII's `added_after`), compared at the millisecond
   * precision of the timestamps TAXII shows, so the last one a client saw is not sent again.
   */
  async feedFrom(
    feed: string,
    fromSeq: bigint,
    v: Visibility,
    addedAfter: string | null,
    limit: number,
  ): Promise<(SignalRow & { seq: string })[]> {
    return this.ds.query(
      `select fi.seq::text as seq, ${SIGNAL_COLUMNS}
         from intake.feed_items fi join intake.signals s on s.signal_id = fi.signal_id
        where fi.feed = $3 and fi.seq >= $4 and s.class_rank <= $2 and $3 = any($1::text[]) and ${notEmbargoedFrom(7)}
          and ($6::timestamptz is null or date_trunc('milliseconds', s.received_at) > $6::timestamptz)
        order by fi.seq limit $5`,
      [v.feeds, v.maxRank, feed, fromSeq.toString(), limit, addedAfter, v.reader ?? null],
    );
  }

  /** The signals of these dossiers the reader may see, each dossier in arrival order; nothing about the others. */
  async dossiersMembers(dossierIds: string[], v: Visibility): Promise<{ dossierId: string; signalId: string; signal: unknown }[]> {
    if (dossierIds.length === 0) return [];
    return this.ds.query(
      `select s.dossier_id as "dossierId", s.signal_id as "signalId", s.payload as signal
         from intake.signals s where s.dossier_id = any($3::uuid[]) and ${visible(4)} order by s.dossier_id, s.seq`,
      [v.feeds, v.maxRank, dossierIds, v.reader ?? null],
    );
  }

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /**
   * Records an assessment if the signal is still at `expectedVersion` (optimistic concurrency).
   * Returns the new version, or null when somebody else assessed it first.
   */
  async assess(
    em: EntityManager,
    a: { signalId: string; expectedVersion: number; outcome: string; note: string | null; analystId: string; analystName: string },
  ): Promise<number | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [updated]: [{ version: number }[], number] = await em.query(
      `update intake.signals set version = version + 1, outcome = $3, assessed_at = now()
        where signal_id = $1 and version = $2 returning version`,
      [a.signalId, a.expectedVersion, a.outcome],
    );
    if (updated.length === 0) return null;
    const version = updated[0].version;
    await em.query(
      `insert into intake.assessments (signal_id, version, outcome, note, analyst_id, analyst_name) values ($1, $2, $3, $4, $5, $6)`,
      [a.signalId, version, a.outcome, a.note, a.analystId, a.analystName],
    );
    return version;
  }

  /**
   * The signal's data key, to seal what goes to its agency about it (libs/crypto sealing.ts). Run
   * in the transaction that just assessed the signal (its row locked, so an erasure waits for it and
   * then deletes this key): every signal the intake holds came sealed with its key; one stored before
   * keys existed gets one drawn now.
   */
  /** The span the signal was stored under (null when tracing was off then), to join its trace. */
  async traceSpanId(signalId: string): Promise<string | null> {
    const rows: { id: string | null }[] = await this.ds.query(`select trace_span_id as id from intake.signals where signal_id = $1`, [
      signalId,
    ]);
    return rows[0]?.id ?? null;
  }

  async dataKey(em: EntityManager, signalId: string): Promise<Buffer> {
    return (await new DataKeyStore(em).ensure([signalId])).get(signalId)!;
  }

  /** The key that makes cursors opaque, created once per database. */
  async cursorKey(fresh: string): Promise<string> {
    await this.ds.query(`insert into intake.secrets (name, value) values ('cursor-key', $1) on conflict (name) do nothing`, [fresh]);
    const [row] = await this.ds.query(`select value from intake.secrets where name = 'cursor-key'`);
    return row.value;
  }
}

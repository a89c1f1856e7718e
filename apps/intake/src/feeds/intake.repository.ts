import { Injectable } from '@nestjs/common';
import { FeedSignalEvent } from '@passerelle/contracts';
import { claimInbox, DataKeysVacuum, InboxEntry } from '@passerelle/persistence';
import { DataSource, EntityManager } from 'typeorm';

/** Ingestion side of the intake schema: routed signals into dossiers and feeds. */
@Injectable()
export class IntakeRepository {
  constructor(private readonly ds: DataSource) {}

  private vacuum?: DataKeysVacuum;

  /** VACUUM of keys.data_keys on this DataSource (after an erasure or a purge committed). */
  keysVacuum(): DataKeysVacuum {
    this.vacuum ??= new DataKeysVacuum(this.ds);
    return this.vacuum;
  }

  transaction<T>(fn: (tx: IntakeTx) => Promise<T>): Promise<T> {
    return this.ds.transaction((em) => fn(new IntakeTx(em)));
  }
}

export interface DueIntakeSignal {
  signalId: string;
  agency: string;
  traceId: string | null;
  classRank: number;
  dossierId: string | null;
  /** Null only for a signal erased before it had one (an erasure does not wait for the date). */
  retentionUntil: string | null;
  feeds: string[];
  /** The principals an unreleased embargo names (null: none): its tombstone keeps them. */
  embargoedTo?: string[] | null;
}

export class IntakeTx {
  constructor(readonly manager: EntityManager) {}

  /** Records the events in the inbox; returns the inbox keys (topic and event id) of those not there yet. */
  claim(events: InboxEntry[]): Promise<Set<string>> {
    return claimInbox(this.manager, 'intake', events);
  }

  /**
   * Opens the dossiers the signals belong to, stores the signals (one statement) in them, and
   * appends them to their feeds. Returns the ids of signals that were new to the intake.
   *
   * A dossier is found by the router's correlation id but known to readers by an id of its own,
   * drawn at random when it opens: the correlation id is the id of the signal that opened it, which
   * a reader who may not see that signal must not learn.
   */
  async insertSignals(events: { e: FeedSignalEvent; dueAt: Date; traceSpanId?: string }[]): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    // Feed items are numbered in commit order: writers take turns (taken first, so two writers
    // never wait on each other's rows), and a reader's cursor over seq never passes a number that
    // a slower transaction commits later. The same turn makes opening a dossier race-free.
    await this.manager.query(`select pg_advisory_xact_lock(hashtext('passerelle.intake.feed_items'))`);
    await this.manager.query(
      `insert into intake.dossiers (correlation_id) select distinct unnest($1::text[]) on conflict (correlation_id) do nothing`,
      [events.map(({ e }) => e.correlationId)],
    );
    const rows: { signal_id: string }[] = await this.manager.query(
      `insert into intake.signals (signal_id, feed, agency, category, urgency, classification, correlation_id, payload, trace_id,
         rule_id, rule_version, matched_key, due_at, trace_span_id, retention_until, dossier_id, embargoed_to)
       select u.*, (u.payload->>'retentionUntil')::date, d.id,
              -- An embargo (the source's restriction to named OCAM principals) is read off the payload once, here.
              case when jsonb_typeof(u.payload->'embargo'->'principals') = 'array'
                   then array(select jsonb_array_elements_text(u.payload->'embargo'->'principals')) end
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[],
                     $10::text[], $11::int[], $12::jsonb[], $13::timestamptz[], $14::text[])
              as u(signal_id, feed, agency, category, urgency, classification, correlation_id, payload, trace_id,
                   rule_id, rule_version, matched_key, due_at, trace_span_id)
         left join intake.dossiers d on d.correlation_id = u.correlation_id
        -- A signal purged or erased here is not stored again (a late or replayed feed message; an
        -- erasure approved while the signal was still on its way).
        where not exists (select 1 from intake.purged_signals p where p.signal_id = u.signal_id)
          and not exists (select 1 from intake.erasure_requests r where r.signal_id = u.signal_id and r.status = 'approved')
       on conflict (signal_id) do nothing returning signal_id`,
      [
        events.map(({ e }) => e.signalId),
        events.map(({ e }) => e.feed),
        events.map(({ e }) => e.agency),
        events.map(({ e }) => e.signal.category),
        events.map(({ e }) => e.signal.urgency),
        events.map(({ e }) => e.signal.classification),
        events.map(({ e }) => e.correlationId),
        events.map(({ e }) => JSON.stringify(e.signal)),
        events.map(({ e }) => e.traceId),
        events.map(({ e }) => e.ruleId),
        events.map(({ e }) => e.ruleVersion),
        events.map(({ e }) => (e.matchedKey ? JSON.stringify(e.matchedKey) : null)),
        events.map(({ dueAt }) => dueAt.toISOString()),
        events.map(({ traceSpanId }) => traceSpanId ?? null),
      ],
    );
    await this.manager.query(
      `insert into intake.feed_items (feed, signal_id)
       select q.* from unnest($1::text[], $2::uuid[]) as q(feed, signal_id)
        where exists (select 1 from intake.signals s where s.signal_id = q.signal_id)
       on conflict (feed, signal_id) do nothing`,
      [events.map(({ e }) => e.feed), events.map(({ e }) => e.signalId)],
    );
    return new Set(rows.map((r) => r.signal_id));
  }

  /**
   * Signals whose retention ended by `day` (those stored before the intake kept the date: by their
   * payload's), with the feeds and classification rank their tombstone keeps.
   */
  async dueSignals(day: string, limit: number): Promise<DueIntakeSignal[]> {
    return this.manager.query(
      `select s.signal_id as "signalId", s.agency, s.trace_id as "traceId", s.class_rank as "classRank", s.dossier_id as "dossierId",
              to_char(s.retention_until, 'YYYY-MM-DD') as "retentionUntil",
              array(select f.feed from intake.feed_items f where f.signal_id = s.signal_id) as feeds,
              case when s.embargo_released_at is null then s.embargoed_to end as "embargoedTo"
         from intake.signals s where s.retention_until <= $1::date
        order by s.retention_until, s.signal_id limit $2 for update skip locked`,
      [day, limit],
    );
  }

  /** These signals, if the intake holds them, locked for their erasure. */
  async signalsByIds(ids: string[]): Promise<DueIntakeSignal[]> {
    return this.manager.query(
      `select s.signal_id as "signalId", s.agency, s.trace_id as "traceId", s.class_rank as "classRank", s.dossier_id as "dossierId",
              to_char(s.retention_until, 'YYYY-MM-DD') as "retentionUntil",
              array(select f.feed from intake.feed_items f where f.signal_id = s.signal_id) as feeds,
              case when s.embargo_released_at is null then s.embargoed_to end as "embargoedTo"
         from intake.signals s where s.signal_id = any($1::uuid[]) order by s.signal_id for update`,
      [ids],
    );
  }

  /**
   * Removes every row the intake holds for these signals — assessments (notes and questions), feed
   * items, outbox rows that name them, the signals, and dossiers left empty — and leaves a tombstone
   * (ids, feeds, rank: what a 410 to those who could read it needs). Rows removed per table and signal.
   */
  async purgeSignals(
    due: DueIntakeSignal[],
    reason: 'retention-expired' | 'erased' = 'retention-expired',
  ): Promise<Map<string, Record<string, number>>> {
    const ids = due.map((d) => d.signalId);
    const removed = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
    const count = async (table: string, sql: string) => {
      const [rows]: [{ id: string }[], number] = await this.manager.query(sql, [ids]);
      for (const id of ids) removed.get(id)![table] = 0;
      for (const r of rows) removed.get(r.id)![table] += 1;
    };
    await count('intake.assessments', `delete from intake.assessments where signal_id = any($1::uuid[]) returning signal_id::text as id`);
    await count('intake.feed_items', `delete from intake.feed_items where signal_id = any($1::uuid[]) returning signal_id::text as id`);
    await count(
      'intake.outbox',
      `delete from intake.outbox where event_type in ('be.passerelle.feedback.v1', 'be.passerelle.feedback.v2')
          and payload->>'signalId' = any($1::text[])
        returning payload->>'signalId' as id`,
    );
    await count('intake.signals', `delete from intake.signals where signal_id = any($1::uuid[]) returning signal_id::text as id`);
    // The data key that sealed its feed copies: those copies are unreadable from now on.
    await count('keys.data_keys', `delete from keys.data_keys where signal_id = any($1::uuid[]) returning signal_id::text as id`);
    await this.manager.query(
      `delete from intake.dossiers d where d.id = any($1::uuid[])
          and not exists (select 1 from intake.signals s where s.dossier_id = d.id)`,
      [[...new Set(due.flatMap((d) => (d.dossierId ? [d.dossierId] : [])))]],
    );
    await this.manager.query(
      `insert into intake.purged_signals (signal_id, agency, feeds, class_rank, retention_until, reason, embargoed_to)
       select u.id, u.agency, array(select jsonb_array_elements_text(u.feeds)), u.rank, u.keep, $6,
              case when u.embargo is null then null else array(select jsonb_array_elements_text(u.embargo)) end
         from unnest($1::uuid[], $2::text[], $3::jsonb[], $4::smallint[], $5::date[], $7::jsonb[]) as u(id, agency, feeds, rank, keep, embargo)
       on conflict (signal_id) do nothing`,
      [
        ids,
        due.map((d) => d.agency),
        due.map((d) => JSON.stringify(d.feeds)),
        due.map((d) => d.classRank),
        due.map((d) => d.retentionUntil),
        reason,
        due.map((d) => (d.embargoedTo ? JSON.stringify(d.embargoedTo) : null)),
      ],
    );
    return removed;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkingHours } from './working-hours';

/** When an entry happened: the time its event says, else when the ledger recorded it. */
const AT = 'coalesce(l.occurred_at, l.recorded_at)';
const INSTANT = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const ACCESS = `l.action in ('access.recorded', 'access.denied')`;
/** A jsonb list in details, or an empty one (older entries, counts). */
const LIST = (key: string) => `case jsonb_typeof(l.details -> '${key}') when 'array' then l.details -> '${key}' else '[]'::jsonb end`;
/** How many attempts an access.denied entry stands for: one, or the count of a window beyond the threshold. */
const ATTEMPTS = `case when l.details ? 'count' and jsonb_typeof(l.details -> 'count') = 'number' then (l.details ->> 'count')::bigint else 1 end`;

export interface ScopePrincipal {
  id: string;
  name: string;
  role: string;
  clearance: string;
  clearanceExpiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface KindCount {
  actor: string;
  action: string;
  endpoint: string | null;
  reason: string | null;
  entries: number;
  signals: number;
}

export interface DayCount {
  actor: string;
  day: string;
  reads: number;
  signals: number;
}

export interface AccessEntry {
  seq: string;
  actor: string;
  action: string;
  at: string;
  endpoint: string | null;
  reason: string | null;
  signalIds: string[];
}

/**
 * The first entries of an anomaly (at most the `max` asked for) and how many there are in all: the
 * count is made in SQL, so a principal with a million reads on a day loads `max` rows, not a million.
 */
export interface BoundedEntries {
  entries: AccessEntry[];
  total: number;
}

const bounded = (rows: (AccessEntry & { total: number })[]): BoundedEntries => ({
  entries: rows.map(({ total: _t, ...e }) => e),
  total: rows[0]?.total ?? 0,
});

export interface FirstTouch extends AccessEntry {
  value: string;
}

export interface ReviewKey {
  review: string;
  scope: string;
  from: string;
  to: string;
}

export interface MarkRow {
  anomalyId: string;
  mark: string;
  by: string;
  at: string;
}

export interface SignOffRow extends ReviewKey {
  seq: string;
  by: string;
  byName: string | null;
  at: string;
  digest: string;
}

/**
 * The security officer's reviews over the ledger and the principals (read-only: what a review
 * writes — marks and sign-offs — are ledger entries appended through the LedgerRepository).
 * Time windows filter on when an entry happened (`occurred_at`, else `recorded_at`), per principal
 * through the ledger's (actor, seq) index.
 */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly ds: DataSource) {}

  /** [start, end) of the days from..to (inclusive) in the time zone, end clamped to now; and now. */
  async bounds(from: string, to: string, timeZone: string): Promise<{ start: string; end: string; now: string }> {
    const [row] = await this.ds.query(
      `select ${INSTANT('($1::date::timestamp at time zone $3)')} as start,
              ${INSTANT('least(($2::date + 1)::timestamp at time zone $3, now())')} as "end",
              ${INSTANT('now()')} as now`,
      [from, to, timeZone],
    );
    return row;
  }

  /** Today's date in the time zone. */
  async today(timeZone: string): Promise<string> {
    const [row] = await this.ds.query(`select to_char((now() at time zone $1)::date, 'YYYY-MM-DD') as today`, [timeZone]);
    return row.today;
  }

  /** The principals of a scope: an agency's, or OCAM's (no agency) — revoked ones too (they acted in the period). */
  async scopePrincipals(agency: string | null): Promise<ScopePrincipal[]> {
    return this.ds.query(
      `select id::text as id, name, role, clearance,
              case when clearance_expires_at is null then null else ${INSTANT('clearance_expires_at')} end as "clearanceExpiresAt",
              case when revoked_at is null then null else ${INSTANT('revoked_at')} end as "revokedAt",
              ${INSTANT('created_at')} as "createdAt"
         from identity.principals where agency is not distinct from $1 order by name`,
      [agency],
    );
  }

  /** Reads and refused attempts in [start, end) per actor, action, endpoint and reason. */
  async kinds(actors: string[], start: string, end: string): Promise<KindCount[]> {
    const rows = await this.ds.query(
      `select l.actor, l.action, l.details ->> 'endpoint' as endpoint, l.details ->> 'reason' as reason,
              sum(case when l.action = 'access.denied' then ${ATTEMPTS} else 1 end)::int as entries,
              sum(jsonb_array_length(${LIST('signalIds')}))::int as signals
         from audit.ledger l
        where l.actor = any($1::text[]) and ${ACCESS} and ${AT} >= $2::timestamptz and ${AT} < $3::timestamptz
        group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      [actors, start, end],
    );
    return rows;
  }

  /** Reads per actor and local day in [start, end): how much each principal usually reads. */
  async days(actors: string[], start: string, end: string, timeZone: string): Promise<DayCount[]> {
    return this.ds.query(
      `select l.actor, to_char((${AT} at time zone $4)::date, 'YYYY-MM-DD') as day, count(*)::int as reads,
              sum(jsonb_array_length(${LIST('signalIds')}))::int as signals
         from audit.ledger l
        where l.actor = any($1::text[]) and l.action = 'access.recorded' and ${AT} >= $2::timestamptz and ${AT} < $3::timestamptz
        group by 1, 2 order by 1, 2`,
      [actors, start, end, timeZone],
    );
  }

  private entryColumns = `l.seq::text as seq, l.actor, l.action, ${INSTANT(AT)} as at, l.details ->> 'endpoint' as endpoint,
    l.details ->> 'reason' as reason, array(select jsonb_array_elements_text(${LIST('signalIds')})) as "signalIds"`;

  /** An actor's first `max` reads on one local day, in order (what a bulk read consisted of), and their number. */
  async readsOfDay(actor: string, day: string, timeZone: string, max: number): Promise<BoundedEntries> {
    return bounded(
      await this.ds.query(
        `select ${this.entryColumns}, count(*) over ()::int as total from audit.ledger l
          where l.actor = $1 and l.action = 'access.recorded' and (${AT} at time zone $3)::date = $2::date
          order by ${AT}, l.seq limit $4`,
        [actor, day, timeZone, max],
      ),
    );
  }

  /**
   * Reads and refused attempts in [start, end) outside the working hours, per actor and local day:
   * the first `max` entries of each, in order, and how many there are (`total`, on each row).
   */
  async outsideHours(
    actors: string[],
    start: string,
    end: string,
    h: WorkingHours,
    max: number,
  ): Promise<(AccessEntry & { day: string; total: number })[]> {
    return this.ds.query(
      `select seq, actor, action, at, endpoint, reason, "signalIds", day, total from (
         select ${this.entryColumns}, to_char((${AT} at time zone $4)::date, 'YYYY-MM-DD') as day,
                row_number() over w as n, count(*) over (partition by l.actor, (${AT} at time zone $4)::date)::int as total
           from audit.ledger l
          where l.actor = any($1::text[]) and ${ACCESS} and ${AT} >= $2::timestamptz and ${AT} < $3::timestamptz
            and not (extract(isodow from ${AT} at time zone $4)::int = any($5::int[])
                     and (${AT} at time zone $4)::time >= $6::time
                     and ($7 = '24:00' or (${AT} at time zone $4)::time < $7::time))
         window w as (partition by l.actor, (${AT} at time zone $4)::date order by ${AT}, l.seq)
       ) x where n <= $8
       order by actor, day, n`,
      [actors, start, end, h.timeZone, h.days, h.from, h.to, max],
    );
  }

  /**
   * Each actor's first read of each value of a list (`agencies`, `categories`) before `end`, with
   * the read that first returned it: a first one inside the period is a first time.
   */
  async firstTouches(actors: string[], list: 'agencies' | 'categories', end: string): Promise<FirstTouch[]> {
    return this.ds.query(
      `select distinct on (l.actor, v.value) v.value, ${this.entryColumns}
         from audit.ledger l cross join lateral jsonb_array_elements_text(${LIST(list)}) as v(value)
        where l.actor = any($1::text[]) and l.action = 'access.recorded' and ${AT} < $2::timestamptz
        order by l.actor, v.value, ${AT}, l.seq`,
      [actors, end],
    );
  }

  /** The actors with at least one read before `start`: those whose habits are known. */
  async readBefore(actors: string[], start: string): Promise<Set<string>> {
    const rows: { actor: string }[] = await this.ds.query(
      `select a.actor from unnest($1::text[]) as a(actor)
        where exists (select 1 from audit.ledger l where l.actor = a.actor and l.action = 'access.recorded'
                        and ${AT} < $2::timestamptz)`,
      [actors, start],
    );
    return new Set(rows.map((r) => r.actor));
  }

  /** The first `max` reads and refused attempts in [start, end) of one actor after an instant (a lapse, a revocation), and their number. */
  async after(actor: string, instant: string, start: string, end: string, max: number): Promise<BoundedEntries> {
    return bounded(
      await this.ds.query(
        `select ${this.entryColumns}, count(*) over ()::int as total from audit.ledger l
          where l.actor = $1 and ${ACCESS} and ${AT} > $2::timestamptz and ${AT} >= $3::timestamptz and ${AT} < $4::timestamptz
          order by ${AT}, l.seq limit $5`,
        [actor, instant, start, end, max],
      ),
    );
  }

  /** The latest mark of each anomaly of a review. */
  async marks(k: ReviewKey): Promise<MarkRow[]> {
    return this.ds.query(
      `select distinct on (l.details ->> 'anomalyId') l.details ->> 'anomalyId' as "anomalyId", l.details ->> 'mark' as mark,
              l.actor as by, ${INSTANT('l.recorded_at')} as at
         from audit.ledger l
        where l.action = 'review.anomaly-marked' and l.details ->> 'review' = $1 and l.details ->> 'scope' = $2
          and l.details ->> 'from' = $3 and l.details ->> 'to' = $4
        order by l.details ->> 'anomalyId', l.seq desc`,
      [k.review, k.scope, k.from, k.to],
    );
  }

  /** Sign-offs of a kind of review (one scope, or all), oldest first. */
  async signOffs(review: string, scope?: string): Promise<SignOffRow[]> {
    return this.ds.query(
      `select l.seq::text as seq, l.details ->> 'review' as review, l.details ->> 'scope' as scope, l.details ->> 'from' as "from",
              l.details ->> 'to' as "to", l.actor as by, l.details ->> 'principalName' as "byName", ${INSTANT('l.recorded_at')} as at,
              l.details ->> 'digest' as digest
         from audit.ledger l
        where l.action = 'review.signed-off' and l.details ->> 'review' = $1 and ($2::text is null or l.details ->> 'scope' = $2)
        order by l.seq`,
      [review, scope ?? null],
    );
  }

  /** Every scope with principals and when its first principal was created: agencies, and `ocam` for principals without one. */
  async scopes(): Promise<{ scope: string; since: string }[]> {
    return this.ds.query(
      `select coalesce(agency, 'ocam') as scope, ${INSTANT('min(created_at)')} as since
         from identity.principals group by 1 order by 1`,
    );
  }
}

export interface PrincipalUse {
  id: string;
  name: string;
  role: string;
  clearance: string;
  clearanceExpiresAt: string | null;
  feeds: string[];
  createdAt: string;
  lastReadAt: string | null;
  reads: number;
  /** The classifications its reads in the window returned (where recorded). */
  classificationsRead: string[];
}

export interface PrincipalChange {
  seq: string;
  principalId: string;
  action: string;
  at: string;
  by: string;
}

/** The clearance review's reads of the principals and of their changes. */
@Injectable()
export class ClearanceReviewsRepository {
  constructor(private readonly ds: DataSource) {}

  /** A scope's active principals, with their reads in [since, end) and their last read before end. */
  async use(agency: string | null, since: string, end: string): Promise<PrincipalUse[]> {
    return this.ds.query(
      `select p.id::text as id, p.name, p.role, p.clearance, p.feeds,
              case when p.clearance_expires_at is null then null else ${INSTANT('p.clearance_expires_at')} end as "clearanceExpiresAt",
              ${INSTANT('p.created_at')} as "createdAt",
              (select ${INSTANT(`max(${AT})`)} from audit.ledger l
                where l.actor = 'principal:' || p.id::text and l.action = 'access.recorded' and ${AT} < $3::timestamptz) as "lastReadAt",
              (select count(*)::int from audit.ledger l
                where l.actor = 'principal:' || p.id::text and l.action = 'access.recorded'
                  and ${AT} >= $2::timestamptz and ${AT} < $3::timestamptz) as reads,
              array(select distinct c.value from audit.ledger l cross join lateral jsonb_array_elements_text(${LIST('classifications')}) as c(value)
                     where l.actor = 'principal:' || p.id::text and l.action = 'access.recorded'
                       and ${AT} >= $2::timestamptz and ${AT} < $3::timestamptz) as "classificationsRead"
         from identity.principals p
        where p.agency is not distinct from $1 and p.revoked_at is null
        order by p.name`,
      [agency, since, end],
    );
  }

  /** What was asked for, approved or done to these principals since `since` (the two-person rules' trail). */
  async changes(principalIds: string[], since: string): Promise<PrincipalChange[]> {
    return this.ds.query(
      `select l.seq::text as seq, l.details ->> 'principalId' as "principalId", l.action, ${INSTANT('l.recorded_at')} as at, l.actor as by
         from audit.ledger l
        where l.action like 'principal.%' and l.details ->> 'principalId' = any($1::text[]) and l.recorded_at >= $2::timestamptz
        order by l.seq`,
      [principalIds, since],
    );
  }
}

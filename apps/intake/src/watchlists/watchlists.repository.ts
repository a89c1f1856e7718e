import { Injectable } from '@nestjs/common';
import { PersonKeyKind, WatchlistCapability } from '@passerelle/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface WatchlistVersion {
  list: string;
  version: number;
  wrappedKey: Buffer;
  entryCount: number;
  tokenCount: number;
  digest: string;
  validFrom: Date;
  validUntil: Date;
  publishedAt: Date;
}

export interface NewVersion {
  list: string;
  wrappedKey: Buffer;
  entryCount: number;
  tokenCount: number;
  digest: string;
  validFrom: Date;
  validUntil: Date;
  publishedBy: string;
  entries: { entryId: string; category: string }[];
  tokens: { token: string; entryId: string; kind: PersonKeyKind }[];
}

export interface HitLink {
  signalId: string;
  list: string;
  version: number;
  entryToken: string;
  keyKind: PersonKeyKind;
  agency: string;
}

interface VersionRow {
  list: string;
  version: number;
  wrapped_key: Buffer;
  entry_count: number;
  token_count: number;
  digest: string;
  valid_from: Date;
  valid_until: Date;
  published_at: Date;
}

const toVersion = (r: VersionRow): WatchlistVersion => ({
  list: r.list,
  version: r.version,
  wrappedKey: r.wrapped_key,
  entryCount: r.entry_count,
  tokenCount: r.token_count,
  digest: r.digest,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  publishedAt: r.published_at,
});

const VERSION_COLUMNS = 'list, version, wrapped_key, entry_count, token_count, digest, valid_from, valid_until, published_at';

/** The only place that reads or writes the intake's `watchlist_*` tables. */
@Injectable()
export class WatchlistsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  async isGranted(list: string, principalId: string, capability: WatchlistCapability): Promise<boolean> {
    const rows = await this.ds.query('select 1 from intake.watchlist_grants where list = $1 and principal_id = $2 and capability = $3', [
      list,
      principalId,
      capability,
    ]);
    return rows.length > 0;
  }

  /** Marks (or unmarks) a principal; true when that changed anything. */
  async setGrant(
    list: string,
    principalId: string,
    capability: WatchlistCapability,
    granted: boolean,
    grantedBy: string,
    em: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = granted
      ? await em.query(
          `insert into intake.watchlist_grants (list, principal_id, capability, granted_by) values ($1, $2, $3, $4)
           on conflict do nothing returning 1`,
          [list, principalId, capability, grantedBy],
        )
      : await em.query(
          `with gone as (delete from intake.watchlist_grants where list = $1 and principal_id = $2 and capability = $3 returning 1)
           select * from gone`,
          [list, principalId, capability],
        );
    return rows.length > 0;
  }

  /**
   * Stores a new version under the next number of its list (writers of one list take turns), with
   * its entries' ids and categories and their tokens, in multi-row statements.
   */
  async insertVersion(v: NewVersion, em: EntityManager): Promise<number> {
    await em.query(`select pg_advisory_xact_lock(hashtext('passerelle.intake.watchlist:' || $1))`, [v.list]);
    const [{ version }]: { version: number }[] = await em.query(
      `insert into intake.watchlist_versions (list, version, wrapped_key, entry_count, token_count, digest, valid_from, valid_until, published_by)
       select $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7, $8 from intake.watchlist_versions where list = $1
       returning version`,
      [v.list, v.wrappedKey, v.entryCount, v.tokenCount, v.digest, v.validFrom.toISOString(), v.validUntil.toISOString(), v.publishedBy],
    );
    await em.query(
      `insert into intake.watchlist_entries (list, version, entry_id, category)
       select $1, $2, * from unnest($3::text[], $4::text[])`,
      [v.list, version, v.entries.map((e) => e.entryId), v.entries.map((e) => e.category)],
    );
    await em.query(
      `insert into intake.watchlist_tokens (list, version, token, entry_id, key_kind)
       select $1, $2, * from unnest($3::text[], $4::text[], $5::text[]) on conflict do nothing`,
      [v.list, version, v.tokens.map((t) => t.token), v.tokens.map((t) => t.entryId), v.tokens.map((t) => t.kind)],
    );
    return version;
  }

  async setWrappedKey(list: string, version: number, wrappedKey: Buffer, em: EntityManager): Promise<void> {
    await em.query('update intake.watchlist_versions set wrapped_key = $3 where list = $1 and version = $2', [list, version, wrappedKey]);
  }

  async findVersion(list: string, version: number): Promise<WatchlistVersion | null> {
    const rows: VersionRow[] = await this.ds.query(
      `select ${VERSION_COLUMNS} from intake.watchlist_versions where list = $1 and version = $2`,
      [list, version],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  /** The newest version in force now (valid from ≤ now < valid until). */
  async currentVersion(list: string): Promise<WatchlistVersion | null> {
    const rows: VersionRow[] = await this.ds.query(
      `select ${VERSION_COLUMNS} from intake.watchlist_versions
        where list = $1 and valid_from <= now() and valid_until > now() order by version desc limit 1`,
      [list],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  /** A version's distinct tokens, sorted (so their order says nothing about the entries). */
  async tokens(list: string, version: number): Promise<string[]> {
    const rows: { token: string }[] = await this.ds.query(
      'select distinct token from intake.watchlist_tokens where list = $1 and version = $2 order by token',
      [list, version],
    );
    return rows.map((r) => r.token);
  }

  /**
   * Records a principal's batch if it stays within both budgets — the agency's points over the last
   * hour (`hourly`) and the principal's points against this list version (`perVersion`) — under a
   * lock per agency (its batches take turns). Answers what was used before this batch, and whether
   * another principal of the agency evaluated this version before this one first did; or which
   * budget refused it.
   */
  async recordEvaluation(
    e: { list: string; version: number; agency: string; principalId: string; count: number },
    limits: { hourly: number; perVersion: number },
    em: EntityManager,
  ): Promise<
    | { refused: null; hourUsed: number; versionUsed: number; firstOfPrincipal: boolean; otherPrincipals: number }
    | { refused: 'hourly' | 'version'; hourUsed: number; versionUsed: number }
  > {
    await em.query(`select pg_advisory_xact_lock(hashtext('passerelle.intake.watchlist-evaluations:' || $1))`, [e.agency]);
    const [u]: { hour: string; mine: string; principals: string; others: string }[] = await em.query(
      `select (select coalesce(sum(count), 0) from intake.watchlist_evaluations
                where agency = $1 and evaluated_at > now() - interval '1 hour') as hour,
              (select coalesce(sum(count), 0) from intake.watchlist_evaluations
                where list = $2 and version = $3 and principal_id = $4) as mine,
              (select count(*) from intake.watchlist_evaluations
                where list = $2 and version = $3 and principal_id = $4) as principals,
              (select count(distinct principal_id) from intake.watchlist_evaluations
                where list = $2 and version = $3 and agency = $1 and principal_id <> $4) as others`,
      [e.agency, e.list, e.version, e.principalId],
    );
    const hourUsed = Number(u.hour);
    const versionUsed = Number(u.mine);
    if (versionUsed + e.count > limits.perVersion) return { refused: 'version', hourUsed, versionUsed };
    if (hourUsed + e.count > limits.hourly) return { refused: 'hourly', hourUsed, versionUsed };
    await em.query('insert into intake.watchlist_evaluations (list, version, agency, principal_id, count) values ($1, $2, $3, $4, $5)', [
      e.list,
      e.version,
      e.agency,
      e.principalId,
      e.count,
    ]);
    return { refused: null, hourUsed, versionUsed, firstOfPrincipal: Number(u.principals) === 0, otherPrincipals: Number(u.others) };
  }

  /** Keeps a usage alert unless the same one was raised already; answers whether it is new. */
  async raiseUsageAlert(
    a: { list: string; version: number; agency: string; principalId: string; alert: string; points: number },
    em: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `insert into intake.watchlist_usage_alerts (list, version, agency, principal_id, alert, points)
       values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning 1`,
      [a.list, a.version, a.agency, a.principalId, a.alert, a.points],
    );
    return rows.length > 0;
  }

  /** Per version of a list, per principal: points and batches evaluated, when, and the alerts raised. */
  async usage(list: string): Promise<
    {
      version: number;
      agency: string;
      principalId: string;
      points: number;
      batches: number;
      firstAt: Date;
      lastAt: Date;
      alerts: { alert: string; points: number; raisedAt: Date }[];
    }[]
  > {
    const rows = await this.ds.query(
      `select e.version, e.agency, e.principal_id as "principalId", sum(e.count)::bigint::text as points, count(*)::int as batches,
              min(e.evaluated_at) as "firstAt", max(e.evaluated_at) as "lastAt",
              coalesce((select json_agg(json_build_object('alert', a.alert, 'points', a.points, 'raisedAt', a.raised_at) order by a.raised_at)
                          from intake.watchlist_usage_alerts a
                         where a.list = e.list and a.version = e.version and a.principal_id = e.principal_id), '[]') as alerts
         from intake.watchlist_evaluations e
        where e.list = $1
        group by e.list, e.version, e.agency, e.principal_id
        order by e.version desc, e.agency, e.principal_id`,
      [list],
    );
    return rows.map((r: { points: string; alerts: { alert: string; points: number; raisedAt: string }[] }) => ({
      ...r,
      points: Number(r.points),
      alerts: r.alerts.map((a) => ({ ...a, raisedAt: new Date(a.raisedAt) })),
    }));
  }

  /**
   * Links reported hits to the entries their tokens belong to, in the caller's transaction (the
   * feed's); a token that is no token of that version links to no entry. Returns each link made.
   */
  async linkHits(hits: HitLink[], em: EntityManager): Promise<{ signalId: string; entryId: string | null }[]> {
    if (hits.length === 0) return [];
    return em.query(
      `insert into intake.watchlist_hits (signal_id, list, version, entry_id, key_kind, agency)
       select h.signal_id, h.list, h.version,
              (select min(t.entry_id) from intake.watchlist_tokens t
                where t.list = h.list and t.version = h.version and t.token = h.token),
              h.key_kind, h.agency
         from unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])
              as h(signal_id, list, version, token, key_kind, agency)
       on conflict (signal_id) do nothing
       returning signal_id as "signalId", entry_id as "entryId"`,
      [
        hits.map((h) => h.signalId),
        hits.map((h) => h.list),
        hits.map((h) => h.version),
        hits.map((h) => h.entryToken),
        hits.map((h) => h.keyKind),
        hits.map((h) => h.agency),
      ],
    );
  }

  /** The watchlist entry a signal is linked to, as the analyst sees it. */
  async hitOf(signalId: string): Promise<{
    list: string;
    version: number;
    entryId: string | null;
    category: string | null;
    keyKind: string;
    linkedAt: Date;
  } | null> {
    const rows = await this.ds.query(
      `select h.list, h.version, h.entry_id as "entryId", e.category, h.key_kind as "keyKind", h.linked_at as "linkedAt"
         from intake.watchlist_hits h
         left join intake.watchlist_entries e on e.list = h.list and e.version = h.version and e.entry_id = h.entry_id
        where h.signal_id = $1`,
      [signalId],
    );
    return rows[0] ?? null;
  }
}

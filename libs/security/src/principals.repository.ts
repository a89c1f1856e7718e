import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { generateApiKey, hashApiKey } from './api-key';
import { Clearance, Principal, Role } from './principal';

interface PrincipalRow {
  id: string;
  name: string;
  role: Role;
  agency: string | null;
  clearance: Clearance;
  clearance_expires_at: Date | null;
  feeds: string[];
  briefing_due?: number | null;
}

interface PrincipalRecordRow extends PrincipalRow {
  created_at: Date;
  revoked_at: Date | null;
  created_by: string | null;
  approved_by: string | null;
  version: number;
}

const COLUMNS = 'id, name, role, agency, clearance, clearance_expires_at, feeds';
const RECORD_COLUMNS = `${COLUMNS}, created_at, revoked_at, created_by, approved_by, version`;

const toPrincipal = (r: PrincipalRow): Principal => ({
  id: r.id,
  name: r.name,
  role: r.role,
  agency: r.agency,
  clearance: r.clearance,
  clearanceExpiresAt: r.clearance_expires_at,
  feeds: r.feeds,
  ...(r.briefing_due !== undefined ? { briefingDue: r.briefing_due } : {}),
});

/** A principal as security officers administer it: with its history, never with its key hash. */
export interface PrincipalRecord extends Principal {
  createdAt: Date;
  revokedAt: Date | null;
  /** The officer that created it (null: the operator's CLI or the seed). */
  createdBy: string | null;
  /** The second officer that approved its creation, when that took one. */
  approvedBy: string | null;
  /** Bumped by every change (attributes, key, revocation): a request is approved only on the version it was filed against. */
  version: number;
}

const toRecord = (r: PrincipalRecordRow): PrincipalRecord => ({
  ...toPrincipal(r),
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  createdBy: r.created_by,
  approvedBy: r.approved_by,
  version: r.version,
});

/** What a security officer may change on an existing principal; `clearanceExpiresAt: null` clears it. */
export interface PrincipalPatch {
  clearance?: Clearance;
  clearanceExpiresAt?: Date | null;
  feeds?: string[];
}

export interface NewPrincipal {
  name: string;
  role: Role;
  agency?: string | null;
  clearance?: Clearance;
  clearanceExpiresAt?: Date | null;
  feeds?: string[];
}

/** The only place that reads or writes `identity.principals`. */
@Injectable()
export class PrincipalsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The active principal holding this key; revoked principals are never found. With it, the version
   * of the briefing in force it has not acknowledged (`briefingDue`, null when none is due): every
   * request sees a newly published briefing at once.
   */
  async findByApiKey(key: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.ds.query(
      `select p.id, p.name, p.role, p.agency, p.clearance, p.clearance_expires_at, p.feeds,
              (select b.version from identity.briefings b
                where b.version = (select max(version) from identity.briefings)
                  and not exists (select 1 from identity.briefing_acknowledgements a
                                   where a.principal_id = p.id and a.version = b.version)) as briefing_due
         from identity.principals p where p.api_key_hash = $1 and p.revoked_at is null`,
      [hashApiKey(key)],
    );
    return rows[0] ? toPrincipal(rows[0]) : null;
  }

  /**
   * Creates the principal, or gives an existing one of the same name a new key and these
   * attributes. Returns the key in clear, the only time it exists outside the caller.
   */
  async upsertWithNewKey(p: NewPrincipal): Promise<{ principal: Principal; apiKey: string }> {
    const apiKey = generateApiKey();
    const rows: PrincipalRow[] = await this.ds.query(
      `insert into identity.principals (name, role, agency, clearance, clearance_expires_at, feeds, api_key_hash)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (name) do update set role = excluded.role, agency = excluded.agency,
         clearance = excluded.clearance, clearance_expires_at = excluded.clearance_expires_at,
         feeds = excluded.feeds, api_key_hash = excluded.api_key_hash, revoked_at = null
       returning id, name, role, agency, clearance, clearance_expires_at, feeds`,
      [p.name, p.role, p.agency ?? null, p.clearance ?? 'unclassified', p.clearanceExpiresAt ?? null, p.feeds ?? [], hashApiKey(apiKey)],
    );
    return { principal: toPrincipal(rows[0]), apiKey };
  }

  /** Runs `fn` in one transaction; pass its manager to the methods below (and to an outbox). */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /**
   * Creates a principal with a new key, or returns null when the name is taken (by an active or a
   * revoked principal: names are never reused, so the audit trail stays unambiguous).
   */
  async create(
    p: NewPrincipal & { id?: string; createdBy?: string | null; approvedBy?: string | null },
    em: EntityManager = this.ds.manager,
  ): Promise<{ principal: PrincipalRecord; apiKey: string } | null> {
    const apiKey = generateApiKey();
    const rows: PrincipalRecordRow[] = await em.query(
      `insert into identity.principals (id, name, role, agency, clearance, clearance_expires_at, feeds, api_key_hash, created_by, approved_by)
       values (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict do nothing
       returning ${RECORD_COLUMNS}`,
      [
        p.id ?? null,
        p.name,
        p.role,
        p.agency ?? null,
        p.clearance ?? 'unclassified',
        p.clearanceExpiresAt ?? null,
        p.feeds ?? [],
        hashApiKey(apiKey),
        p.createdBy ?? null,
        p.approvedBy ?? null,
      ],
    );
    return rows[0] ? { principal: toRecord(rows[0]), apiKey } : null;
  }

  /** Any principal, revoked or not; `forUpdate` locks the row until the transaction ends. */
  async findById(id: string, em: EntityManager = this.ds.manager, opts: { forUpdate?: boolean } = {}): Promise<PrincipalRecord | null> {
    const rows: PrincipalRecordRow[] = await em.query(
      `select ${RECORD_COLUMNS} from identity.principals where id = $1${opts.forUpdate ? ' for update' : ''}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findByName(name: string, em: EntityManager = this.ds.manager): Promise<PrincipalRecord | null> {
    const rows: PrincipalRecordRow[] = await em.query(`select ${RECORD_COLUMNS} from identity.principals where name = $1`, [name]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  // UPDATE … RETURNING sits in a CTE: TypeORM answers a bare UPDATE with [rows, count], a SELECT with rows.

  /** Applies the patch to an active principal; null when it does not exist or is revoked. */
  async update(id: string, patch: PrincipalPatch, em: EntityManager = this.ds.manager): Promise<PrincipalRecord | null> {
    const rows: PrincipalRecordRow[] = await em.query(
      `with changed as (
         update identity.principals set
           clearance = case when $2 then $3 else clearance end,
           clearance_expires_at = case when $4 then $5::timestamptz else clearance_expires_at end,
           feeds = case when $6 then $7::text[] else feeds end,
           version = version + 1
         where id = $1 and revoked_at is null
         returning ${RECORD_COLUMNS})
       select * from changed`,
      [
        id,
        patch.clearance !== undefined,
        patch.clearance ?? null,
        patch.clearanceExpiresAt !== undefined,
        patch.clearanceExpiresAt ?? null,
        patch.feeds !== undefined,
        patch.feeds ?? null,
      ],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Revokes at once (the guard looks every key up on every request); null when already revoked or unknown. */
  async revoke(id: string, em: EntityManager = this.ds.manager): Promise<PrincipalRecord | null> {
    const rows: PrincipalRecordRow[] = await em.query(
      `with changed as (
         update identity.principals set revoked_at = now(), version = version + 1 where id = $1 and revoked_at is null returning ${RECORD_COLUMNS})
       select * from changed`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Gives an active principal a new key; the old one stops working at once. */
  async rotateKey(id: string, em: EntityManager = this.ds.manager): Promise<{ principal: PrincipalRecord; apiKey: string } | null> {
    const apiKey = generateApiKey();
    const rows: PrincipalRecordRow[] = await em.query(
      `with changed as (
         update identity.principals set api_key_hash = $2, version = version + 1 where id = $1 and revoked_at is null returning ${RECORD_COLUMNS})
       select * from changed`,
      [id, hashApiKey(apiKey)],
    );
    return rows[0] ? { principal: toRecord(rows[0]), apiKey } : null;
  }

  /**
   * Replaces an active principal's key with a fresh one nobody holds (a key waiting for its handover),
   * or with `apiKey` on redemption. Neither bumps the version: the principal's attributes are unchanged.
   */
  async setKey(id: string, apiKey: string | null, em: EntityManager): Promise<PrincipalRecord | null> {
    const rows: PrincipalRecordRow[] = await em.query(
      `with changed as (
         update identity.principals set api_key_hash = $2 where id = $1 and revoked_at is null returning ${RECORD_COLUMNS})
       select * from changed`,
      [id, hashApiKey(apiKey ?? generateApiKey())],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Active principals by name; with `expiringWithinDays`, only those whose clearance expires within
   * that many days from now or has already expired, soonest first (the monthly clearance review).
   */
  /**
   * Which of these names are OCAM principals an embargo may name: active analysts of no agency. The
   * gateway and the router refuse an embargo naming anybody else (`unknown-principal`).
   */
  async embargoPrincipals(names: string[], em: EntityManager = this.ds.manager): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const rows: { name: string }[] = await em.query(
      `select name from identity.principals where name = any($1::text[]) and role = 'analyst' and agency is null and revoked_at is null`,
      [names],
    );
    return new Set(rows.map((r) => r.name));
  }

  /** The agencies with at least one active security officer of their own (the others are administered by OCAM's). */
  async selfAdministeredAgencies(em: EntityManager = this.ds.manager): Promise<Set<string>> {
    const rows: { agency: string }[] = await em.query(
      `select distinct agency from identity.principals where role = 'security-officer' and agency is not null and revoked_at is null`,
    );
    return new Set(rows.map((r) => r.agency));
  }

  async list(opts: { expiringWithinDays?: number; agency?: string } = {}, em: EntityManager = this.ds.manager): Promise<PrincipalRecord[]> {
    // `agency`: that agency's principals only (an agency's security officer reads no other).
    const rows: PrincipalRecordRow[] =
      opts.expiringWithinDays === undefined
        ? await em.query(
            `select ${RECORD_COLUMNS} from identity.principals where revoked_at is null and ($1::text is null or agency = $1) order by name`,
            [opts.agency ?? null],
          )
        : await em.query(
            `select ${RECORD_COLUMNS} from identity.principals
              where revoked_at is null and clearance_expires_at is not null
                and clearance_expires_at <= now() + make_interval(days => $1)
                and ($2::text is null or agency = $2)
              order by clearance_expires_at, name`,
            [opts.expiringWithinDays, opts.agency ?? null],
          );
    return rows.map(toRecord);
  }
}

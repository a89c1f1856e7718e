import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
}

const toPrincipal = (r: PrincipalRow): Principal => ({
  id: r.id,
  name: r.name,
  role: r.role,
  agency: r.agency,
  clearance: r.clearance,
  clearanceExpiresAt: r.clearance_expires_at,
  feeds: r.feeds,
});

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

  /** The active principal holding this key; revoked principals are never found. */
  async findByApiKey(key: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.ds.query(
      `select id, name, role, agency, clearance, clearance_expires_at, feeds
         from identity.principals where api_key_hash = $1 and revoked_at is null`,
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
}

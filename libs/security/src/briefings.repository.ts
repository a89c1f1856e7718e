import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A version of the security briefing: the text a clearance holder acknowledges, and its digest. */
export interface Briefing {
  version: number;
  text: string;
  /** SHA-256 of the text (hex): what the ledger records of it. */
  digest: string;
  publishedBy: string | null;
  publishedAt: Date;
}

interface BriefingRow {
  version: number;
  text: string;
  digest: string;
  published_by: string | null;
  published_at: Date;
}

const toBriefing = (r: BriefingRow): Briefing => ({
  version: r.version,
  text: r.text,
  digest: r.digest,
  publishedBy: r.published_by,
  publishedAt: r.published_at,
});

/** The only place that writes `identity.briefings` and `identity.briefing_acknowledgements` (issue 29, item 5). */
@Injectable()
export class BriefingsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** The version in force: the latest published. */
  async current(em: EntityManager = this.ds.manager): Promise<Briefing> {
    const rows: BriefingRow[] = await em.query(`select * from identity.briefings order by version desc limit 1`);
    if (!rows[0]) throw new Error('no security briefing: the identity migrations publish version 1');
    return toBriefing(rows[0]);
  }

  /** When the principal acknowledged this version, or null. */
  async acknowledgedAt(principalId: string, version: number, em: EntityManager = this.ds.manager): Promise<Date | null> {
    const rows: { acknowledged_at: Date }[] = await em.query(
      `select acknowledged_at from identity.briefing_acknowledgements where principal_id = $1 and version = $2`,
      [principalId, version],
    );
    return rows[0]?.acknowledged_at ?? null;
  }

  /** Records the acknowledgement once; `created` is false when it was already recorded. */
  async acknowledge(principalId: string, version: number, em: EntityManager): Promise<{ acknowledgedAt: Date; created: boolean }> {
    const rows: { acknowledged_at: Date }[] = await em.query(
      `insert into identity.briefing_acknowledgements (principal_id, version) values ($1, $2)
       on conflict do nothing returning acknowledged_at`,
      [principalId, version],
    );
    if (rows[0]) return { acknowledgedAt: rows[0].acknowledged_at, created: true };
    return { acknowledgedAt: (await this.acknowledgedAt(principalId, version, em))!, created: false };
  }

  /** Publishes the next version; concurrent publications are numbered one after the other. */
  async publish(text: string, publishedBy: string, em: EntityManager): Promise<Briefing> {
    await em.query(`select pg_advisory_xact_lock(hashtext('passerelle.briefings'))`);
    const rows: BriefingRow[] = await em.query(
      `insert into identity.briefings (version, text, digest, published_by)
       select coalesce(max(version), 0) + 1, $1, encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2 from identity.briefings
       returning *`,
      [text, publishedBy],
    );
    return toBriefing(rows[0]);
  }
}

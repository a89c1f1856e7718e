import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The briefing's languages: a version is published in all of them at once. */
export const BRIEFING_LANGUAGES = ['en', 'fr', 'nl'] as const;
export type BriefingLanguage = (typeof BRIEFING_LANGUAGES)[number];

/**
 * A version of the security briefing in one language: the text a clearance holder acknowledges, and
 * its digest. `language` is the text's (English when the version has no text in the language asked
 * for: one published before the briefing had languages); `languages` every language it has.
 */
export interface Briefing {
  version: number;
  language: BriefingLanguage;
  languages: BriefingLanguage[];
  text: string;
  /** SHA-256 of the text (hex): what the ledger records of it. */
  digest: string;
  publishedBy: string | null;
  publishedAt: Date;
}

interface BriefingRow {
  version: number;
  language: BriefingLanguage;
  languages: BriefingLanguage[];
  text: string;
  digest: string;
  published_by: string | null;
  published_at: Date;
}

const toBriefing = (r: BriefingRow): Briefing => ({
  version: r.version,
  language: r.language,
  languages: r.languages,
  text: r.text,
  digest: r.digest,
  publishedBy: r.published_by,
  publishedAt: r.published_at,
});

/**
 * The only place that writes `identity.briefings`, `identity.briefing_texts` (issue 27: the text in
 * each language) and `identity.briefing_acknowledgements` (issue 29, item 5).
 */
@Injectable()
export class BriefingsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** The version in force (the latest published), in `language` when it has that text, else in English. */
  async current(em: EntityManager = this.ds.manager, language: BriefingLanguage = 'en'): Promise<Briefing> {
    const rows: BriefingRow[] = await em.query(
      `with v as (select * from identity.briefings order by version desc limit 1)
       select v.version, v.published_by, v.published_at, t.language, t.text, t.digest,
              (select array_agg(language order by language) from identity.briefing_texts a where a.version = v.version) as languages
         from v join identity.briefing_texts t on t.version = v.version
        where t.language in ($1, 'en')
        order by (t.language = $1) desc limit 1`,
      [language],
    );
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

  /**
   * Publishes the next version in every language at once (the version's own text and digest are
   * the English ones); concurrent publications are numbered one after the other.
   */
  async publish(texts: Record<BriefingLanguage, string>, publishedBy: string, em: EntityManager): Promise<Briefing> {
    await em.query(`select pg_advisory_xact_lock(hashtext('passerelle.briefings'))`);
    const [row]: { version: number }[] = await em.query(
      `insert into identity.briefings (version, text, digest, published_by)
       select coalesce(max(version), 0) + 1, $1, encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2 from identity.briefings
       returning version`,
      [texts.en, publishedBy],
    );
    await em.query(
      `insert into identity.briefing_texts (version, language, text, digest)
       select $1, l, t, encode(sha256(convert_to(t, 'UTF8')), 'hex') from unnest($2::text[], $3::text[]) as x(l, t)`,
      [row.version, [...BRIEFING_LANGUAGES], BRIEFING_LANGUAGES.map((l) => texts[l])],
    );
    return this.current(em);
  }
}

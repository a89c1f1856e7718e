import { Queryable } from '@passerelle/messaging';
import { Injectable } from '@nestjs/common';
import { CLASSIFICATIONS_SQL, RANK_WITHOUT_CLEARANCE } from '@passerelle/contracts';
import { DataKeyStore } from '@passerelle/persistence';
import { DataSource, EntityManager } from 'typeorm';

export interface ReceivedProduct {
  agency: string;
  productId: string;
  eventId: string;
  kind: string;
  level: number;
  classification: string;
  competences: string[];
  categories: string[];
  regions: string[];
  deadline: string | null;
  publishedAt: string;
  ruleId: string;
  ruleVersion: number;
  content: Record<string, unknown>;
  traceId: string;
  /** An exercise product (docs/exercises.md): labelled as one wherever it shows. */
  exercise: boolean;
}

/** A POC's own narrowing of its agency's products; absent parts narrow nothing. */
export interface ProductFilter {
  competences: string[] | null;
  regions: string[] | null;
  minLevel: number | null;
}

export interface InboxProduct {
  seq: string;
  productId: string;
  kind: string;
  level: number;
  classification: string;
  competences: string[];
  categories: string[];
  regions: string[];
  deadline: Date | null;
  publishedAt: Date;
  receivedAt: Date;
  traceId: string;
  title: string;
  body: string;
  handling: string;
  legalBasis: string;
  signalIds: string[];
  acknowledgedAt: Date | null;
  exercise: boolean;
}

const CLASS_RANK = `array_position(${CLASSIFICATIONS_SQL}, p.classification) - 1`;
/** A filter's conditions as SQL on `p` (gateway.products) and a filter row `x`; a part left null narrows nothing. */
const FILTER_HOLDS = (x: string) => `(
  (${x}.competences is null or p.competences && ${x}.competences) and
  (${x}.regions is null or p.regions && ${x}.regions) and
  (${x}.min_level is null or p.level >= ${x}.min_level))`;
/**
 * The POC's filter in force, as SQL on `p`, `f` (gateway.product_filters) and `d`
 * (gateway.product_filter_defaults), both left-joined: its own when it has one, else its agency's
 * default, else nothing narrows.
 */
const MATCHES_FILTER = `(case when f.principal_id is not null then ${FILTER_HOLDS('f')}
  when d.agency is not null then ${FILTER_HOLDS('d')} else true end)`;
const FILTER_JOINS = (principal: string) => `left join gateway.product_filters f on f.principal_id = ${principal}
         left join gateway.product_filter_defaults d on d.agency = p.agency`;

/**
 * The only place that touches gateway.products, gateway.product_acks, gateway.product_reads, gateway.product_filters and
 * gateway.product_filter_defaults.
 */
@Injectable()
export class ProductsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /**
   * Files the products received, idempotent on (agency, product): a redelivery changes nothing.
   * Writers take turns so that seq order is commit order and the inbox cursor never skips a row.
   */
  async store(
    rows: ReceivedProduct[],
    then?: (tx: EntityManager, stored: { agency: string; productId: string }[]) => Promise<void>,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    return this.ds.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext('passerelle.gateway.products'))`);
      const inserted: unknown[] = await tx.query(
        `insert into gateway.products (agency, product_id, event_id, kind, level, classification, competences, categories, regions,
           deadline, published_at, rule_id, rule_version, content, trace_id, received_at, exercise)
         select agency, product_id, event_id, kind, level, classification,
                array(select jsonb_array_elements_text(competences)), array(select jsonb_array_elements_text(categories)),
                array(select jsonb_array_elements_text(regions)), deadline, published_at, rule_id, rule_version, content, trace_id,
                clock_timestamp(), exercise
           from unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::jsonb[], $8::jsonb[], $9::jsonb[],
                       $10::timestamptz[], $11::timestamptz[], $12::text[], $13::int[], $14::jsonb[], $15::text[], $16::boolean[])
             with ordinality as t(agency, product_id, event_id, kind, level, classification, competences, categories, regions,
                                  deadline, published_at, rule_id, rule_version, content, trace_id, exercise, n)
          order by n
         on conflict (agency, product_id) do nothing
         returning agency, product_id::text as "productId"`,
        [
          rows.map((r) => r.agency),
          rows.map((r) => r.productId),
          rows.map((r) => r.eventId),
          rows.map((r) => r.kind),
          rows.map((r) => r.level),
          rows.map((r) => r.classification),
          rows.map((r) => JSON.stringify(r.competences)),
          rows.map((r) => JSON.stringify(r.categories)),
          rows.map((r) => JSON.stringify(r.regions)),
          rows.map((r) => r.deadline),
          rows.map((r) => r.publishedAt),
          rows.map((r) => r.ruleId),
          rows.map((r) => r.ruleVersion),
          rows.map((r) => JSON.stringify(r.content)),
          rows.map((r) => r.traceId),
          rows.map((r) => r.exercise),
        ],
      );
      if (then && inserted.length) await then(tx, inserted as { agency: string; productId: string }[]);
      return inserted.length;
    });
  }

  /**
   * Of these products just filed, which the filter in force of which POC held back: for every active
   * POC of the agency who may hold the product (RESTREINT without a clearance, above it a clearance in
   * force that covers it: as the intake counts them when it decides) whose own
   * filter, else its agency's default, does not let it through. One row per (product, POC).
   */
  async heldBack(em: EntityManager, stored: { agency: string; productId: string }[]) {
    if (stored.length === 0) return [];
    const rows: { agency: string; productId: string; traceId: string; principalId: string }[] = await em.query(
      `select p.agency, p.product_id::text as "productId", p.trace_id as "traceId", pr.id::text as "principalId"
         from gateway.products p
         join identity.principals pr on pr.agency = p.agency and pr.role = 'poc' and pr.revoked_at is null
              and greatest(case when pr.clearance_expires_at is null or pr.clearance_expires_at > now()
                                then array_position(${CLASSIFICATIONS_SQL}, pr.clearance) - 1 else 0 end, ${RANK_WITHOUT_CLEARANCE}) >= ${CLASS_RANK}
         left join gateway.product_filters f on f.principal_id = pr.id
         left join gateway.product_filter_defaults d on d.agency = p.agency
        where (p.agency, p.product_id) in (select * from unnest($1::text[], $2::uuid[])) and not ${MATCHES_FILTER}
        order by p.seq, pr.id`,
      [stored.map((r) => r.agency), stored.map((r) => r.productId)],
    );
    return rows;
  }

  /**
   * A page of the agency's products this POC may read (at or under its clearance in force) and its
   * filter lets through, after `afterSeq`, oldest first.
   */
  async page(agency: string, principalId: string, maxRank: number, afterSeq: string, limit: number): Promise<InboxProduct[]> {
    return this.ds.query(
      `select p.seq::text as seq, p.product_id::text as "productId", p.kind, p.level, p.classification, p.competences, p.categories,
              p.regions, p.deadline, p.published_at as "publishedAt", p.received_at as "receivedAt", p.trace_id as "traceId",
              p.content->>'title' as title, p.content->>'body' as body, p.content->>'handling' as handling,
              p.content->>'legalBasis' as "legalBasis", coalesce(array(select jsonb_array_elements_text(p.content->'signalIds')), '{}') as "signalIds",
              a.acknowledged_at as "acknowledgedAt", p.exercise
         from gateway.products p
         ${FILTER_JOINS('$2')}
         left join gateway.product_acks a on a.agency = p.agency and a.product_id = p.product_id
        where p.agency = $1 and ${CLASS_RANK} <= $3 and p.seq > $4::bigint and ${MATCHES_FILTER}
        order by p.seq limit $5`,
      [agency, principalId, maxRank, afterSeq, limit],
    );
  }

  /** How many of the agency's products this POC may read did its filter hold back, received in [from, to). */
  async filteredOut(agency: string, principalId: string, maxRank: number, from: Date, to: Date): Promise<number> {
    const [{ n }]: { n: number }[] = await this.ds.query(
      `select count(*)::int as n from gateway.products p
         ${FILTER_JOINS('$2')}
        where p.agency = $1 and ${CLASS_RANK} <= $3 and p.received_at >= $4 and p.received_at < $5 and not ${MATCHES_FILTER}`,
      [agency, principalId, maxRank, from, to],
    );
    return n;
  }

  /** One of the agency's products this POC may read (its filter aside: a POC may always act on what it was sent); null otherwise. */
  async findForPoc(
    agency: string,
    productId: string,
    maxRank: number,
  ): Promise<{ productId: string; kind: string; traceId: string } | null> {
    const rows: { productId: string; kind: string; traceId: string }[] = await this.ds.query(
      `select p.product_id::text as "productId", p.kind, p.trace_id as "traceId" from gateway.products p
        where p.agency = $1 and p.product_id = $2 and ${CLASS_RANK} <= $3`,
      [agency, productId, maxRank],
    );
    return rows[0] ?? null;
  }

  /** The agency's first acknowledgement of a product; false when it was acknowledged already. */
  async acknowledge(em: EntityManager, agency: string, productId: string, principalId: string, reply: string | null): Promise<Date | null> {
    const rows: { at: Date }[] = await em.query(
      `insert into gateway.product_acks (agency, product_id, principal_id, reply) values ($1, $2, $3, $4)
       on conflict (agency, product_id) do nothing returning acknowledged_at as at`,
      [agency, productId, principalId, reply],
    );
    return rows[0]?.at ?? null;
  }

  /** Records these reads; returns the products read for the first time by the agency (their read receipt goes back to OCAM). */
  async recordReads(em: EntityManager, agency: string, principalId: string, productIds: string[]): Promise<string[]> {
    if (productIds.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `with firsts as (
         select u.id from unnest($3::uuid[]) as u(id)
          where not exists (select 1 from gateway.product_reads r where r.agency = $1 and r.product_id = u.id))
       , ins as (
         insert into gateway.product_reads (agency, product_id, principal_id)
         select $1, u.id, $2 from unnest($3::uuid[]) as u(id)
         on conflict do nothing returning product_id)
       select id::text from firsts`,
      [agency, principalId, productIds],
    );
    return rows.map((r) => r.id);
  }

  async filterOf(principalId: string): Promise<ProductFilter | null> {
    const rows: ProductFilter[] = await this.ds.query(
      `select competences, regions, min_level as "minLevel" from gateway.product_filters where principal_id = $1`,
      [principalId],
    );
    return rows[0] ?? null;
  }

  async setFilter(principalId: string, agency: string, f: ProductFilter, into: Queryable = this.ds): Promise<void> {
    await into.query(
      `insert into gateway.product_filters (principal_id, agency, competences, regions, min_level) values ($1, $2, $3, $4, $5)
       on conflict (principal_id) do update set agency = excluded.agency, competences = excluded.competences,
         regions = excluded.regions, min_level = excluded.min_level, updated_at = now()`,
      [principalId, agency, f.competences, f.regions, f.minLevel],
    );
  }

  /** Removes the POC's own filter: its agency's default (if any) applies again. */
  async clearFilter(principalId: string, into: Queryable = this.ds): Promise<void> {
    await into.query(`delete from gateway.product_filters where principal_id = $1`, [principalId]);
  }

  /** The agency's default filter, set by its security officer; null when it has none. */
  async defaultFilterOf(agency: string): Promise<(ProductFilter & { setBy: string; updatedAt: Date }) | null> {
    const rows: (ProductFilter & { setBy: string; updatedAt: Date })[] = await this.ds.query(
      `select competences, regions, min_level as "minLevel", set_by::text as "setBy", updated_at as "updatedAt"
         from gateway.product_filter_defaults where agency = $1`,
      [agency],
    );
    return rows[0] ?? null;
  }

  async setDefaultFilter(agency: string, f: ProductFilter, setBy: string, into: Queryable = this.ds): Promise<void> {
    await into.query(
      `insert into gateway.product_filter_defaults (agency, competences, regions, min_level, set_by) values ($1, $2, $3, $4, $5)
       on conflict (agency) do update set competences = excluded.competences, regions = excluded.regions,
         min_level = excluded.min_level, set_by = excluded.set_by, updated_at = now()`,
      [agency, f.competences, f.regions, f.minLevel, setBy],
    );
  }

  async clearDefaultFilter(agency: string, into: Queryable = this.ds): Promise<void> {
    await into.query(`delete from gateway.product_filter_defaults where agency = $1`, [agency]);
  }

  /** The product's data key (to seal an RFI's reply), while it exists. */
  async dataKey(em: EntityManager, productId: string): Promise<Buffer | null> {
    return (await new DataKeyStore(em).load([productId])).get(productId.toLowerCase()) ?? null;
  }
}

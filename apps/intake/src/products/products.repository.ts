import { Injectable } from '@nestjs/common';
import { CLASSIFICATIONS_SQL, RANK_WITHOUT_CLEARANCE } from '@passerelle/contracts';
import { DataKeyStore } from '@passerelle/persistence';
import { Visibility } from '@passerelle/security';
import { DataSource, EntityManager } from 'typeorm';
import type { DisseminationDecision, DisseminationRuleSet } from './dissemination-rules';

export interface ProductRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  categories: string[];
  competences: string[];
  regions: string[];
  level: number;
  classification: string;
  handling: string;
  legalBasis: string;
  signalIds: string[];
  deadline: Date | null;
  targetAgencies: string[] | null;
  embargoPrincipals: string[] | null;
  status: 'embargoed' | 'published';
  authorId: string;
  traceId: string;
  createdAt: Date;
  publishedAt: Date | null;
  /** An exercise product (docs/exercises.md): labelled, counted in no figure. */
  exercise: boolean;
}

export type NewProduct = Omit<ProductRow, 'createdAt' | 'publishedAt'>;

const COLUMNS = `id, kind, title, body, categories, competences, regions, level, classification, handling,
  legal_basis as "legalBasis", signal_ids::text[] as "signalIds", deadline, target_agencies as "targetAgencies",
  embargo_principals::text[] as "embargoPrincipals", status, author_id as "authorId", trace_id as "traceId",
  created_at as "createdAt", published_at as "publishedAt", exercise`;

const CLASS_RANK = `array_position(${CLASSIFICATIONS_SQL}, classification) - 1`;

/** The only place that touches intake.products, intake.product_decisions, intake.product_receipts and intake.dissemination_rule_versions. */
@Injectable()
export class ProductsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  async recordRuleVersion(version: number, hash: string, rules: DisseminationRuleSet): Promise<void> {
    await this.ds.query(
      `insert into intake.dissemination_rule_versions (version, hash, rules) values ($1, $2, $3) on conflict (version) do nothing`,
      [version, hash, JSON.stringify(rules)],
    );
  }

  /** Ids of active principals with these names (the named readers of an embargo), by name. */
  async principalIdsByName(names: string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.ds.query(
      `select id::text, name from identity.principals where name = any($1::text[]) and revoked_at is null`,
      [names],
    );
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  /**
   * The agency of each of these principals that is a point of contact (revoked or not: a receipt may
   * arrive after its POC was revoked). Any other principal, or an unknown id, is absent.
   */
  async pocAgencies(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; agency: string }[] = await this.ds.query(
      `select id::text, agency from identity.principals where id = any($1::uuid[]) and role = 'poc' and agency is not null`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.agency]));
  }

  /**
   * The agencies (of these) with at least one active POC who may hold the classification: RESTREINT
   * with the need to know alone (no clearance: libs/contracts classification.ts), above it a clearance
   * in force that covers it. The ones a product of that classification may go to.
   */
  async agenciesWithClearedPoc(agencies: string[], classRank: number): Promise<Set<string>> {
    const rows: { agency: string }[] = await this.ds.query(
      `select distinct agency from identity.principals
        where role = 'poc' and revoked_at is null and agency = any($1::text[])
          and greatest(case when clearance_expires_at is null or clearance_expires_at > now()
                            then array_position(${CLASSIFICATIONS_SQL}, clearance) - 1 else 0 end, $3) >= $2`,
      [agencies, classRank, RANK_WITHOUT_CLEARANCE],
    );
    return new Set(rows.map((r) => r.agency));
  }

  /** Per agency, how many active POCs may hold this classification (as `agenciesWithClearedPoc`) — what a preview says a product would reach. */
  async clearedPocCounts(agencies: string[], classRank: number): Promise<Map<string, number>> {
    const rows: { agency: string; n: number }[] = await this.ds.query(
      `select agency, count(*)::int as n from identity.principals
        where role = 'poc' and revoked_at is null and agency = any($1::text[])
          and greatest(case when clearance_expires_at is null or clearance_expires_at > now()
                            then array_position(${CLASSIFICATIONS_SQL}, clearance) - 1 else 0 end, $3) >= $2
        group by agency`,
      [agencies, classRank, RANK_WITHOUT_CLEARANCE],
    );
    return new Map(rows.map((r) => [r.agency, r.n]));
  }

  /** Of these signals, those the analyst may read, with their source agency (a product links only those). */
  async visibleSignals(ids: string[], v: Visibility): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; agency: string }[] = await this.ds.query(
      `select s.signal_id::text as id, s.agency from intake.signals s
        where s.signal_id = any($3::uuid[]) and s.class_rank <= $2
          and exists (select 1 from intake.feed_items f where f.signal_id = s.signal_id and f.feed = any($1::text[]))`,
      [v.feeds, v.maxRank, ids],
    );
    return new Map(rows.map((r) => [r.id, r.agency]));
  }

  async insert(em: EntityManager, p: NewProduct): Promise<void> {
    await em.query(
      `insert into intake.products (id, kind, title, body, categories, competences, regions, level, classification, handling,
         legal_basis, signal_ids, deadline, target_agencies, embargo_principals, status, author_id, trace_id, published_at, exercise)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::uuid[], $13, $14, $15::uuid[], $16, $17, $18,
         case when $16 = 'published' then now() end, $19)`,
      [
        p.id,
        p.kind,
        p.title,
        p.body,
        p.categories,
        p.competences,
        p.regions,
        p.level,
        p.classification,
        p.handling,
        p.legalBasis,
        p.signalIds,
        p.deadline,
        p.targetAgencies,
        p.embargoPrincipals,
        p.status,
        p.authorId,
        p.traceId,
        p.exercise,
      ],
    );
  }

  /** Locks an embargoed product and marks it published (released); false when it is not under embargo. */
  async release(em: EntityManager, id: string, by: string): Promise<boolean> {
    // An UPDATE … RETURNING answers [rows, affected] through TypeORM's Postgres driver.
    const [rows]: [unknown[], number] = await em.query(
      `update intake.products set status = 'published', published_at = now(), released_by = $2
        where id = $1 and status = 'embargoed' returning id`,
      [id, by],
    );
    return rows.length > 0;
  }

  async recordDecisions(em: EntityManager, productId: string, decisions: DisseminationDecision[]): Promise<void> {
    if (decisions.length === 0) return;
    await em.query(
      `insert into intake.product_decisions (product_id, agency, decision, reason, rule_id, rule_version)
       select $1, a, d, r, ri, rv from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) as u(a, d, r, ri, rv)
       on conflict (product_id, agency) do nothing`,
      [
        productId,
        decisions.map((d) => d.agency),
        decisions.map((d) => d.decision),
        decisions.map((d) => d.reason ?? null),
        decisions.map((d) => d.ruleId ?? null),
        decisions.map((d) => d.ruleVersion),
      ],
    );
  }

  /**
   * One product as this principal may read it: at or under its clearance, and — while under
   * embargo — only for its author and the named principals. Null otherwise (never saying it exists).
   */
  async findReadable(id: string, principalId: string, maxRank: number): Promise<ProductRow | null> {
    const rows: ProductRow[] = await this.ds.query(
      `select ${COLUMNS} from intake.products
        where id = $1 and ${CLASS_RANK} <= $3
          and (status = 'published' or author_id = $2 or $2 = any(embargo_principals))`,
      [id, principalId, maxRank],
    );
    return rows[0] ?? null;
  }

  async decisions(productId: string): Promise<(DisseminationDecision & { decidedAt: Date })[]> {
    const rows: {
      agency: string;
      decision: 'sent' | 'withheld';
      reason: string | null;
      ruleId: string | null;
      ruleVersion: number;
      decidedAt: Date;
    }[] = await this.ds.query(
      `select agency, decision, reason, rule_id as "ruleId", rule_version as "ruleVersion", decided_at as "decidedAt"
           from intake.product_decisions where product_id = $1 order by agency`,
      [productId],
    );
    return rows.map((r) => ({
      agency: r.agency,
      decision: r.decision,
      ruleVersion: r.ruleVersion,
      decidedAt: r.decidedAt,
      ...(r.reason ? { reason: r.reason as DisseminationDecision['reason'] } : {}),
      ...(r.ruleId ? { ruleId: r.ruleId } : {}),
    }));
  }

  async receipts(
    productId: string,
  ): Promise<{ agency: string; step: string; principalId: string; occurredAt: Date; reply: string | null }[]> {
    return this.ds.query(
      `select agency, step, principal_id::text as "principalId", occurred_at as "occurredAt", reply
         from intake.product_receipts where product_id = $1 order by occurred_at`,
      [productId],
    );
  }

  /** The product's data key, drawn on first use (keys.data_keys, keyed by the product id), in the caller's transaction. */
  async dataKey(em: EntityManager, productId: string): Promise<Buffer> {
    const keys = await new DataKeyStore(em).ensure([productId]);
    return keys.get(productId)!;
  }

  /**
   * Stores agencies' reads and acknowledgements (the first of each per product and agency counts),
   * for products this intake disseminated to that agency. Returns how many were new.
   */
  async storeReceipts(
    all: { productId: string; agency: string; step: string; principalId: string; occurredAt: string; reply: string | null }[],
  ): Promise<number> {
    // What a POC's filter held back is counted once per POC; reads and acknowledgements once per agency.
    const heldBack = all.filter((r) => r.step === 'filtered-out');
    const rows = all.filter((r) => r.step !== 'filtered-out');
    let filtered = 0;
    if (heldBack.length) {
      const ins: unknown[] = await this.ds.query(
        `insert into intake.product_filtered_out (product_id, agency, principal_id, occurred_at)
         select p, a, pr, o from unnest($1::uuid[], $2::text[], $3::uuid[], $4::timestamptz[]) as u(p, a, pr, o)
          where exists (select 1 from intake.product_decisions d where d.product_id = u.p and d.agency = u.a and d.decision = 'sent')
         on conflict do nothing
         returning product_id`,
        [
          heldBack.map((r) => r.productId),
          heldBack.map((r) => r.agency),
          heldBack.map((r) => r.principalId),
          heldBack.map((r) => r.occurredAt),
        ],
      );
      filtered = ins.length;
    }
    if (rows.length === 0) return filtered;
    const inserted: unknown[] = await this.ds.query(
      `insert into intake.product_receipts (product_id, agency, step, principal_id, occurred_at, reply)
       select p, a, s, pr, o, r from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[]) as u(p, a, s, pr, o, r)
        where exists (select 1 from intake.product_decisions d where d.product_id = u.p and d.agency = u.a and d.decision = 'sent')
       on conflict (product_id, agency, step) do nothing
       returning product_id`,
      [
        rows.map((r) => r.productId),
        rows.map((r) => r.agency),
        rows.map((r) => r.step),
        rows.map((r) => r.principalId),
        rows.map((r) => r.occurredAt),
        rows.map((r) => r.reply),
      ],
    );
    return filtered + inserted.length;
  }

  /**
   * Products sent whose acknowledgement is overdue: an RFI past its deadline without an answer, any
   * other product unacknowledged `ackWithinHours` after it was sent. Per (product, agency).
   */
  async overdue(authorId: string | null, ackWithinHours: number, limit: number) {
    return this.ds.query(
      `select p.id as "productId", p.kind, p.title, p.level, d.agency, d.decided_at as "sentAt", p.deadline,
              case when p.kind = 'rfi' then p.deadline else d.decided_at + make_interval(hours => $2) end as "dueAt"
         from intake.product_decisions d join intake.products p on p.id = d.product_id
        where d.decision = 'sent'
          and ($1::uuid is null or p.author_id = $1)
          and not exists (select 1 from intake.product_receipts r
                           where r.product_id = d.product_id and r.agency = d.agency and r.step = 'acknowledged')
          and case when p.kind = 'rfi' then p.deadline else d.decided_at + make_interval(hours => $2) end < now()
        order by "dueAt" limit $3`,
      [authorId, ackWithinHours, limit],
    );
  }

  /**
   * Per agency and month of sending: products sent, withheld, read, acknowledged, the median time to
   * acknowledge (seconds), RFIs answered after their deadline and RFIs still unanswered past it.
   */
  async monthlyFigures(from: Date, to: Date) {
    return this.ds.query(
      `select to_char(date_trunc('month', d.decided_at at time zone 'UTC'), 'YYYY-MM') as month, d.agency,
              count(*) filter (where d.decision = 'sent')::int as sent,
              count(*) filter (where d.decision = 'withheld')::int as withheld,
              coalesce(sum(fo.n), 0)::int as "filteredOut",
              count(rd.product_id)::int as read,
              count(ack.product_id)::int as acknowledged,
              percentile_cont(0.5) within group (order by extract(epoch from ack.occurred_at - d.decided_at))
                filter (where ack.product_id is not null) as "medianSecondsToAck",
              count(*) filter (where p.kind = 'rfi' and ack.occurred_at > p.deadline)::int as "rfisAnsweredLate",
              count(*) filter (where d.decision = 'sent' and p.kind = 'rfi' and ack.product_id is null and p.deadline < now())::int as "rfisUnansweredPastDeadline"
         from intake.product_decisions d
         join intake.products p on p.id = d.product_id
         left join intake.product_receipts rd on rd.product_id = d.product_id and rd.agency = d.agency and rd.step = 'read'
         left join intake.product_receipts ack on ack.product_id = d.product_id and ack.agency = d.agency and ack.step = 'acknowledged'
         left join lateral (select count(*) as n from intake.product_filtered_out x
                             where x.product_id = d.product_id and x.agency = d.agency) fo on true
        where d.decided_at >= $1 and d.decided_at < $2
          -- Exercise products are counted in no figure (docs/exercises.md).
          and not p.exercise
        group by 1, 2 order by 1, 2`,
      [from, to],
    );
  }
}

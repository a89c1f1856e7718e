import { CLASSIFICATIONS, CLASSIFICATIONS_SQL } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export const DRAFT_STATUSES = ['pending', 'validated', 'returned', 'forwarded'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface DraftRow {
  id: string;
  agency: string;
  reporterId: string;
  reporterName: string;
  status: DraftStatus;
  payload: Record<string, unknown>;
  version: number;
  signalId: string | null;
  forwardedBy: string | null;
  forwardedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DraftStepRow {
  step: string;
  principalId: string;
  principalName: string;
  fields: string[];
  comment: string | null;
  at: Date;
}

/**
 * Who may see a draft: its reporter (its own drafts), or a POC of the draft's agency (the cell's
 * queue); with `maxRank`, only drafts marked at or under that classification rank (the reader's
 * clearance in force and briefing: `visibilityOf`), so a draft above it is one the reader cannot see.
 */
export type DraftReader = ({ reporterId: string } | { agency: string }) & { maxRank?: number };

const COLUMNS = `id, agency, reporter_id as "reporterId", reporter_name as "reporterName", status, payload, version,
  signal_id as "signalId", forwarded_by as "forwardedBy", forwarded_by_name as "forwardedByName",
  created_at as "createdAt", updated_at as "updatedAt"`;

/** A draft's classification as a rank (unclassified 0 …): what `maxRank` is compared with. */
const DRAFT_RANK = `coalesce(array_position(${CLASSIFICATIONS_SQL}, payload->>'classification') - 1, ${CLASSIFICATIONS.length})`;

const scope = (r: DraftReader, n: number) => {
  const whose = 'reporterId' in r ? { sql: `reporter_id = $${n}::uuid`, value: r.reporterId } : { sql: `agency = $${n}`, value: r.agency };
  // The rank is a number from visibilityOf, never a client's value: written into the SQL as an integer.
  if (r.maxRank === undefined) return whose;
  if (!Number.isInteger(r.maxRank)) throw new Error(`maxRank must be an integer, not ${r.maxRank}`);
  return { sql: `${whose.sql} and ${DRAFT_RANK} <= ${r.maxRank}`, value: whose.value };
};

/**
 * The only place that touches gateway.drafts and gateway.draft_steps (issue 29, item 6). Every read
 * is scoped in SQL to its reader: a reporter's own drafts, or its agency's for a POC — what another
 * reporter or agency holds is never selected.
 */
@Injectable()
export class DraftsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  async insert(
    em: EntityManager,
    d: { id: string; agency: string; reporterId: string; reporterName: string; payload: unknown },
  ): Promise<void> {
    await em.query(
      `insert into gateway.drafts (id, agency, reporter_id, reporter_name, status, payload) values ($1, $2, $3, $4, 'pending', $5)`,
      [d.id, d.agency, d.reporterId, d.reporterName, JSON.stringify(d.payload)],
    );
  }

  async addStep(
    em: EntityManager,
    draftId: string,
    s: { step: string; principalId: string; principalName: string; fields?: string[]; comment?: string | null },
  ): Promise<void> {
    await em.query(
      `insert into gateway.draft_steps (draft_id, step, principal_id, principal_name, fields, comment) values ($1, $2, $3, $4, $5, $6)`,
      [draftId, s.step, s.principalId, s.principalName, s.fields ?? [], s.comment ?? null],
    );
  }

  /** The draft if the reader may see it, locked for update inside `em` when given. */
  async find(reader: DraftReader, id: string, em?: EntityManager): Promise<DraftRow | null> {
    const w = scope(reader, 2);
    const rows: DraftRow[] = await (em ?? this.ds).query(
      `select ${COLUMNS} from gateway.drafts where id = $1 and ${w.sql} ${em ? 'for update' : ''}`,
      [id, w.value],
    );
    return rows[0] ?? null;
  }

  /** The reader's drafts, newest change first, optionally of some statuses only. */
  async list(reader: DraftReader, statuses: readonly DraftStatus[] | null, limit: number): Promise<DraftRow[]> {
    const w = scope(reader, 1);
    return this.ds.query(
      `select ${COLUMNS} from gateway.drafts where ${w.sql} ${statuses ? 'and status = any($3::text[])' : ''}
        order by updated_at desc, id desc limit $2`,
      statuses ? [w.value, limit, statuses] : [w.value, limit],
    );
  }

  async steps(draftIds: string[]): Promise<Map<string, DraftStepRow[]>> {
    const out = new Map<string, DraftStepRow[]>();
    if (draftIds.length === 0) return out;
    const rows: (DraftStepRow & { draftId: string })[] = await this.ds.query(
      `select draft_id as "draftId", step, principal_id as "principalId", principal_name as "principalName", fields, comment, at
         from gateway.draft_steps where draft_id = any($1::uuid[]) order by id`,
      [draftIds],
    );
    for (const { draftId, ...r } of rows) out.set(draftId, [...(out.get(draftId) ?? []), r]);
    return out;
  }

  async update(em: EntityManager, id: string, change: { payload?: unknown; status?: DraftStatus }): Promise<void> {
    await em.query(
      `update gateway.drafts set payload = coalesce($2::jsonb, payload), status = coalesce($3, status),
              version = version + 1, updated_at = now() where id = $1`,
      [id, change.payload === undefined ? null : JSON.stringify(change.payload), change.status ?? null],
    );
  }

  /**
   * Claims the forwarding of a draft for one POC (kept when a POC claimed it before: a forward that
   * was interrupted is completed under the same name, so the signal is the same). Null when the draft
   * is not the agency's or may not be forwarded (returned to its reporter).
   */
  async claimForward(agency: string, id: string, poc: { id: string; name: string }): Promise<DraftRow | null> {
    // An UPDATE … RETURNING answers [rows, affected] through TypeORM's Postgres driver.
    const [rows]: [DraftRow[], number] = await this.ds.query(
      `update gateway.drafts set forwarded_by = coalesce(forwarded_by, $3), forwarded_by_name = coalesce(forwarded_by_name, $4)
        where id = $1 and agency = $2 and status in ('pending', 'validated') returning ${COLUMNS}`,
      [id, agency, poc.id, poc.name],
    );
    return rows[0] ?? null;
  }

  /** Gives up a claim whose submission was refused (the draft can be edited and forwarded again). */
  async releaseClaim(id: string): Promise<void> {
    await this.ds.query(`update gateway.drafts set forwarded_by = null, forwarded_by_name = null where id = $1 and signal_id is null`, [
      id,
    ]);
  }

  /**
   * The reporter's drafts not forwarded (pending, validated, returned), counted after taking the
   * reporter's lock for the rest of `em`'s transaction: two creations at once cannot both pass a cap.
   */
  async lockAndCountOpen(em: EntityManager, reporterId: string): Promise<number> {
    await em.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`gateway.drafts:${reporterId}`]);
    const [row]: { n: number }[] = await em.query(
      `select count(*)::int as n from gateway.drafts where reporter_id = $1::uuid and status <> 'forwarded'`,
      [reporterId],
    );
    return row.n;
  }

  /**
   * Removes (with their steps) up to `limit` drafts never forwarded whose last change is before
   * `before`, oldest first; returns what went. A draft whose forwarding a POC has claimed is kept:
   * its forward is completed under that claim (claimForward).
   */
  async purgeStale(em: EntityManager, before: Date, limit: number): Promise<Pick<DraftRow, 'id' | 'agency' | 'reporterId'>[]> {
    const [rows]: [Pick<DraftRow, 'id' | 'agency' | 'reporterId'>[], number] = await em.query(
      `delete from gateway.drafts where id in (
         select id from gateway.drafts
          where status <> 'forwarded' and signal_id is null and forwarded_by is null and updated_at < $1
          order by updated_at limit $2 for update skip locked)
       returning id, agency, reporter_id as "reporterId"`,
      [before.toISOString(), limit],
    );
    return rows;
  }

  /** Marks the draft forwarded as this signal; false when it already was (by a concurrent forward). */
  async markForwarded(em: EntityManager, id: string, signalId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await em.query(
      `update gateway.drafts set status = 'forwarded', signal_id = $2, version = version + 1, updated_at = now()
        where id = $1 and signal_id is null returning id`,
      [id, signalId],
    );
    return rows.length === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { ErasureReason } from '@passerelle/contracts';
import { DataSource, EntityManager } from 'typeorm';

export const ERASURE_REQUEST_STATUSES = ['pending', 'approved', 'refused', 'expired'] as const;
export type ErasureRequestStatus = (typeof ERASURE_REQUEST_STATUSES)[number];

/** A security officer's request to erase a signal, waiting for (or decided by) a second officer. Ids and codes only. */
export interface ErasureRequest {
  id: string;
  signalId: string;
  reason: ErasureReason;
  requestedBy: string;
  requestedAt: Date;
  expiresAt: Date;
  status: ErasureRequestStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
}

const COLUMNS = `id, signal_id as "signalId", reason, requested_by as "requestedBy", requested_at as "requestedAt",
  expires_at as "expiresAt", status, decided_by as "decidedBy", decided_at as "decidedAt"`;

/** The only place that reads or writes `intake.erasure_requests` (and the tombstones the erasure checks). */
@Injectable()
export class ErasureRequestsRepository {
  constructor(private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** Null when a request for this signal is pending already (one at a time per signal). */
  async create(
    r: Pick<ErasureRequest, 'id' | 'signalId' | 'reason' | 'requestedBy' | 'expiresAt'>,
    em: EntityManager,
  ): Promise<ErasureRequest | null> {
    const rows: ErasureRequest[] = await em.query(
      `insert into intake.erasure_requests (id, signal_id, reason, requested_by, expires_at) values ($1, $2, $3, $4, $5)
       on conflict (signal_id) where status = 'pending' do nothing returning ${COLUMNS}`,
      [r.id, r.signalId, r.reason, r.requestedBy, r.expiresAt],
    );
    return rows[0] ?? null;
  }

  /** `forUpdate` locks the request until the transaction ends (one decision per request). */
  async findById(id: string, em: EntityManager = this.ds.manager, opts: { forUpdate?: boolean } = {}): Promise<ErasureRequest | null> {
    const rows: ErasureRequest[] = await em.query(
      `select ${COLUMNS} from intake.erasure_requests where id = $1${opts.forUpdate ? ' for update' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Marks the decision; only a pending request changes. */
  async decide(
    id: string,
    status: Exclude<ErasureRequestStatus, 'pending'>,
    decidedBy: string | null,
    em: EntityManager,
  ): Promise<ErasureRequest | null> {
    const rows: ErasureRequest[] = await em.query(
      `with changed as (
         update intake.erasure_requests set status = $2, decided_by = $3, decided_at = now()
          where id = $1 and status = 'pending' returning *)
       select ${COLUMNS} from changed`,
      [id, status, decidedBy],
    );
    return rows[0] ?? null;
  }

  async list(status: ErasureRequestStatus, em: EntityManager = this.ds.manager): Promise<ErasureRequest[]> {
    return em.query(`select ${COLUMNS} from intake.erasure_requests where status = $1 order by requested_at, id limit 500`, [status]);
  }

  /**
   * The signal's classification rank, from the intake's copy or its tombstone; null when the intake
   * never held it (rejected, or still in flight). Read here, beside the tombstones, because the
   * erasure's deciders are judged on it.
   */
  async classRankOf(signalId: string, em: EntityManager = this.ds.manager): Promise<number | null> {
    const rows: { rank: number }[] = await em.query(
      `select class_rank::int as rank from intake.signals where signal_id = $1
       union all select class_rank::int from intake.purged_signals where signal_id = $1
       limit 1`,
      [signalId],
    );
    return rows[0]?.rank ?? null;
  }

  /** Why the intake's copy of the signal went already (`retention-expired`, `erased`), or null. */
  async purgedAs(signalId: string, em: EntityManager = this.ds.manager): Promise<string | null> {
    const rows: { reason: string }[] = await em.query(`select reason from intake.purged_signals where signal_id = $1`, [signalId]);
    return rows[0]?.reason ?? null;
  }
}

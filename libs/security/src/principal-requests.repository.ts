import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export type RequestOperation = 'create' | 'update' | 'rotate-key' | 'revoke' | 'watchlist-mark';
export const REQUEST_STATUSES = ['pending', 'approved', 'refused', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A change to a principal that waits for a second security officer. */
export interface PrincipalRequest {
  id: string;
  operation: RequestOperation;
  /** The principal acted on; for a creation, the id the new principal will have. */
  targetId: string;
  /** What is asked: the new principal's attributes, or the patch (dates as ISO strings). */
  payload: Record<string, unknown>;
  /** Why it takes a second officer, in English. */
  reason: string;
  /** The same as the approval rule's code (separation-of-duties.ts `ApprovalReason`), null for a request filed before codes. */
  reasonCode: string | null;
  /** The code's values (and, for `update-grants`, `grants`: each grant's code and values). */
  reasonValues: Record<string, unknown> | null;
  requestedBy: string;
  /** The target's version when the request was filed (null for a creation): a request is approved only on that version. */
  targetVersion: number | null;
  requestedAt: Date;
  expiresAt: Date;
  status: RequestStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
}

interface Row {
  id: string;
  operation: RequestOperation;
  target_id: string;
  payload: Record<string, unknown>;
  reason: string;
  reason_code: string | null;
  reason_values: Record<string, unknown> | null;
  requested_by: string;
  target_version: number | null;
  requested_at: Date;
  expires_at: Date;
  status: RequestStatus;
  decided_by: string | null;
  decided_at: Date | null;
}

const COLUMNS =
  'id, operation, target_id, payload, reason, reason_code, reason_values, requested_by, target_version, requested_at, expires_at, status, decided_by, decided_at';

const toRequest = (r: Row): PrincipalRequest => ({
  id: r.id,
  operation: r.operation,
  targetId: r.target_id,
  payload: r.payload,
  reason: r.reason,
  reasonCode: r.reason_code,
  reasonValues: r.reason_values,
  requestedBy: r.requested_by,
  targetVersion: r.target_version,
  requestedAt: r.requested_at,
  expiresAt: r.expires_at,
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

/** The only place that reads or writes `identity.principal_requests`. */
@Injectable()
export class PrincipalRequestsRepository {
  constructor(private readonly ds: DataSource) {}

  async create(
    r: Pick<PrincipalRequest, 'operation' | 'targetId' | 'payload' | 'reason' | 'requestedBy' | 'targetVersion' | 'expiresAt'> &
      Partial<Pick<PrincipalRequest, 'reasonCode' | 'reasonValues'>>,
    em: EntityManager,
  ): Promise<PrincipalRequest> {
    const rows: Row[] = await em.query(
      `insert into identity.principal_requests
         (operation, target_id, payload, reason, reason_code, reason_values, requested_by, target_version, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${COLUMNS}`,
      [
        r.operation,
        r.targetId,
        JSON.stringify(r.payload),
        r.reason,
        r.reasonCode ?? null,
        r.reasonValues ? JSON.stringify(r.reasonValues) : null,
        r.requestedBy,
        r.targetVersion,
        r.expiresAt,
      ],
    );
    return toRequest(rows[0]);
  }

  /** `forUpdate` locks the request until the transaction ends (one decision per request). */
  async findById(id: string, em: EntityManager = this.ds.manager, opts: { forUpdate?: boolean } = {}): Promise<PrincipalRequest | null> {
    const rows: Row[] = await em.query(
      `select ${COLUMNS} from identity.principal_requests where id = $1${opts.forUpdate ? ' for update' : ''}`,
      [id],
    );
    return rows[0] ? toRequest(rows[0]) : null;
  }

  /** Marks the decision; only a pending request changes. */
  async decide(
    id: string,
    status: Exclude<RequestStatus, 'pending'>,
    decidedBy: string | null,
    em: EntityManager,
  ): Promise<PrincipalRequest | null> {
    const rows: Row[] = await em.query(
      `with changed as (
         update identity.principal_requests set status = $2, decided_by = $3, decided_at = now()
          where id = $1 and status = 'pending' returning ${COLUMNS})
       select * from changed`,
      [id, status, decidedBy],
    );
    return rows[0] ? toRequest(rows[0]) : null;
  }

  /** Requests by status (pending by default), oldest first. */
  async list(status: RequestStatus = 'pending', em: EntityManager = this.ds.manager): Promise<PrincipalRequest[]> {
    const rows: Row[] = await em.query(
      `select ${COLUMNS} from identity.principal_requests where status = $1 order by requested_at, id limit 500`,
      [status],
    );
    return rows.map(toRequest);
  }
}

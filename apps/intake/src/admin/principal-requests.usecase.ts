import { Injectable } from '@nestjs/common';
import { WatchlistCapability } from '@passerelle/contracts';
import {
  AdminOperation,
  Clearance,
  PrincipalPatch,
  PrincipalRecord,
  PrincipalRequest,
  PrincipalRequestsRepository,
  PrincipalsRepository,
  RequestStatus,
  refusalOfScope,
  refusalToApprove,
  Role,
} from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { CreatePrincipalUseCase } from './create-principal.usecase';
import { GrantWatchlistUseCase } from '../watchlists/grant-watchlist.usecase';
import { Actor, HandoverHalf, NewPrincipalInput, PrincipalAdmin, PrincipalAdminError, refusalError } from './principal-admin';
import { RevokePrincipalUseCase } from './revoke-principal.usecase';
import { RotatePrincipalKeyUseCase } from './rotate-principal-key.usecase';
import { UpdatePrincipalUseCase } from './update-principal.usecase';

/**
 * What an approval did: the principal after the change; for a creation or a rotation, the second
 * half of the key handover, shown this once to the approving officer (never the key itself).
 */
export interface Approved extends Partial<HandoverHalf> {
  request: PrincipalRequest;
  principal: PrincipalRecord;
}

/** Who reads the requests: an officer, with its agency (null: OCAM's). */
export type Reader = { agency: string | null };

/** Thrown inside a decision's transaction; the expiry is recorded once that transaction is over. */
class LapsedRequest extends Error {
  constructor(readonly request: PrincipalRequest) {
    super(`request ${request.id} expired`);
  }
}

const instant = (v: unknown): Date | null | undefined => (v === undefined ? undefined : v === null ? null : new Date(String(v)));

/**
 * The second officer's side of separation of duties: list the requests, approve one (the change
 * is made then, with the requester recorded as its author and the approver beside it) or refuse it.
 * Each decision is recorded in the ledger in the same transaction as its effect.
 */
@Injectable()
export class PrincipalRequestsUseCase {
  constructor(
    private readonly requests: PrincipalRequestsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
    private readonly createPrincipal: CreatePrincipalUseCase,
    private readonly updatePrincipal: UpdatePrincipalUseCase,
    private readonly rotatePrincipalKey: RotatePrincipalKeyUseCase,
    private readonly revokePrincipal: RevokePrincipalUseCase,
    private readonly grantWatchlist: GrantWatchlistUseCase,
  ) {}

  /** The requests; an agency officer sees only those on its agency's principals. */
  async list(status: RequestStatus = 'pending', reader: Reader | null = null): Promise<PrincipalRequest[]> {
    const all = await this.requests.list(status);
    if (!reader || reader.agency === null) return all;
    const out: PrincipalRequest[] = [];
    for (const r of all) if ((await this.agencyOfRequest(r)) === reader.agency) out.push(r);
    return out;
  }

  /**
   * The principals some requests name (their targets and their askers), by id, for a listing that shows
   * names rather than ids; a principal gone since (or a creation not approved yet) is absent.
   */
  async principalsOf(rs: PrincipalRequest[]): Promise<Map<string, PrincipalRecord>> {
    const out = new Map<string, PrincipalRecord>();
    for (const id of new Set(rs.flatMap((r) => [r.targetId, r.requestedBy]))) {
      const p = await this.principals.findById(id);
      if (p) out.set(id, p);
    }
    return out;
  }

  async get(id: string, reader: Reader | null = null): Promise<PrincipalRequest> {
    const r = await this.requests.findById(id);
    if (!r) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-request', { id });
    if (reader) this.admin.assertMayRead(reader, { agency: await this.agencyOfRequest(r) });
    return r;
  }

  /** The agency of the principal a request is about (null: OCAM's; a principal gone since: OCAM's). */
  private async agencyOfRequest(r: PrincipalRequest, em?: EntityManager): Promise<string | null> {
    if (r.operation === 'create') return (r.payload.agency as string | null | undefined) ?? null;
    return (await this.principals.findById(r.targetId, em))?.agency ?? null;
  }

  async approve(id: string, actor: Actor): Promise<Approved> {
    const approver = await this.admin.officerOf(actor);
    if (!approver) throw new PrincipalAdminError('invalid', 'problem.validation.detail.approved-by-officer');
    const result = await this.decision(actor, async (em) => {
      const r = await this.pending(id, em);
      const target = r.operation === 'create' ? undefined : await this.principals.findById(r.targetId, em, { forUpdate: true });
      // Outside the approver's reach: refused before anything else about the request is told.
      const outside =
        r.operation === 'create' || target ? refusalOfScope(approver, this.operationOf(r, target ?? undefined), 'approve') : null;
      if (outside) throw refusalError(outside);
      const requester = await this.principals.findById(r.requestedBy, em);
      if (!requester)
        throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-requester', { requester: r.requestedBy });
      if (requester.revokedAt) throw new PrincipalAdminError('revoked', 'problem.principal-revoked.detail.requester-revoked');
      if (r.operation !== 'create' && (!target || target.revokedAt)) {
        throw new PrincipalAdminError('revoked', 'problem.principal-revoked.detail.target-revoked');
      }
      const refusal = refusalToApprove(approver, requester, this.operationOf(r, target ?? undefined));
      if (refusal) throw refusalError(refusal);
      if (target && r.targetVersion !== null && target.version !== r.targetVersion) {
        throw new PrincipalAdminError('request-stale', 'problem.principal-request-stale.detail.target-changed', {
          name: target.name,
          request: r.id,
          filed: String(r.targetVersion),
          now: String(target.version),
        });
      }

      const decided = (await this.requests.decide(r.id, 'approved', approver.id, em))!;
      await this.admin.auditRequest(em, decided, 'change-approved', actor);
      // The change itself: authored by the requester, approved by this officer.
      const as: Actor = {
        changedBy: requester.id,
        principalId: requester.id,
        traceId: actor.traceId,
        approvedBy: approver.id,
        requestId: r.id,
      };
      switch (r.operation) {
        case 'create': {
          // The key the creation draws is dropped here: the principal gets its own by redeeming the handover.
          const created = await this.createPrincipal.apply(
            this.createInput(r),
            { id: r.targetId, createdBy: requester.id, approvedBy: approver.id },
            as,
            em,
          );
          return { request: decided, principal: created.principal, ...(await this.admin.completeHandover(r.id, em)) };
        }
        case 'update':
          return { request: decided, principal: await this.updatePrincipal.apply(r.targetId, this.patch(r), as, em) };
        case 'rotate-key': {
          // The old key stops now; the new one drawn here is dropped, as on creation.
          const rotated = await this.rotatePrincipalKey.apply(r.targetId, as, em);
          return { request: decided, principal: rotated.principal, ...(await this.admin.completeHandover(r.id, em)) };
        }
        case 'revoke':
          return { request: decided, principal: await this.revokePrincipal.apply(r.targetId, as, em) };
        case 'watchlist-mark': {
          const { list, capability } = this.mark(r);
          await this.grantWatchlist.apply(requester, list, r.targetId, capability, true, actor.traceId, em);
          return { request: decided, principal: target! };
        }
      }
    });
    return result;
  }

  /**
   * Withdrawn by the officer who asked, or refused by another officer on the rules of approving it
   * (not the target itself, not of the asker's chain unless it is a revocation, within its clearance):
   * an officer that may not approve a request may not veto it either.
   */
  async refuse(id: string, actor: Actor): Promise<PrincipalRequest> {
    const officer = await this.admin.officerOf(actor);
    if (!officer) throw new PrincipalAdminError('invalid', 'problem.validation.detail.refused-by-officer');
    const result = await this.decision(actor, async (em) => {
      const r = await this.pending(id, em);
      if (r.requestedBy !== officer.id) {
        const requester = (await this.principals.findById(r.requestedBy, em)) ?? {
          id: r.requestedBy,
          agency: null,
          createdBy: null,
          approvedBy: null,
        };
        const target = r.operation === 'create' ? undefined : await this.principals.findById(r.targetId, em);
        // A request on a principal that no longer exists can never be approved: any other OCAM officer, or
        // an officer of the asker's agency, clears it.
        const refusal =
          r.operation !== 'create' && !target
            ? officer.agency !== null && officer.agency !== requester.agency
              ? refusalOfScope(officer, { kind: 'create', role: 'poc', clearance: 'unclassified', agency: requester.agency }, 'approve')
              : null
            : refusalToApprove(officer, requester, this.operationOf(r, target ?? undefined));
        if (refusal) throw refusalError(refusal);
      }
      const decided = (await this.requests.decide(r.id, 'refused', officer.id, em))!;
      await this.admin.auditRequest(em, decided, 'change-refused', actor);
      return decided;
    });
    return result;
  }

  /**
   * One decision in one transaction. A request found lapsed is marked expired and recorded so in a
   * transaction of its own, after the decision's has ended (it holds the request's row lock).
   */
  private async decision<T>(actor: Actor, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.principals.transaction(fn);
    } catch (e) {
      if (!(e instanceof LapsedRequest)) throw e;
      await this.principals.transaction(async (em) => {
        const expired = await this.requests.decide(e.request.id, 'expired', null, em);
        if (expired) await this.admin.auditRequest(em, expired, 'change-expired', actor);
      });
      throw new PrincipalAdminError('request-expired', 'problem.principal-request-expired.detail.expired', {
        request: e.request.id,
        expiredAt: e.request.expiresAt.toISOString(),
      });
    }
  }

  /** The request, locked, still pending and not expired. */
  private async pending(id: string, em: EntityManager): Promise<PrincipalRequest> {
    const r = await this.requests.findById(id, em, { forUpdate: true });
    if (!r) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-request', { id });
    if (r.status !== 'pending')
      throw new PrincipalAdminError('request-decided', 'problem.principal-request-decided.detail.decided', {
        request: id,
        status: r.status,
      });
    if (r.expiresAt.getTime() <= Date.now()) throw new LapsedRequest(r);
    return r;
  }

  private operationOf(r: PrincipalRequest, target?: PrincipalRecord): AdminOperation {
    if (r.operation === 'create') {
      const agency = (r.payload.agency as string | null | undefined) ?? null;
      return { kind: 'create', role: r.payload.role as Role, clearance: r.payload.clearance as Clearance, agency };
    }
    if (r.operation === 'update') return { kind: 'update', target: target!, ...this.patch(r) };
    if (r.operation === 'revoke') return { kind: 'revoke', target: target! };
    if (r.operation === 'watchlist-mark') return { kind: 'watchlist-mark', target: target!, ...this.mark(r) };
    return { kind: 'rotate-key', target: target! };
  }

  private mark(r: PrincipalRequest): { list: string; capability: WatchlistCapability } {
    return { list: String(r.payload.list), capability: r.payload.capability as WatchlistCapability };
  }

  private createInput(r: PrincipalRequest): NewPrincipalInput {
    const p = r.payload;
    return {
      name: String(p.name),
      role: p.role as Role,
      agency: (p.agency as string | null | undefined) ?? null,
      clearance: p.clearance as Clearance,
      clearanceExpiresAt: instant(p.clearanceExpiresAt),
      feeds: (p.feeds as string[] | undefined) ?? [],
    };
  }

  private patch(r: PrincipalRequest): PrincipalPatch {
    const p = r.payload;
    return {
      ...(p.clearance !== undefined ? { clearance: p.clearance as Clearance } : {}),
      ...(p.clearanceExpiresAt !== undefined ? { clearanceExpiresAt: instant(p.clearanceExpiresAt) } : {}),
      ...(p.feeds !== undefined ? { feeds: p.feeds as string[] } : {}),
    };
  }
}

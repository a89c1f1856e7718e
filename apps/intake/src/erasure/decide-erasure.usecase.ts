import { Injectable } from '@nestjs/common';
import { Lineage, Officer, PrincipalsRepository, refusalToApproveErasure } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { PurgeIntakeSignalsUseCase } from '../retention/purge-signals.usecase';
import { ErasureActor, ErasureError } from './erasure';
import { ErasureLedger } from './erasure-ledger';
import { ErasureRequest, ErasureRequestsRepository, ErasureRequestStatus } from './erasure-requests.repository';

/** Thrown inside a decision's transaction; the expiry is recorded once that transaction is over. */
class LapsedRequest extends Error {
  constructor(readonly request: ErasureRequest) {
    super(`erasure request ${request.id} expired`);
  }
}

/**
 * The second officer's side of an erasure (the two-person rule). Approving — by another officer
 * than the requester, and not one of its chain — removes the intake's copies of the signal in the
 * approval's transaction (the purge's own removal, reason `erased`), and records the approval on
 * `signals.erasure.recorded.v1`, on which the gateway and the router remove theirs. Refusing (or the
 * requester withdrawing) removes nothing. Each decision is in the ledger.
 */
@Injectable()
export class DecideErasureUseCase {
  constructor(
    private readonly requests: ErasureRequestsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly ledger: ErasureLedger,
    private readonly purge: PurgeIntakeSignalsUseCase,
  ) {}

  list(status: ErasureRequestStatus = 'pending'): Promise<ErasureRequest[]> {
    return this.requests.list(status);
  }

  async get(id: string): Promise<ErasureRequest> {
    const r = await this.requests.findById(id);
    if (!r) throw new ErasureError('not-found', 'problem.erasure-not-found.detail.no-request', { id });
    return r;
  }

  async approve(id: string, actor: ErasureActor): Promise<{ request: ErasureRequest; removedHere: number }> {
    const approver = await this.officer(actor);
    const result = await this.decision(actor, async (em) => {
      const r = await this.pending(id, em);
      const requester = await this.principals.findById(r.requestedBy, em);
      if (!requester || requester.revokedAt) {
        throw new ErasureError('revoked', 'problem.erasure-revoked.detail.requester-revoked');
      }
      await this.assertMayDecide(approver, requester, r, em);
      const decided = (await this.requests.decide(r.id, 'approved', approver.id, em))!;
      await this.ledger.record(em, decided, 'approved', actor.traceId);
      const removedHere = await this.purge.eraseIn(em, [r.signalId], new Date().toISOString());
      return { request: decided, removedHere };
    });
    // Committed: the erased key's dead tuple goes now (VACUUM runs outside the transaction).
    void this.purge.vacuumKeys('an erasure');
    return result;
  }

  /**
   * Withdrawn by the one who asked, or refused by another officer on the rules of approving it: one
   * that may not approve an erasure (of the asker's chain, or not cleared for the signal) may not veto it.
   */
  async refuse(id: string, actor: ErasureActor): Promise<ErasureRequest> {
    const officer = await this.officer(actor);
    const result = await this.decision(actor, async (em) => {
      const r = await this.pending(id, em);
      if (r.requestedBy !== officer.id) {
        const requester = (await this.principals.findById(r.requestedBy, em)) ?? { id: r.requestedBy, createdBy: null, approvedBy: null };
        await this.assertMayDecide(officer, requester, r, em);
      }
      const decided = (await this.requests.decide(r.id, 'refused', officer.id, em))!;
      await this.ledger.record(em, decided, 'refused', actor.traceId);
      return decided;
    });
    return result;
  }

  /** The two-person rule, the chain and the clearance for the signal's classification, for approving and refusing alike. */
  private async assertMayDecide(officer: Officer, requester: Lineage, r: ErasureRequest, em: EntityManager): Promise<void> {
    const refusal = refusalToApproveErasure(officer, requester, await this.requests.classRankOf(r.signalId, em));
    if (refusal) {
      const code = refusal.code === 'self' ? 'self-approval' : refusal.code === 'chain' ? 'same-chain' : 'clearance';
      throw new ErasureError(code, refusal.key, refusal.values);
    }
  }

  private async officer(actor: ErasureActor) {
    const me = await this.principals.findById(actor.principalId);
    if (!me || me.revokedAt) throw new ErasureError('revoked', 'problem.erasure-revoked.detail.own-inactive');
    if (me.role !== 'security-officer') throw new ErasureError('not-an-officer', 'problem.erasure-not-an-officer.detail.decide-officer');
    if (me.agency !== null) throw new ErasureError('not-an-officer', 'problem.erasure-not-an-officer.detail.decide-ocam-officer');
    return me;
  }

  /** One decision in one transaction; a request found lapsed is marked expired (and recorded) in its own. */
  private async decision<T>(actor: ErasureActor, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.requests.transaction(fn);
    } catch (e) {
      if (!(e instanceof LapsedRequest)) throw e;
      await this.requests.transaction(async (em) => {
        const expired = await this.requests.decide(e.request.id, 'expired', null, em);
        if (expired) await this.ledger.record(em, expired, 'expired', actor.traceId);
      });
      throw new ErasureError('request-expired', 'problem.erasure-request-expired.detail.expired', {
        request: e.request.id,
        expiredAt: e.request.expiresAt.toISOString(),
      });
    }
  }

  private async pending(id: string, em: EntityManager): Promise<ErasureRequest> {
    const r = await this.requests.findById(id, em, { forUpdate: true });
    if (!r) throw new ErasureError('not-found', 'problem.erasure-not-found.detail.no-request', { id });
    if (r.status !== 'pending')
      throw new ErasureError('request-decided', 'problem.erasure-request-decided.detail.decided', { request: id, status: r.status });
    if (r.expiresAt.getTime() <= Date.now()) throw new LapsedRequest(r);
    return r;
  }
}

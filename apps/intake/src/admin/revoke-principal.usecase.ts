import { Injectable } from '@nestjs/common';
import { AdminOperation, approvalReason, PrincipalRecord, PrincipalsRepository } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { Actor, assertMayAct, Outcome, PrincipalAdmin, PrincipalAdminError } from './principal-admin';

/**
 * Revokes at once (it takes privilege away: one officer acts), except a privileged principal of the
 * officer's own chain: that revocation waits for a second officer (any but the asker and the target),
 * so that removing power is always possible and never the business of one chain alone.
 */
@Injectable()
export class RevokePrincipalUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  /** Revoking a revoked principal changes nothing and records nothing. */
  async execute(id: string, actor: Actor): Promise<Outcome<PrincipalRecord>> {
    if (actor.principalId === id) throw new PrincipalAdminError('self-change', 'problem.principal-self-change.detail.self-revoke');
    const officer = await this.admin.officerOf(actor);
    if (officer) {
      const target = await this.admin.targetOf(officer, (t) => ({ kind: 'revoke', target: t }), id, false);
      const op: AdminOperation = { kind: 'revoke', target };
      assertMayAct(officer, op);
      const why = target.revokedAt ? null : approvalReason(op, officer);
      if (why) return { pending: await this.admin.requestApproval('revoke', id, target.version, {}, why, officer, actor) };
    }
    const principal = await this.principals.transaction(async (em) => {
      const current = await this.principals.findById(id, em, { forUpdate: true });
      if (!current) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal', { id });
      // Revoked already: nothing to change, nothing recorded.
      if (current.revokedAt) return current;
      return this.apply(id, actor, em);
    });
    return { done: principal };
  }

  /** Revokes an active principal and records it, in the caller's transaction (also on approval). */
  async apply(id: string, actor: Actor, em: EntityManager): Promise<PrincipalRecord> {
    const p = await this.principals.revoke(id, em);
    if (!p) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal', { id });
    await this.admin.audit(em, p, 'revoked', actor);
    return p;
  }
}

import { Injectable } from '@nestjs/common';
import { AdminOperation, approvalReason, PrincipalsRepository } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { Actor, assertMayAct, Outcome, PrincipalAdmin, PrincipalAdminError, PrincipalWithKey } from './principal-admin';

/** A new key for an active principal; the old one stops working at once. A privileged principal's waits for a second officer. */
@Injectable()
export class RotatePrincipalKeyUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(id: string, actor: Actor): Promise<Outcome<PrincipalWithKey>> {
    const officer = await this.admin.officerOf(actor);
    if (officer) {
      const target = await this.admin.targetOf(officer, (t) => ({ kind: 'rotate-key', target: t }), id);
      const op: AdminOperation = { kind: 'rotate-key', target };
      assertMayAct(officer, op);
      const why = approvalReason(op, officer);
      if (why) return this.admin.requestApprovalWith('rotate-key', id, target.version, {}, why, officer, actor);
    }
    const rotated = await this.principals.transaction((em) => this.apply(id, actor, em));
    return { done: rotated };
  }

  /** Rotates and records it, in the caller's transaction (also on approval). */
  async apply(id: string, actor: Actor, em: EntityManager): Promise<PrincipalWithKey> {
    await this.admin.activeForUpdate(id, em);
    const r = await this.principals.rotateKey(id, em);
    if (!r) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal', { id });
    await this.admin.audit(em, r.principal, 'key-rotated', actor);
    return r;
  }
}

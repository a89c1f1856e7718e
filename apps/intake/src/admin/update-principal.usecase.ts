import { Injectable } from '@nestjs/common';
import { AdminOperation, approvalReason, PrincipalPatch, PrincipalRecord, PrincipalsRepository } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { Actor, assertMayAct, Outcome, PrincipalAdmin, PrincipalAdminError, rejected, unknownFeeds } from './principal-admin';

/** A principal's clearance, its expiry or feeds; a raised clearance or a privileged principal waits for a second officer. */
@Injectable()
export class UpdatePrincipalUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(id: string, patch: PrincipalPatch, actor: Actor): Promise<Outcome<PrincipalRecord>> {
    if (patch.clearance === undefined && patch.clearanceExpiresAt === undefined && patch.feeds === undefined) {
      throw new PrincipalAdminError('invalid', 'problem.validation.detail.nothing-to-change');
    }
    const errors = unknownFeeds(patch.feeds);
    if (errors.length) throw rejected(errors);
    if (actor.principalId === id) {
      throw new PrincipalAdminError('self-change', 'problem.principal-self-change.detail.self-update');
    }
    const officer = await this.admin.officerOf(actor);
    if (officer) {
      const target = await this.admin.targetOf(officer, (t) => ({ kind: 'update', target: t, ...patch }), id);
      const op: AdminOperation = { kind: 'update', target, ...patch };
      assertMayAct(officer, op);
      const why = approvalReason(op, officer);
      if (why) {
        const payload = {
          ...patch,
          ...(patch.clearanceExpiresAt !== undefined ? { clearanceExpiresAt: patch.clearanceExpiresAt?.toISOString() ?? null } : {}),
        };
        return { pending: await this.admin.requestApproval('update', id, target.version, payload, why, officer, actor) };
      }
    }
    const updated = await this.principals.transaction((em) => this.apply(id, patch, actor, em));
    return { done: updated };
  }

  /** Applies the patch to an active principal and records it, in the caller's transaction (also on approval). */
  async apply(id: string, patch: PrincipalPatch, actor: Actor, em: EntityManager): Promise<PrincipalRecord> {
    await this.admin.activeForUpdate(id, em);
    const p = await this.principals.update(id, patch, em);
    if (!p) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal', { id });
    await this.admin.audit(em, p, 'updated', actor);
    return p;
  }
}

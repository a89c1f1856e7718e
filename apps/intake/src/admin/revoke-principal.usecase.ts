import { Injectable } from '@nestjs/common';
import { PrincipalRecord, PrincipalsRepository } from '@passerelle/security';
import { Actor, assertMayAct, PrincipalAdmin, PrincipalAdminError } from './principal-admin';

/** Revokes at once (it takes privilege away: one officer acts). */
@Injectable()
export class RevokePrincipalUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  /** Revoking a revoked principal changes nothing and records nothing. */
  async execute(id: string, actor: Actor): Promise<PrincipalRecord> {
    if (actor.principalId === id) throw new PrincipalAdminError('self-change', 'a security officer cannot revoke themselves; another must');
    const officer = await this.admin.officerOf(actor);
    if (officer) assertMayAct(officer, { kind: 'revoke', target: await this.admin.get(id) });
    const { principal, changed } = await this.principals.transaction(async (em) => {
      const current = await this.principals.findById(id, em, { forUpdate: true });
      if (!current) throw new PrincipalAdminError('not-found', `no principal ${id}`);
      if (current.revokedAt) return { principal: current, changed: false };
      const p = await this.principals.revoke(id, em);
      if (!p) throw new PrincipalAdminError('not-found', `no principal ${id}`);
      await this.admin.audit(em, p, 'revoked', actor);
      return { principal: p, changed: true };
    });
    if (changed) this.admin.nudge();
    return principal;
  }
}

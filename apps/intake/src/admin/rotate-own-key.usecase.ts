import { Injectable } from '@nestjs/common';
import { PrincipalsRepository } from '@passerelle/security';
import { PrincipalAdmin, PrincipalAdminError, PrincipalWithKey } from './principal-admin';

/**
 * A principal replaces its own key with the one it holds: routine rotation needs no officer, and no
 * officer sees the new key. The old key stops at once. Recorded as `key-rotated` by the principal.
 */
@Injectable()
export class RotateOwnKeyUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(principalId: string, traceId?: string): Promise<PrincipalWithKey> {
    const r = await this.principals.transaction(async (em) => {
      const rotated = await this.principals.rotateKey(principalId, em);
      if (!rotated) throw new PrincipalAdminError('revoked', 'problem.principal-revoked.detail.own-inactive');
      await this.admin.audit(em, rotated.principal, 'key-rotated', { changedBy: principalId, principalId, traceId });
      return rotated;
    });
    return r;
  }
}

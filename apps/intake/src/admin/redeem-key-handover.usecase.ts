import { Injectable } from '@nestjs/common';
import { generateApiKey, KeyHandoversRepository, PrincipalRecord, PrincipalsRepository } from '@passerelle/security';
import { PrincipalAdmin, PrincipalWithKey } from './principal-admin';

/**
 * The principal's side of a key handover: both halves (one from each officer), once, before they
 * lapse, give the principal a key of its own — drawn now, shown only in this answer. Null when the
 * halves match no open handover (wrong, incomplete, lapsed, used already, or the principal revoked):
 * one answer for all, so that a guess learns nothing.
 */
@Injectable()
export class RedeemKeyHandoverUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly handovers: KeyHandoversRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(codes: [string, string], traceId?: string): Promise<PrincipalWithKey | null> {
    const out = await this.principals
      .transaction(async (em) => {
        const h = await this.handovers.redeem(codes, em);
        if (!h) return null;
        const apiKey = generateApiKey();
        const principal: PrincipalRecord | null = await this.principals.setKey(h.principalId, apiKey, em);
        if (!principal) throw new RevokedSince();
        await this.admin.audit(em, principal, 'key-handed-over', { changedBy: principal.id, principalId: principal.id, traceId });
        return { principal, apiKey };
      })
      .catch((e) => {
        // The principal was revoked after the approval: the handover stays unredeemed, and is worth nothing.
        if (e instanceof RevokedSince) return null;
        throw e;
      });
    return out;
  }
}

class RevokedSince extends Error {}

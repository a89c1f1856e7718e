import { Injectable } from '@nestjs/common';
import { WatchlistCapability } from '@passerelle/contracts';
import { Principal, PrincipalsRepository } from '@passerelle/security';
import { WatchlistError } from './watchlist-error';
import { WatchlistLedger } from './watchlist-ledger';
import { WatchlistsRepository } from './watchlists.repository';

/** Which role may hold which mark: owners are OCAM's analysts, receivers agencies' points of contact. */
const ROLE_FOR: Record<WatchlistCapability, string> = { owner: 'analyst', receiver: 'poc' };

/** A security officer marks (or unmarks) a principal as owner or receiver of a list; the ledger records it. */
@Injectable()
export class GrantWatchlistUseCase {
  constructor(
    private readonly repo: WatchlistsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly ledger: WatchlistLedger,
  ) {}

  async execute(
    officer: Principal,
    list: string,
    principalId: string,
    capability: WatchlistCapability,
    granted: boolean,
    traceId?: string,
  ): Promise<{ list: string; principalId: string; capability: WatchlistCapability; granted: boolean; changed: boolean }> {
    const target = await this.principals.findById(principalId);
    if (!target || target.revokedAt) throw new WatchlistError('not-found', `no active principal ${principalId}`);
    if (granted && target.role !== ROLE_FOR[capability]) {
      throw new WatchlistError(
        'rejected',
        `a watchlist ${capability} must have role '${ROLE_FOR[capability]}'; '${target.name}' is '${target.role}'`,
      );
    }
    const changed = await this.repo.transaction(async (em) => {
      const c = await this.repo.setGrant(list, principalId, capability, granted, officer.id, em);
      if (c) {
        await this.ledger.record(
          [{ action: 'grant-changed', list, principalId: officer.id, subjectPrincipalId: principalId, capability, granted, traceId }],
          em,
        );
      }
      return c;
    });
    if (changed) this.ledger.nudge();
    return { list, principalId, capability, granted, changed };
  }
}

import { Injectable } from '@nestjs/common';
import { WatchlistCapability } from '@passerelle/contracts';
import { approvalReason, Principal, PrincipalRequest, PrincipalsRepository } from '@passerelle/security';
import { EntityManager } from 'typeorm';
import { PrincipalAdmin } from '../admin/principal-admin';
import { WatchlistError } from './watchlist-error';
import { WatchlistLedger } from './watchlist-ledger';
import { WatchlistsRepository } from './watchlists.repository';

/** Which role may hold which mark: owners are OCAM's analysts, receivers agencies' points of contact. */
const ROLE_FOR: Record<WatchlistCapability, string> = { owner: 'analyst', receiver: 'poc' };

export interface GrantResult {
  list: string;
  principalId: string;
  capability: WatchlistCapability;
  granted: boolean;
  changed: boolean;
}

/**
 * A security officer marks (or unmarks) a principal as owner or receiver of a list; the ledger
 * records it. A mark grants access (tokens to evaluate, or the list itself), so it is held for a
 * second officer (`/v1/admin/requests`, operation `watchlist-mark`); unmarking takes one.
 */
@Injectable()
export class GrantWatchlistUseCase {
  constructor(
    private readonly repo: WatchlistsRepository,
    private readonly principals: PrincipalsRepository,
    private readonly ledger: WatchlistLedger,
    private readonly admin: PrincipalAdmin,
  ) {}

  async execute(
    officer: Principal,
    list: string,
    principalId: string,
    capability: WatchlistCapability,
    granted: boolean,
    traceId?: string,
  ): Promise<GrantResult | { pending: PrincipalRequest }> {
    // OCAM's watchlists are marked by OCAM's officers: an agency's administer that agency's principals only.
    if (officer.agency !== null) throw new WatchlistError('other-agency', 'problem.watchlist-other-agency.detail.ocam-officers-mark');
    const target = await this.principals.findById(principalId);
    if (!target || target.revokedAt)
      throw new WatchlistError('not-found', 'problem.watchlist-not-found.detail.no-active-principal', { id: principalId });
    if (granted && target.role !== ROLE_FOR[capability]) {
      throw new WatchlistError('rejected', 'problem.watchlist-rejected.detail.wrong-role', {
        capability,
        role: ROLE_FOR[capability],
        name: target.name,
        actual: target.role,
      });
    }
    if (granted && !(await this.repo.isGranted(list, principalId, capability))) {
      const actor = { changedBy: officer.id, principalId: officer.id, traceId };
      const me = (await this.admin.officerOf(actor))!;
      const why = approvalReason({ kind: 'watchlist-mark', target, list, capability }, me)!;
      return {
        pending: await this.admin.requestApproval('watchlist-mark', principalId, target.version, { list, capability }, why, me, actor),
      };
    }
    const changed = await this.repo.transaction((em) => this.apply(officer, list, principalId, capability, granted, traceId, em));
    return { list, principalId, capability, granted, changed };
  }

  /** Sets the mark and records it, in the caller's transaction (also on approval: `officer` is then the asker). */
  async apply(
    officer: Pick<Principal, 'id'>,
    list: string,
    principalId: string,
    capability: WatchlistCapability,
    granted: boolean,
    traceId: string | undefined,
    em: EntityManager,
  ): Promise<boolean> {
    const c = await this.repo.setGrant(list, principalId, capability, granted, officer.id, em);
    if (c) {
      await this.ledger.record(
        [{ action: 'grant-changed', list, principalId: officer.id, subjectPrincipalId: principalId, capability, granted, traceId }],
        em,
      );
    }
    return c;
  }
}

import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { OPRF_SUITE, TokenSet } from '@passerelle/watchlist';
import { WatchlistError } from './watchlist-error';
import { WatchlistLedger } from './watchlist-ledger';
import { WatchlistsRepository } from './watchlists.repository';

/**
 * The token set of the version in force, for a principal marked to receive the list: its tokens
 * (sorted, so nothing says which belong to one entry), its version, validity and entry count. The
 * delivery is in the ledger before the answer leaves.
 */
@Injectable()
export class DeliverTokensUseCase {
  constructor(
    private readonly repo: WatchlistsRepository,
    private readonly ledger: WatchlistLedger,
  ) {}

  async execute(principal: Principal, list: string, traceId?: string): Promise<TokenSet> {
    await assertReceiver(this.repo, principal, list);
    const v = await this.repo.currentVersion(list);
    if (!v) throw new WatchlistError('no-version', 'problem.watchlist-no-version.detail.none-in-force', { list });
    const tokens = await this.repo.tokens(list, v.version);
    await this.repo.transaction((em) =>
      this.ledger.record(
        [
          {
            action: 'tokens-delivered',
            list,
            version: v.version,
            principalId: principal.id,
            agency: principal.agency ?? undefined,
            count: tokens.length,
            traceId,
          },
        ],
        em,
      ),
    );
    return {
      list,
      version: v.version,
      suite: OPRF_SUITE,
      validFrom: v.validFrom.toISOString(),
      validUntil: v.validUntil.toISOString(),
      entryCount: v.entryCount,
      tokens,
    };
  }
}

/** Tokens and evaluations are for principals of an agency that a security officer marked as receivers of the list. */
export async function assertReceiver(repo: WatchlistsRepository, principal: Principal, list: string): Promise<string> {
  if (!principal.agency || !(await repo.isGranted(list, principal.id, 'receiver'))) {
    throw new WatchlistError('not-marked', 'problem.watchlist-not-marked.detail.not-receiver', { list });
  }
  return principal.agency;
}

import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { versionBudget, watchlistBudgetsFromEnv } from './evaluate-batch.usecase';
import { WatchlistError } from './watchlist-error';
import { WatchlistsRepository } from './watchlists.repository';

/**
 * What a list's owners see of its use (docs/watchlists.md, _Budgets and alerts_): per version, per
 * agency principal, the points evaluated and batches, the budget, and the alerts raised — counts
 * and ids only, as the ledger holds them. `alerted` says at a glance whether anything is unusual.
 */
@Injectable()
export class WatchlistUsageUseCase {
  constructor(private readonly repo: WatchlistsRepository) {}

  async execute(principal: Principal, list: string) {
    if (!(await this.repo.isGranted(list, principal.id, 'owner'))) {
      throw new WatchlistError('not-marked', 'problem.watchlist-not-marked.detail.not-owner', { list });
    }
    const rows = await this.repo.usage(list);
    const budgets = watchlistBudgetsFromEnv();
    const principals = rows.map((r) => ({
      version: r.version,
      agency: r.agency,
      principalId: r.principalId,
      points: r.points,
      batches: r.batches,
      versionBudget: versionBudget(budgets, r.agency),
      firstAt: r.firstAt,
      lastAt: r.lastAt,
      alerts: r.alerts,
    }));
    return { list, hourlyBudgetPerAgency: budgets.perAgencyPerHour, alerted: principals.some((p) => p.alerts.length > 0), principals };
  }
}

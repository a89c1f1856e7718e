import { Module } from '@nestjs/common';
import { PrincipalAdminModule } from '../admin/principal-admin.module';
import { OutboxModule } from '../outbox/outbox.module';
import { DeliverTokensUseCase } from './deliver-tokens.usecase';
import { EvaluateBatchUseCase } from './evaluate-batch.usecase';
import { GrantWatchlistUseCase } from './grant-watchlist.usecase';
import { PublishVersionUseCase } from './publish-version.usecase';
import { WatchlistLedger } from './watchlist-ledger';
import { WatchlistUsageController } from './watchlist-usage.controller';
import { WatchlistUsageUseCase } from './watchlist-usage.usecase';
import { WatchlistGrantsController, WatchlistsController } from './watchlists.controller';
import { WatchlistsRepository } from './watchlists.repository';

/** Agencies' watchlists: versions, tokens, batch evaluation, grants and usage, with their ledger facts. */
@Module({
  imports: [OutboxModule, PrincipalAdminModule],
  controllers: [WatchlistsController, WatchlistGrantsController, WatchlistUsageController],
  providers: [
    WatchlistsRepository,
    WatchlistLedger,
    PublishVersionUseCase,
    DeliverTokensUseCase,
    EvaluateBatchUseCase,
    GrantWatchlistUseCase,
    WatchlistUsageUseCase,
  ],
  exports: [WatchlistsRepository, WatchlistLedger, GrantWatchlistUseCase],
})
export class WatchlistsModule {}

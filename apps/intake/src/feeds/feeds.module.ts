import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { OutboxModule } from '../outbox/outbox.module';
import { WatchlistsModule } from '../watchlists/watchlists.module';
import { FeedNotifier } from './feed-notifier';
import { FeedsConsumer } from './feeds.consumer';
import { IntakeRepository } from './intake.repository';
import { StoreFeedSignalsUseCase } from './store-feed-signals.usecase';

/** The intake's feeds from Kafka: signals stored into dossiers and feeds, their delivery notices, alerts and watchlist hits. */
@Module({
  imports: [OutboxModule, AlertsModule, WatchlistsModule],
  controllers: [FeedsConsumer],
  providers: [IntakeRepository, StoreFeedSignalsUseCase, FeedNotifier],
  exports: [IntakeRepository, FeedNotifier],
})
export class FeedsModule {}

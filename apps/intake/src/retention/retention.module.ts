import { Module } from '@nestjs/common';
import { FeedsModule } from '../feeds/feeds.module';
import { OutboxModule } from '../outbox/outbox.module';
import { IntakePurgeScheduler, PurgeIntakeSignalsUseCase } from './purge-signals.usecase';

/** Signals purged when their retention ends (scheduled), and on an approved erasure. */
@Module({
  imports: [OutboxModule, FeedsModule],
  providers: [PurgeIntakeSignalsUseCase, IntakePurgeScheduler],
  exports: [PurgeIntakeSignalsUseCase],
})
export class RetentionModule {}

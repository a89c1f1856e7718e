import { Module } from '@nestjs/common';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { intakeMigrations, PersistenceModule } from '@passerelle/persistence';
import { SecurityModule } from '@passerelle/security';
import { FeedsConsumer } from './feeds/feeds.consumer';
import { IntakeRepository } from './feeds/intake.repository';
import { StoreFeedSignalsUseCase } from './feeds/store-feed-signals.usecase';

@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'intake', migrations: intakeMigrations }),
    MessagingModule.forRoot('passerelle-intake'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  providers: [IntakeRepository, StoreFeedSignalsUseCase, FeedsConsumer],
  exports: [IntakeRepository],
})
export class IntakeModule {}

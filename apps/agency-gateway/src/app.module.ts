import { Module } from '@nestjs/common';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { dataKeyReaderProvider, gatewayMigrations, PersistenceModule } from '@passerelle/persistence';
import { DENIED_ATTEMPT_SINK, SecurityModule } from '@passerelle/security';
import { FeedbackConsumer } from './feedback/feedback.consumer';
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackRepository } from './feedback/feedback.repository';
import { GatewayAccessRecords } from './signals/access-records';
import { GatewayOutboxRelay } from './signals/outbox-relay.service';
import { SignalsController } from './signals/signals.controller';
import { GatewayErasuresConsumer } from './retention/erasures.consumer';
import { GatewayPurgeScheduler, PurgeGatewaySignalsUseCase } from './retention/purge-signals.usecase';
import { SignalsRepository } from './signals/signals.repository';
import { SubmitSignalUseCase } from './signals/submit-signal.usecase';

@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'gateway', migrations: gatewayMigrations }),
    MessagingModule.forRoot('passerelle-agency-gateway', 'gateway'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  controllers: [FeedbackConsumer, GatewayErasuresConsumer, SignalsController, FeedbackController],
  providers: [
    // An analyst's feedback comes sealed with its signal's data key: the feedback consumer opens it.
    dataKeyReaderProvider,
    SignalsRepository,
    PurgeGatewaySignalsUseCase,
    GatewayPurgeScheduler,
    SubmitSignalUseCase,
    GatewayOutboxRelay,
    FeedbackRepository,
    // Refused attempts at the edge go to the audit as access records, through the outbox.
    GatewayAccessRecords,
    { provide: DENIED_ATTEMPT_SINK, useExisting: GatewayAccessRecords },
  ],
})
export class GatewayModule {}

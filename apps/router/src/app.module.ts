import { Module } from '@nestjs/common';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { dataKeyReaderProvider, PersistenceModule, routerMigrations } from '@passerelle/persistence';
import { SecurityModule } from '@passerelle/security';
import { RouterErasuresConsumer } from './retention/erasures.consumer';
import { PurgeRouterSignalsUseCase, RouterPurgeScheduler } from './retention/purge-signals.usecase';
import { RouteSignalsUseCase } from './routing/route-signals.usecase';
import { RoutingRepository } from './routing/routing.repository';
import { RoutingRules } from './routing/routing-rules';
import { SubmissionsConsumer } from './routing/submissions.consumer';

@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'router', migrations: routerMigrations }),
    MessagingModule.forRoot('passerelle-router', 'router'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  controllers: [SubmissionsConsumer, RouterErasuresConsumer],
  providers: [dataKeyReaderProvider, RoutingRepository, RoutingRules, RouteSignalsUseCase, PurgeRouterSignalsUseCase, RouterPurgeScheduler],
})
export class RouterModule {}

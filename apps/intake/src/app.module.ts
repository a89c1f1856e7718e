import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { dataKeyReaderProvider, intakeMigrations, PersistenceModule } from '@passerelle/persistence';
import { SecurityModule } from '@passerelle/security';
import { AdminModule } from './admin/admin.module';
import { PrincipalsController } from './admin/principals.controller';
import { RequestsController } from './admin/requests.controller';
import { AlertsModule } from './alerts/alerts.module';
import { BriefingModule } from './briefing/briefing.module';
import { ErasureModule } from './erasure/erasure.module';
import { ErasuresController } from './erasure/erasures.controller';
import { FeedsModule } from './feeds/feeds.module';
import { MispModule } from './misp/misp.module';
import { OutboxModule } from './outbox/outbox.module';
import { ProductsModule } from './products/products.module';
import { DisseminationStatsController } from './products/products.controller';
import { RetentionModule } from './retention/retention.module';
import { AccessRecorder } from './signals/access-recorder';
import { SignalsModule } from './signals/signals.module';
import { RecordReadsInterceptor } from './stats/record-reads.interceptor';
import { StatsController } from './stats/stats.controller';
import { StatsModule } from './stats/stats.module';
import { TaxiiModule } from './taxii/taxii.module';
import { WatchlistsModule } from './watchlists/watchlists.module';

/**
 * The intake: one feature module per folder (each lists its controllers, providers and exports).
 * The Kafka handlers (`@EventPattern`) may sit in any of them, each naming its consumer group: the
 * transport finds them in the whole app (the groups it must run: intake.http.ts `intakeConsumers`).
 */
@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'intake', migrations: intakeMigrations }),
    MessagingModule.forRoot('passerelle-intake', 'intake'),
    SecurityModule,
    HealthModule.forRoot(),
    OutboxModule,
    FeedsModule,
    StatsModule,
    SignalsModule,
    AdminModule,
    ErasureModule,
    WatchlistsModule,
    TaxiiModule,
    MispModule,
    BriefingModule,
    AlertsModule,
    ProductsModule,
    RetentionModule,
  ],
  providers: [
    // The transport's key reader for sealed feeds and product receipts.
    dataKeyReaderProvider,
    // Statistics and security officers' reads of principals are recorded like reads of content.
    {
      provide: APP_INTERCEPTOR,
      useFactory: (access: AccessRecorder) =>
        new RecordReadsInterceptor(access, [
          StatsController,
          PrincipalsController,
          RequestsController,
          ErasuresController,
          DisseminationStatsController,
        ]),
      inject: [AccessRecorder],
    },
  ],
  exports: [FeedsModule],
})
export class IntakeModule {}

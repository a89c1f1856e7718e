import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { dataKeyReaderProvider, intakeMigrations, PersistenceModule } from '@passerelle/persistence';
import { DENIED_ATTEMPT_SINK, SecurityModule } from '@passerelle/security';
import { CreatePrincipalUseCase } from './admin/create-principal.usecase';
import { PrincipalAdmin } from './admin/principal-admin';
import { ReadPrincipalsUseCase } from './admin/read-principals.usecase';
import { RevokePrincipalUseCase } from './admin/revoke-principal.usecase';
import { RotatePrincipalKeyUseCase } from './admin/rotate-principal-key.usecase';
import { UpdatePrincipalUseCase } from './admin/update-principal.usecase';
import { PrincipalsController } from './admin/principals.controller';
import { KeyHandoverController } from './admin/key-handover.controller';
import { MeController } from './admin/me.controller';
import { RedeemKeyHandoverUseCase } from './admin/redeem-key-handover.usecase';
import { RotateOwnKeyUseCase } from './admin/rotate-own-key.usecase';
import { PrincipalRequestsUseCase } from './admin/principal-requests.usecase';
import { RequestsController } from './admin/requests.controller';
import { BriefingsRepository, KeyHandoversRepository, PrincipalRequestsRepository } from '@passerelle/security';
import { DecideErasureUseCase } from './erasure/decide-erasure.usecase';
import { ErasureLedger } from './erasure/erasure-ledger';
import { ErasureRequestsRepository } from './erasure/erasure-requests.repository';
import { ErasuresController } from './erasure/erasures.controller';
import { RequestErasureUseCase } from './erasure/request-erasure.usecase';
import { FeedsConsumer } from './feeds/feeds.consumer';
import { IntakeRepository } from './feeds/intake.repository';
import { StoreFeedSignalsUseCase } from './feeds/store-feed-signals.usecase';
import { FeedNotifier } from './feeds/feed-notifier';
import { IntakeAccessOutboxRelay } from './outbox/access-outbox.relay';
import { IntakeAccessOutboxRepository } from './outbox/access-outbox.repository';
import { IntakeOutboxRelay } from './outbox/intake-outbox.relay';
import { IntakePurgeScheduler, PurgeIntakeSignalsUseCase } from './retention/purge-signals.usecase';
import { IntakeOutboxRepository } from './outbox/intake-outbox.repository';
import { AccessRecorder } from './signals/access-recorder';
import { AnalystReadsUseCase } from './signals/analyst-reads.usecase';
import { AssessSignalUseCase } from './signals/assess-signal.usecase';
import { ReleaseEmbargoUseCase } from './signals/release-embargo.usecase';
import { FeedsController } from './signals/feeds.controller';
import { SignalsController } from './signals/signals.controller';
import { SignalsRepository } from './signals/signals.repository';
import { RecordFlowUseCase } from './stats/record-flow.usecase';
import { RecordReadsInterceptor } from './stats/record-reads.interceptor';
import { StatsController } from './stats/stats.controller';
import { StatsRepository } from './stats/stats.repository';
import { DeliverTokensUseCase } from './watchlists/deliver-tokens.usecase';
import { EvaluateBatchUseCase } from './watchlists/evaluate-batch.usecase';
import { GrantWatchlistUseCase } from './watchlists/grant-watchlist.usecase';
import { PublishVersionUseCase } from './watchlists/publish-version.usecase';
import { WatchlistLedger } from './watchlists/watchlist-ledger';
import { WatchlistGrantsController, WatchlistsController } from './watchlists/watchlists.controller';
import { WatchlistsRepository } from './watchlists/watchlists.repository';
import { WatchlistUsageController } from './watchlists/watchlist-usage.controller';
import { WatchlistUsageUseCase } from './watchlists/watchlist-usage.usecase';
import { TaxiiController } from './taxii/taxii.controller';
import { TaxiiReadsUseCase } from './taxii/taxii-reads.usecase';
import { MispController } from './misp/misp.controller';
import { MispExportUseCase } from './misp/misp-export.usecase';
import { AcknowledgeBriefingUseCase } from './briefing/acknowledge-briefing.usecase';
import { BriefingController, BriefingsAdminController } from './briefing/briefing.controller';
import { PublishBriefingUseCase } from './briefing/publish-briefing.usecase';
import { ReadBriefingUseCase } from './briefing/read-briefing.usecase';
import { AcknowledgeAlertUseCase } from './alerts/acknowledge-alert.usecase';
import { AlertDispatcher } from './alerts/alert-dispatcher';
import { AlertLedger } from './alerts/alert-ledger';
import { AlertsController } from './alerts/alerts.controller';
import { AlertsRepository } from './alerts/alerts.repository';
import { HEALTH_PROBE } from '@passerelle/http';
import { DisseminationFiguresUseCase } from './products/dissemination-figures.usecase';
import { DisseminationRules } from './products/dissemination-rules';
import { OverdueProductsUseCase } from './products/overdue-products.usecase';
import { ProductReceiptsConsumer } from './products/product-receipts.consumer';
import { DisseminationStatsController, ProductsController } from './products/products.controller';
import { ProductsRepository } from './products/products.repository';
import { PublishProductUseCase } from './products/publish-product.usecase';
import { ReadProductUseCase } from './products/read-product.usecase';
import { RecordProductReceiptsUseCase } from './products/record-product-receipts.usecase';
import { ReleaseProductUseCase } from './products/release-product.usecase';

@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'intake', migrations: intakeMigrations }),
    MessagingModule.forRoot('passerelle-intake', 'intake'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  controllers: [
    FeedsConsumer,
    FeedsController,
    SignalsController,
    StatsController,
    PrincipalsController,
    RequestsController,
    ErasuresController,
    WatchlistsController,
    WatchlistGrantsController,
    WatchlistUsageController,
    MeController,
    KeyHandoverController,
    TaxiiController,
    MispController,
    BriefingController,
    BriefingsAdminController,
    AlertsController,
    ProductsController,
    DisseminationStatsController,
    ProductReceiptsConsumer,
  ],
  providers: [
    dataKeyReaderProvider,
    PurgeIntakeSignalsUseCase,
    IntakePurgeScheduler,
    IntakeRepository,
    StoreFeedSignalsUseCase,
    RecordFlowUseCase,
    FeedNotifier,
    IntakeOutboxRepository,
    IntakeOutboxRelay,
    // Access records (reads, refused attempts) on a lane of their own: never in front of the events above.
    IntakeAccessOutboxRepository,
    IntakeAccessOutboxRelay,
    SignalsRepository,
    AccessRecorder,
    AnalystReadsUseCase,
    AssessSignalUseCase,
    ReleaseEmbargoUseCase,
    StatsRepository,
    PrincipalAdmin,
    CreatePrincipalUseCase,
    ReadPrincipalsUseCase,
    UpdatePrincipalUseCase,
    RevokePrincipalUseCase,
    RotatePrincipalKeyUseCase,
    // Refused attempts at the edge go out as access records, through the outbox like reads.
    { provide: DENIED_ATTEMPT_SINK, useExisting: AccessRecorder },
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
    PrincipalRequestsUseCase,
    RedeemKeyHandoverUseCase,
    RotateOwnKeyUseCase,
    PrincipalRequestsRepository,
    KeyHandoversRepository,
    ErasureRequestsRepository,
    ErasureLedger,
    RequestErasureUseCase,
    DecideErasureUseCase,
    WatchlistsRepository,
    WatchlistLedger,
    PublishVersionUseCase,
    DeliverTokensUseCase,
    EvaluateBatchUseCase,
    GrantWatchlistUseCase,
    WatchlistUsageUseCase,
    TaxiiReadsUseCase,
    MispExportUseCase,
    BriefingsRepository,
    ReadBriefingUseCase,
    AcknowledgeBriefingUseCase,
    PublishBriefingUseCase,
    AlertsRepository,
    AlertDispatcher,
    AlertLedger,
    AcknowledgeAlertUseCase,
    // /health shows parked alert deliveries as degraded.
    {
      provide: HEALTH_PROBE,
      useFactory: (d: AlertDispatcher) => ({
        name: 'alerts',
        probe: async () => {
          const parked = await d.parked();
          const n = Object.values(parked).reduce((a, b) => a + b, 0);
          return n ? { state: 'degraded', parked } : { state: 'ok' };
        },
      }),
      inject: [AlertDispatcher],
    },
    // OCAM's products to the agencies (issue 28).
    ProductsRepository,
    DisseminationRules,
    PublishProductUseCase,
    ReadProductUseCase,
    ReleaseProductUseCase,
    OverdueProductsUseCase,
    DisseminationFiguresUseCase,
    RecordProductReceiptsUseCase,
  ],
  exports: [IntakeRepository],
})
export class IntakeModule {}

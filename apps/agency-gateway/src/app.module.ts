import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HEALTH_PROBE, HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { dataKeyReaderProvider, gatewayMigrations, PersistenceModule } from '@passerelle/persistence';
import { DENIED_ATTEMPT_SINK, SecurityModule } from '@passerelle/security';
import { ServiceNoticeInterceptor, ServiceNoticesController } from './notices/service-notices.controller';
import { ServiceNotices } from './notices/service-notices';
import { FeedbackConsumer } from './feedback/feedback.consumer';
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackRepository } from './feedback/feedback.repository';
import { GatewayAccessOutboxRelay } from './signals/access-outbox.relay';
import { GatewayAccessOutboxRepository } from './signals/access-outbox.repository';
import { GatewayAccessRecords } from './signals/access-records';
import { RecordPocReadsInterceptor } from './signals/record-poc-reads.interceptor';
import { GatewayOutboxRelay } from './signals/outbox-relay.service';
import { SignalsController } from './signals/signals.controller';
import { GatewayErasuresConsumer } from './retention/erasures.consumer';
import { GatewayPurgeScheduler, PurgeGatewaySignalsUseCase } from './retention/purge-signals.usecase';
import { SignalsRepository } from './signals/signals.repository';
import { SubmitSignalUseCase } from './signals/submit-signal.usecase';
import { AcknowledgeProductUseCase } from './products/acknowledge-product.usecase';
import { ProductFilterUseCase } from './products/product-filter.usecase';
import { ProductInboxUseCase } from './products/product-inbox.usecase';
import { ProductsConsumer } from './products/products.consumer';
import { AgencyProductFilterController, ProductsController } from './products/products.controller';
import { ProductsNotifier } from './products/products-notifier';
import { ProductsRepository } from './products/products.repository';
import { StoreProductsUseCase } from './products/store-products.usecase';
import { CreateDraftUseCase } from './drafts/create-draft.usecase';
import { DraftsController } from './drafts/drafts.controller';
import { DraftsRepository } from './drafts/drafts.repository';
import { EditDraftUseCase } from './drafts/edit-draft.usecase';
import { ForwardDraftUseCase } from './drafts/forward-draft.usecase';
import { ReadDraftsUseCase } from './drafts/read-drafts.usecase';
import { ReviewDraftUseCase } from './drafts/review-draft.usecase';
import { GatewayDraftPurgeScheduler, PurgeStaleDraftsUseCase } from './drafts/purge-drafts.usecase';
import { AcknowledgeGatewayAlertUseCase } from './alerts/acknowledge-alert.usecase';
import { AlertNoticesConsumer } from './alerts/alert-notices.consumer';
import { GatewayAlertsController } from './alerts/alerts.controller';
import { GatewayAlertsRepository } from './alerts/alerts.repository';
import { StoreAlertNoticesUseCase } from './alerts/store-alert-notices.usecase';

@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'gateway', migrations: gatewayMigrations }),
    MessagingModule.forRoot('passerelle-agency-gateway', 'gateway'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  controllers: [
    FeedbackConsumer,
    GatewayErasuresConsumer,
    ProductsConsumer,
    AlertNoticesConsumer,
    SignalsController,
    FeedbackController,
    ProductsController,
    AgencyProductFilterController,
    DraftsController,
    ServiceNoticesController,
    GatewayAlertsController,
  ],
  providers: [
    // An analyst's feedback comes sealed with its signal's data key: the feedback consumer opens it.
    dataKeyReaderProvider,
    SignalsRepository,
    PurgeGatewaySignalsUseCase,
    GatewayPurgeScheduler,
    SubmitSignalUseCase,
    GatewayOutboxRelay,
    FeedbackRepository,
    // OCAM's products (issue 28): the inbox records its own reads (product ids, read receipts).
    ProductsRepository,
    StoreProductsUseCase,
    ProductInboxUseCase,
    AcknowledgeProductUseCase,
    ProductFilterUseCase,
    ProductsNotifier,
    // Reporters' drafts and the permanence cell (issue 29, item 6).
    DraftsRepository,
    CreateDraftUseCase,
    EditDraftUseCase,
    ReviewDraftUseCase,
    ForwardDraftUseCase,
    ReadDraftsUseCase,
    PurgeStaleDraftsUseCase,
    GatewayDraftPurgeScheduler,
    // Alerts to the permanence cell, acknowledged here by the POCs they reached (issue 29, item 7).
    GatewayAlertsRepository,
    StoreAlertNoticesUseCase,
    AcknowledgeGatewayAlertUseCase,
    // Access records — POCs' reads, refused attempts at the edge — go to the audit through an outbox
    // lane of their own, never in front of submissions.
    GatewayAccessOutboxRepository,
    GatewayAccessOutboxRelay,
    GatewayAccessRecords,
    { provide: DENIED_ATTEMPT_SINK, useExisting: GatewayAccessRecords },
    // What agencies are told while a part is degraded (issue 30): /health, the Service-Notice
    // header, GET /v1/service-notices, and the incident's start and end in the ledger.
    ServiceNotices,
    { provide: APP_INTERCEPTOR, useClass: ServiceNoticeInterceptor },
    {
      provide: HEALTH_PROBE,
      useFactory: (n: ServiceNotices) => ({
        name: 'service',
        probe: async () => {
          const notices = n.notices();
          return notices.length ? { state: 'degraded', notices } : { state: 'ok' };
        },
      }),
      inject: [ServiceNotices],
    },
    // A POC's reads of its receipts and of its feedback inbox, one record per answer; and reads of
    // drafts that became signals (a reporter's, the cell's), which name those signals.
    {
      provide: APP_INTERCEPTOR,
      useFactory: (access: GatewayAccessRecords) =>
        new RecordPocReadsInterceptor(access, [SignalsController, FeedbackController, DraftsController]),
      inject: [GatewayAccessRecords],
    },
  ],
})
export class GatewayModule {}

import { Module } from '@nestjs/common';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { AUDIT_WRITER_ROLE, auditMigrations, PersistenceModule } from '@passerelle/persistence';
import { DENIED_ATTEMPT_SINK, SecurityModule } from '@passerelle/security';
import { CheckpointScheduler } from './checkpoints/checkpoint.scheduler';
import { CheckpointsRepository } from './checkpoints/checkpoints.repository';
import { MakeCheckpointUseCase } from './checkpoints/make-checkpoint.usecase';
import { SigningKey } from './checkpoints/signing-key';
import { AuditedTopicsConsumer } from './ledger/audited-topics.consumer';
import { ExportLedgerUseCase } from './ledger/export-ledger.usecase';
import { LedgerRepository } from './ledger/ledger.repository';
import { OversightController } from './ledger/oversight.controller';
import { RecordEventsUseCase } from './ledger/record-events.usecase';
import { VerifyLedgerUseCase } from './ledger/verify-ledger.usecase';
import { RecordDeniedAttemptsUseCase } from './oversight/record-denied-attempts.usecase';
import { RecordOversightQueryUseCase } from './oversight/record-oversight-query.usecase';
import { AccessReviewBuilder } from './reviews/access-review.builder';
import { ListReviewsUseCase } from './reviews/list-reviews.usecase';
import { MarkAnomalyUseCase } from './reviews/mark-anomaly.usecase';
import { ReadAccessReviewUseCase } from './reviews/read-access-review.usecase';
import { ReviewScope } from './reviews/review-scope';
import { ReviewsController } from './reviews/reviews.controller';
import { ClearanceReviewsRepository, ReviewsRepository } from './reviews/reviews.repository';
import { ClearanceReviewBuilder } from './reviews/clearance-review.builder';
import { ReadClearanceReviewUseCase } from './reviews/read-clearance-review.usecase';
import { ReviewBuilders } from './reviews/review-builders';
import { SignOffReviewUseCase } from './reviews/sign-off-review.usecase';
import { ReadRegisterUseCase } from './register/read-register.usecase';
import { RegisterController } from './register/register.controller';
import { RegisterRepository } from './register/register.repository';

@Module({
  imports: [
    // Migrations run as the login role; the app's own connections then hold only the writer
    // role's privileges: SELECT and INSERT on the ledger, never UPDATE, DELETE or TRUNCATE.
    PersistenceModule.forRoot({ schema: 'audit', migrations: auditMigrations, sessionRole: AUDIT_WRITER_ROLE }),
    MessagingModule.forRoot('passerelle-audit', 'audit'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  controllers: [AuditedTopicsConsumer, OversightController, ReviewsController, RegisterController],
  providers: [
    LedgerRepository,
    CheckpointsRepository,
    SigningKey,
    RecordEventsUseCase,
    RecordOversightQueryUseCase,
    // Attempts refused at the audit's own edge go straight into the ledger.
    RecordDeniedAttemptsUseCase,
    { provide: DENIED_ATTEMPT_SINK, useExisting: RecordDeniedAttemptsUseCase },
    VerifyLedgerUseCase,
    ExportLedgerUseCase,
    MakeCheckpointUseCase,
    CheckpointScheduler,
    // The security officer's reviews (issue 29).
    ReviewsRepository,
    ReviewScope,
    AccessReviewBuilder,
    ReadAccessReviewUseCase,
    MarkAnomalyUseCase,
    SignOffReviewUseCase,
    ListReviewsUseCase,
    ClearanceReviewsRepository,
    ClearanceReviewBuilder,
    ReviewBuilders,
    ReadClearanceReviewUseCase,
    // The classified register (issue 29, item 4).
    RegisterRepository,
    ReadRegisterUseCase,
  ],
})
export class AuditModule {}

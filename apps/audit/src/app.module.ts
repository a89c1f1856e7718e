import { Module } from '@nestjs/common';
import { HealthModule } from '@passerelle/http';
import { MessagingModule } from '@passerelle/messaging';
import { auditMigrations, PersistenceModule } from '@passerelle/persistence';
import { SecurityModule } from '@passerelle/security';
import { AuditedTopicsConsumer } from './ledger/audited-topics.consumer';
import { LedgerRepository } from './ledger/ledger.repository';
import { OversightController } from './ledger/oversight.controller';
import { RecordEventsUseCase } from './ledger/record-events.usecase';

@Module({
  imports: [
    PersistenceModule.forRoot({ schema: 'audit', migrations: auditMigrations }),
    MessagingModule.forRoot('passerelle-audit'),
    SecurityModule,
    HealthModule.forRoot(),
  ],
  controllers: [OversightController],
  providers: [LedgerRepository, RecordEventsUseCase, AuditedTopicsConsumer],
})
export class AuditModule {}

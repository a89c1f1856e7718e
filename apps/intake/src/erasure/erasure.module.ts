import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { RetentionModule } from '../retention/retention.module';
import { DecideErasureUseCase } from './decide-erasure.usecase';
import { ErasureLedger } from './erasure-ledger';
import { ErasureRequestsRepository } from './erasure-requests.repository';
import { ErasuresController } from './erasures.controller';
import { RequestErasureUseCase } from './request-erasure.usecase';

/** Two-person erasure of a signal before its retention ends: requested, decided, then purged. */
@Module({
  imports: [OutboxModule, RetentionModule],
  controllers: [ErasuresController],
  providers: [ErasureRequestsRepository, ErasureLedger, RequestErasureUseCase, DecideErasureUseCase],
})
export class ErasureModule {}

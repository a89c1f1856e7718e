import { Families } from '@passerelle/contracts';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Batch, ConsumerGroup, KafkaConsumer } from '@passerelle/messaging';
import { RecordEventsUseCase } from './record-events.usecase';

const AUDITED = [
  Families.submitted,
  Families.routed,
  Families.rejected,
  Families.purged,
  Families.erasures,
  Families.feed,
  Families.feedback,
  Families.accessRecorded,
  Families.principalsChanged,
  Families.watchlistsRecorded,
  Families.products,
  Families.productReceipts,
  Families.disseminationRecorded,
  Families.deadLetters,
];

/**
 * The audit's consumer group: every topic of the pipeline, one append transaction per fetch (the
 * ledger is one chain). The ledger records what a message is, whatever its shape — a malformed
 * one as such — so the transport checks no contract here.
 */
export const auditGroup: ConsumerGroup = { name: 'audit', coalesce: true };

/** Consumes every topic of the pipeline into the ledger. */
@KafkaConsumer()
export class AuditedTopicsConsumer {
  constructor(private readonly record: RecordEventsUseCase) {}

  @EventPattern(AUDITED, { group: auditGroup })
  async recordBatch(@Payload() batch: Batch): Promise<void> {
    await this.record.handleBatch(batch);
  }
}

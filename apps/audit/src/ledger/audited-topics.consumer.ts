import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { coalesceSettings, KafkaService } from '@passerelle/messaging';
import { RecordEventsUseCase } from './record-events.usecase';

/** Consumes every topic of the pipeline into the ledger. */
@Injectable()
export class AuditedTopicsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaService,
    private readonly record: RecordEventsUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const t = this.kafka.topics;
    await this.kafka.startBatchConsumer({
      name: 'audit',
      topics: [
        t.submittedPattern,
        t.routed,
        t.rejected,
        t.feedPattern,
        t.feedbackPattern,
        t.accessRecorded,
        t.principalsChanged,
        t.deadLettersPattern,
      ],
      handle: (messages) => this.record.handleBatch(messages),
      // The ledger is one chain: one append transaction per fetch, not per partition.
      coalesce: coalesceSettings(),
    });
  }
}

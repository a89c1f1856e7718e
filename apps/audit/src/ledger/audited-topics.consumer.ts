import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { KafkaService } from '@passerelle/messaging';
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
      topics: [t.submittedPattern, t.routed, t.rejected, t.feedPattern, t.feedbackPattern, t.accessRecorded],
      handle: (messages) => this.record.handleBatch(messages),
    });
  }
}

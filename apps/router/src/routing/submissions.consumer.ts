import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { coalesceSettings, KafkaService } from '@passerelle/messaging';
import { RouteSignalsUseCase } from './route-signals.usecase';

/** Thin: subscribes to every agency's submission topic and hands each batch to the use case. */
@Injectable()
export class SubmissionsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaService,
    private readonly route: RouteSignalsUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startBatchConsumer({
      name: 'router',
      topics: [this.kafka.topics.submittedPattern],
      handle: (messages) => this.route.handleBatch(messages),
      // One routing transaction (and one take of the routing lock) per fetch, not per partition.
      coalesce: coalesceSettings(),
    });
  }
}

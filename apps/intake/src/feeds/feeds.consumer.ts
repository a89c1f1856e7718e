import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { coalesceSettings, KafkaService } from '@passerelle/messaging';
import { RecordFlowUseCase } from '../stats/record-flow.usecase';
import { StoreFeedSignalsUseCase } from './store-feed-signals.usecase';

/** The feeds this intake serves (`INTAKE_FEEDS`, default `ocam`). */
export function intakeFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.INTAKE_FEEDS ?? 'ocam')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

/** Consumes the intake's feeds, and the routing verdicts and rejections for the flow figures. */
@Injectable()
export class FeedsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaService,
    private readonly store: StoreFeedSignalsUseCase,
    private readonly flow: RecordFlowUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startBatchConsumer({
      name: 'intake',
      topics: intakeFeeds().map((f) => this.kafka.topics.feed(f)),
      handle: (messages) => this.store.handleBatch(messages),
      coalesce: coalesceSettings(),
    });
    await this.kafka.startBatchConsumer({
      name: 'intake-flow',
      topics: [this.kafka.topics.routed, this.kafka.topics.rejected],
      handle: (messages) => this.flow.handleBatch(messages),
    });
  }
}

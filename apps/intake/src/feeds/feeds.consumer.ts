import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { KafkaService } from '@passerelle/messaging';
import { StoreFeedSignalsUseCase } from './store-feed-signals.usecase';

/** Consumes the feeds the intake serves (`INTAKE_FEEDS`, default `ocam`). */
@Injectable()
export class FeedsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly kafka: KafkaService,
    private readonly store: StoreFeedSignalsUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const feeds = (process.env.INTAKE_FEEDS ?? 'ocam')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    await this.kafka.startBatchConsumer({
      name: 'intake',
      topics: feeds.map((f) => this.kafka.topics.feed(f)),
      handle: (messages) => this.store.handleBatch(messages),
    });
  }
}

import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { FeedSignalEvent, SignalRejectedEvent, SignalRoutedEvent } from '@passerelle/contracts';
import {
  coalesceSettings,
  contractCheck,
  KafkaService,
  MessageCheck,
  mustBeStorableInstant,
  mustBeUuid,
  mustMatchTopic,
} from '@passerelle/messaging';
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
  private flowCheck(): MessageCheck {
    const routed = contractCheck(SignalRoutedEvent, (e) => mustBeStorableInstant('occurredAt', e.occurredAt));
    const rejected = contractCheck(SignalRejectedEvent, (e) => mustBeStorableInstant('occurredAt', e.occurredAt));
    return (m) => (m.topic === this.kafka.topics.rejected ? rejected(m) : routed(m));
  }

  constructor(
    private readonly kafka: KafkaService,
    private readonly store: StoreFeedSignalsUseCase,
    private readonly flow: RecordFlowUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startBatchConsumer({
      name: 'intake',
      topics: intakeFeeds().map((f) => this.kafka.topics.feed(f)),
      // The feed a signal lands on is the topic's: a payload naming another is a dead letter.
      check: contractCheck(FeedSignalEvent, (e, m) => [
        ...mustMatchTopic('feed', e.feed, this.kafka.topics.feedPattern.exec(m.topic)?.[1]),
        ...mustBeUuid('signalId', e.signalId),
        ...mustBeStorableInstant('occurredAt', e.occurredAt),
      ]),
      handle: (messages) => this.store.handleBatch(messages),
      coalesce: coalesceSettings(),
    });
    await this.kafka.startBatchConsumer({
      name: 'intake-flow',
      topics: [this.kafka.topics.routed, this.kafka.topics.rejected],
      check: this.flowCheck(),
      handle: (messages) => this.flow.handleBatch(messages),
    });
  }
}

import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { FeedSignalEvent, SignalRejectedEvent, SignalRoutedEvent } from '@passerelle/contracts';
import {
  Batch,
  BatchHandlerExtras,
  BatchRpcContext,
  ConsumerGroup,
  Families,
  KafkaConsumer,
  mustBeStorableInstant,
  mustBeUuid,
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

/** The intake's consumer groups: its feeds (one transaction per fetch), and the flow figures. */
export const intakeConsumers = (): ConsumerGroup[] => [
  { name: 'intake', families: [Families.feed], only: { feed: intakeFeeds() }, coalesce: true, sealed: true },
  { name: 'intake-flow', families: [Families.routed, Families.rejected] },
];

const feedContract: BatchHandlerExtras<FeedSignalEvent> = {
  contract: FeedSignalEvent,
  // The feed is the topic's (the transport refuses a payload naming another).
  check: (e) => [...mustBeUuid('signalId', e.signalId), ...mustBeStorableInstant('occurredAt', e.occurredAt)],
};
const routedContract: BatchHandlerExtras<SignalRoutedEvent> = {
  contract: SignalRoutedEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};
const rejectedContract: BatchHandlerExtras<SignalRejectedEvent> = {
  contract: SignalRejectedEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

/** Consumes the intake's feeds, and the routing verdicts and rejections for the flow figures. */
@KafkaConsumer()
export class FeedsConsumer {
  constructor(
    private readonly store: StoreFeedSignalsUseCase,
    private readonly flow: RecordFlowUseCase,
  ) {}

  @EventPattern(Families.feed, feedContract)
  async feeds(@Payload() batch: Batch, @Ctx() _ctx: BatchRpcContext): Promise<void> {
    await this.store.handleBatch(batch);
  }

  @EventPattern(Families.routed, routedContract)
  async routed(@Payload() batch: Batch): Promise<void> {
    await this.flow.handleBatch(batch);
  }

  @EventPattern(Families.rejected, rejectedContract)
  async rejected(@Payload() batch: Batch): Promise<void> {
    await this.flow.handleBatch(batch);
  }
}

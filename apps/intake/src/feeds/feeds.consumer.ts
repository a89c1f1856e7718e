import { productReceiptsConsumer } from '../products/product-receipts.consumer';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { AGENCY_PATTERN, FeedSignalEvent, SignalRejectedEvent, SignalRoutedEvent, TopicNames } from '@passerelle/contracts';
import {
  Batch,
  BatchHandlerExtras,
  BatchRpcContext,
  ConsumerGroup,
  DeadLetterEvent,
  derivedId,
  Families,
  feedbackEvent,
  IncomingMessage,
  KafkaConsumer,
  mustBeStorableInstant,
  mustBeUuid,
  newTraceId,
  OutgoingEvent,
  parseJson,
  stamped,
  traceIdOfMessage,
} from '@passerelle/messaging';
import { RecordFlowUseCase } from '../stats/record-flow.usecase';
import { StoreFeedSignalsUseCase } from './store-feed-signals.usecase';

/** The feeds this intake serves (`INTAKE_FEEDS`, default `ocam,exercise`: OCAM's feed and its exercises, docs/exercises.md). */
export function intakeFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.INTAKE_FEEDS ?? 'ocam,exercise')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

/** The intake's consumer groups: its feeds (one transaction per fetch), and the flow figures. */
export const intakeConsumers = (): ConsumerGroup[] => [
  { name: 'intake', families: [Families.feed], only: { feed: intakeFeeds() }, coalesce: true, sealed: true, onDeadLetter: failedNotice },
  { name: 'intake-flow', families: [Families.routed, Families.rejected] },
  // The agencies' reads and acknowledgements of OCAM's products (issue 28).
  productReceiptsConsumer,
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AGENCY = new RegExp(`^${AGENCY_PATTERN}$`);

/**
 * The source agency's `failed` notice for a feed message the intake set aside (its contract, or a
 * value Postgres refuses): the signal was published to the feed but is not stored, and the agency's
 * receipt says so, with the reasons as codes. None for content that cannot be opened (its key
 * destroyed: erased; its tag failing: altered or replayed) — the signal's fate is not that message's —
 * nor for a message naming no signal or agency.
 */
export function failedNotice(m: IncomingMessage, letter: DeadLetterEvent, topics: TopicNames): OutgoingEvent[] {
  const feed = topics.feedPattern.exec(m.topic)?.[1];
  if (!feed || letter.reasons.some((r) => r.reason.startsWith('sealed-'))) return [];
  const parsed = parseJson(m.value);
  const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {}) as Record<string, unknown>;
  if (typeof p.signalId !== 'string' || !UUID.test(p.signalId) || typeof p.agency !== 'string' || !AGENCY.test(p.agency)) return [];
  const traceId = traceIdOfMessage(m) ?? (typeof p.traceId === 'string' && /^[0-9a-f]{32}$/.test(p.traceId) ? p.traceId : newTraceId());
  const notice = feedbackEvent(topics, {
    id: derivedId(letter.eventId, 'failed'),
    occurredAt: letter.occurredAt,
    signalId: p.signalId,
    traceId,
    agency: p.agency,
    status: 'failed',
    detail: { feed, reasons: letter.reasons },
  });
  return stamped([notice], 'passerelle/intake', letter.occurredAt);
}

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

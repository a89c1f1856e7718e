import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { AGENCY_PATTERN, Families, FeedSignalEvent, TopicNames } from '@passerelle/contracts';
import {
  Batch,
  BatchHandlerExtras,
  BatchRpcContext,
  ConsumerGroup,
  DeadLetterEvent,
  feedbackEvent,
  IncomingMessage,
  KafkaConsumer,
  mustBeStorableInstant,
  mustBeUuid,
  newTraceId,
  jsonOf,
  OutgoingEvent,
  stamped,
  traceIdOfMessage,
} from '@passerelle/messaging';
import { derivedId } from '@passerelle/crypto';
import { StoreFeedSignalsUseCase } from './store-feed-signals.usecase';

/** The feeds this intake serves (`INTAKE_FEEDS`, default `ocam,exercise`: OCAM's feed and its exercises, docs/exercises.md). */
export function intakeFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.INTAKE_FEEDS ?? 'ocam,exercise')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

/** The intake's consumer group of its feeds (one transaction per fetch). */
export const feedsGroup: ConsumerGroup = {
  name: 'intake',
  /** The feeds this intake serves (`INTAKE_FEEDS`), read when the transport starts. */
  get only() {
    return { feed: intakeFeeds() };
  },
  coalesce: true,
  sealed: true,
  onDeadLetter: failedNotice,
};

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
  // What the transport decoded of it (a message failing its contract may be neither JSON nor an object).
  const parsed = jsonOf(m);
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
  group: feedsGroup,
  contract: FeedSignalEvent,
  // The feed is the topic's (the transport refuses a payload naming another).
  check: (e) => [...mustBeUuid('signalId', e.signalId), ...mustBeStorableInstant('occurredAt', e.occurredAt)],
};

/** Consumes the intake's feeds (the routing verdicts and rejections are the flow figures', stats/flow.consumer.ts). */
@KafkaConsumer()
export class FeedsConsumer {
  constructor(private readonly store: StoreFeedSignalsUseCase) {}

  @EventPattern(Families.feed, feedContract)
  async feeds(@Payload() batch: Batch<FeedSignalEvent>, @Ctx() _ctx: BatchRpcContext): Promise<void> {
    await this.store.handleBatch(batch);
  }
}

import { Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Families, FeedbackEvent, TopicNames } from '@passerelle/contracts';
import {
  Batch,
  BatchHandlerExtras,
  ConsumerGroup,
  eventIdOf,
  IncomingMessage,
  InjectTopics,
  jsonOf,
  KafkaConsumer,
  mustBeStorableInstant,
  traceIdOfMessage,
} from '@passerelle/messaging';
import { FeedbackRepository, FeedbackRow } from './feedback.repository';

/**
 * The gateway's consumer group of every agency's feedback topic (new agencies picked up at run
 * time). One transaction per fetch: every partition's notices take the same turn (seq in commit
 * order). An analyst's feedback is sealed with its signal's data key: the transport opens it into
 * `detail` (one key query per fetch); one whose key is gone (the signal erased or purged) is
 * dead-lettered as it came, sealed, and filed in no inbox.
 */
export const feedbackGroup: ConsumerGroup = { name: 'gateway-feedback', coalesce: true, sealed: true, sealedInto: 'detail' };

const feedbackContract: BatchHandlerExtras<FeedbackEvent> = {
  group: feedbackGroup,
  contract: FeedbackEvent,
  // The agency is the topic's (the transport refuses a payload naming another). Not necessarily a
  // UUID: a rejection notice names what an unreadable message claimed.
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

/** Consumes every agency's feedback topic into the gateway's inboxes and receipts. */
@KafkaConsumer()
export class FeedbackConsumer {
  private readonly logger = new Logger('Feedback');

  constructor(
    @InjectTopics() private readonly topics: TopicNames,
    private readonly feedback: FeedbackRepository,
  ) {}

  @EventPattern(Families.feedback, feedbackContract)
  async notices(@Payload() batch: Batch<FeedbackEvent>): Promise<void> {
    await this.feedback.store(batch.map((m) => this.toRow(m)).filter((r): r is FeedbackRow => r !== null));
  }

  /**
   * The agency is the topic's, never the payload's: a notice is filed only in the inbox of the
   * agency whose feedback topic carried it. One whose payload names another agency is skipped with
   * its reason logged (not filed under either name), and the partition moves on. The transport's
   * contract check already refuses such a payload (dead letter), as one lacking its signal id or
   * status; these guards stay for a message that reaches `toRow` another way (its spec).
   */
  toRow(m: IncomingMessage): FeedbackRow | null {
    const agency = this.topics.feedbackPattern.exec(m.topic)?.[1];
    // The payload the transport decoded (parsed again only for a message built without one).
    const parsed = jsonOf(m);
    const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value ? parsed.value : null) as Record<string, unknown> | null;
    let reason: string | null = null;
    if (!agency) reason = 'not a feedback topic';
    else if (!parsed.ok) reason = parsed.code;
    else if (!p || typeof p.signalId !== 'string' || typeof p.status !== 'string') reason = 'payload lacks signalId or status';
    // The payload's agency is outside input: logged as a fact, never quoted.
    else if (p.agency !== undefined && p.agency !== agency) reason = `payload names another agency than the topic's (${agency})`;
    if (reason || !agency || !p) {
      this.logger.error(`skipping feedback ${m.topic}/${m.partition}@${m.offset}: ${reason}; filed in no inbox`);
      return null;
    }
    const occurred =
      typeof p.occurredAt === 'string' && !isNaN(Date.parse(p.occurredAt)) ? p.occurredAt : new Date(Number(m.timestamp)).toISOString();
    return {
      eventId: eventIdOf(m),
      agency,
      signalId: (p.signalId as string).slice(0, 100),
      status: (p.status as string).slice(0, 40),
      detail: p.detail && typeof p.detail === 'object' ? (p.detail as Record<string, unknown>) : {},
      traceId: traceIdOfMessage(m) ?? null,
      occurredAt: occurred,
      sealed: m.sealedValue !== undefined,
    };
  }
}

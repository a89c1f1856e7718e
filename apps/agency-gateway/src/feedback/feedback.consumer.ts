import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { eventIdOf, IncomingMessage, KafkaService, parseJson, traceIdOfMessage } from '@passerelle/messaging';
import { FeedbackRepository, FeedbackRow } from './feedback.repository';

/** Consumes every agency's feedback topic into the gateway's inboxes and receipts. */
@Injectable()
export class FeedbackConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('Feedback');

  constructor(
    private readonly kafka: KafkaService,
    private readonly feedback: FeedbackRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.startBatchConsumer({
      name: 'gateway-feedback',
      topics: [this.kafka.topics.feedbackPattern],
      handle: (messages) =>
        this.feedback.store(messages.map((m) => this.toRow(m)).filter((r): r is FeedbackRow => r !== null)).then(() => undefined),
    });
  }

  /** The agency is the topic's, never the payload's: a mislabelled event cannot reach another inbox. */
  toRow(m: IncomingMessage): FeedbackRow | null {
    const agency = this.kafka.topics.feedbackPattern.exec(m.topic)?.[1];
    const parsed = parseJson(m.value);
    const p = (parsed.ok && typeof parsed.value === 'object' && parsed.value ? parsed.value : null) as Record<string, unknown> | null;
    if (
      !agency ||
      !p ||
      typeof p.signalId !== 'string' ||
      typeof p.status !== 'string' ||
      (p.agency !== undefined && p.agency !== agency)
    ) {
      this.logger.error(`skipping unreadable or mislabelled feedback ${m.topic}/${m.partition}@${m.offset}`);
      return null;
    }
    const occurred =
      typeof p.occurredAt === 'string' && !isNaN(Date.parse(p.occurredAt)) ? p.occurredAt : new Date(Number(m.timestamp)).toISOString();
    return {
      eventId: eventIdOf(m),
      agency,
      signalId: p.signalId.slice(0, 100),
      status: p.status.slice(0, 40),
      detail: p.detail && typeof p.detail === 'object' ? (p.detail as Record<string, unknown>) : {},
      traceId: traceIdOfMessage(m) ?? null,
      occurredAt: occurred,
    };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { EventTypes, FeedbackEvent, FeedSignalEvent } from '@passerelle/contracts';
import { derivedId, IncomingMessage, KafkaService, OutgoingEvent, parseJson, traceIdOfMessage } from '@passerelle/messaging';
import { IntakeRepository } from './intake.repository';

const SOURCE = 'passerelle/intake';

function isFeedSignal(v: unknown): v is FeedSignalEvent {
  const e = v as FeedSignalEvent;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.signalId === 'string' &&
    typeof e.agency === 'string' &&
    typeof e.feed === 'string' &&
    typeof e.signal === 'object' &&
    e.signal !== null &&
    typeof e.signal.category === 'string'
  );
}

/** Stores routed signals into the intake and tells the source agency they were delivered. */
@Injectable()
export class StoreFeedSignalsUseCase {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly repo: IntakeRepository,
    private readonly kafka: KafkaService,
  ) {}

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    await this.repo.transaction(async (tx) => {
      const withIds = messages.map((m) => ({ m, eventId: m.headers['ce-id'] || `${m.topic}/${m.partition}/${m.offset}` }));
      const fresh = await tx.claim(
        withIds.map(({ m, eventId }) => ({ eventId, topic: m.topic, partition: m.partition, offset: m.offset })),
      );
      const events: { e: FeedSignalEvent; eventId: string; m: IncomingMessage }[] = [];
      for (const { m, eventId } of withIds) {
        if (!fresh.delete(eventId)) continue;
        const parsed = parseJson(m.value);
        // Feed topics are written by the router only; anything else is logged and skipped, never blocking.
        if (!parsed.ok || !isFeedSignal(parsed.value)) {
          this.logger.error(`skipping malformed feed event ${m.topic}/${m.partition}@${m.offset}`);
          continue;
        }
        events.push({ e: parsed.value, eventId, m });
      }
      const stored = await tx.insertSignals(events.map((x) => x.e));
      const now = new Date().toISOString();
      const out: OutgoingEvent[] = events
        .filter(({ e }) => stored.has(e.signalId))
        .map(({ e, eventId, m }) => {
          const traceId = traceIdOfMessage(m) ?? e.traceId;
          const fb: FeedbackEvent = {
            eventId: derivedId(eventId, 'delivered'),
            occurredAt: now,
            signalId: e.signalId,
            traceId,
            agency: e.agency,
            status: 'delivered',
            detail: { feed: e.feed },
          };
          return {
            topic: this.kafka.topics.feedback(e.agency),
            key: e.signalId,
            id: fb.eventId,
            type: EventTypes.feedback,
            source: SOURCE,
            time: now,
            traceId,
            payload: fb,
          };
        });
      await this.kafka.publish(out);
    });
  }
}

import { Injectable } from '@nestjs/common';
import { EventTypes, TopicNames, WatchlistRecordedEvent } from '@passerelle/contracts';
import { InjectTopics, newTraceId } from '@passerelle/messaging';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeOutbox } from '../outbox/intake-outbox';

export type WatchlistFact = Omit<WatchlistRecordedEvent, 'eventId' | 'occurredAt'>;

/**
 * Writes watchlist facts for the ledger (`watchlists.recorded.v1`) through the intake's outbox, in
 * the transaction of the fact they report: no version, delivery, evaluation or hit goes unrecorded,
 * even with Kafka down.
 */
@Injectable()
export class WatchlistLedger {
  constructor(
    private readonly outbox: IntakeOutbox,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async record(facts: WatchlistFact[], em: EntityManager): Promise<void> {
    const now = new Date().toISOString();
    await this.outbox.enqueue(
      facts.map((f) => {
        const traceId = f.traceId ?? newTraceId();
        const payload: WatchlistRecordedEvent = { eventId: randomUUID(), occurredAt: now, ...f, traceId };
        return {
          topic: this.topics.watchlistsRecorded,
          key: f.list,
          id: payload.eventId,
          type: EventTypes.watchlistRecorded,
          traceId,
          payload,
        };
      }),
      em,
    );
  }
}

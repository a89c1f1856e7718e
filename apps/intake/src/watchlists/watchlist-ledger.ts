import { Injectable } from '@nestjs/common';
import { EventTypes, WatchlistRecordedEvent } from '@passerelle/contracts';
import { KafkaService, newTraceId } from '@passerelle/messaging';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeOutboxRelay } from '../outbox/intake-outbox.relay';
import { IntakeOutboxRepository } from '../outbox/intake-outbox.repository';

export type WatchlistFact = Omit<WatchlistRecordedEvent, 'eventId' | 'occurredAt'>;

/**
 * Writes watchlist facts for the ledger (`watchlists.recorded.v1`) through the intake's outbox, in
 * the transaction of the fact they report: no version, delivery, evaluation or hit goes unrecorded,
 * even with Kafka down.
 */
@Injectable()
export class WatchlistLedger {
  constructor(
    private readonly outbox: IntakeOutboxRepository,
    private readonly relay: IntakeOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async record(facts: WatchlistFact[], em: EntityManager): Promise<void> {
    const now = new Date().toISOString();
    await this.outbox.enqueue(
      facts.map((f) => {
        const traceId = f.traceId ?? newTraceId();
        const payload: WatchlistRecordedEvent = { eventId: randomUUID(), occurredAt: now, ...f, traceId };
        return {
          topic: this.kafka.topics.watchlistsRecorded,
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

  /** Tells the relay rows are waiting (after the transaction that wrote them). */
  nudge(): void {
    this.relay.nudge();
  }
}

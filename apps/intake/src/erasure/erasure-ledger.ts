import { Injectable } from '@nestjs/common';
import { ErasureStep } from '@passerelle/contracts';
import { erasureEvent, KafkaService } from '@passerelle/messaging';
import { EntityManager } from 'typeorm';
import { IntakeOutboxRelay } from '../outbox/intake-outbox.relay';
import { IntakeOutboxRepository } from '../outbox/intake-outbox.repository';
import { ErasureRequest } from './erasure-requests.repository';

/** Writes each step of an erasure request to `signals.erasure.recorded.v1`, through the outbox, in the step's transaction. */
@Injectable()
export class ErasureLedger {
  constructor(
    private readonly outbox: IntakeOutboxRepository,
    private readonly relay: IntakeOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async record(em: EntityManager, r: ErasureRequest, step: ErasureStep, traceId?: string): Promise<void> {
    await this.outbox.enqueue(
      [
        erasureEvent(this.kafka.topics, {
          occurredAt: new Date().toISOString(),
          signalId: r.signalId,
          traceId: traceId ?? null,
          requestId: r.id,
          step,
          reason: r.reason,
          requestedBy: r.requestedBy,
          ...(r.decidedBy ? { decidedBy: r.decidedBy } : {}),
        }),
      ],
      em,
    );
  }

  nudge(): void {
    this.relay.nudge();
  }
}

import { Injectable } from '@nestjs/common';
import { ErasureStep, TopicNames } from '@passerelle/contracts';
import { erasureEvent, InjectTopics } from '@passerelle/messaging';
import { EntityManager } from 'typeorm';
import { IntakeOutbox } from '../outbox/intake-outbox';
import { ErasureRequest } from './erasure-requests.repository';

/** Writes each step of an erasure request to `signals.erasure.recorded.v1`, through the outbox, in the step's transaction (the relay nudged once it commits). */
@Injectable()
export class ErasureLedger {
  constructor(
    private readonly outbox: IntakeOutbox,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async record(em: EntityManager, r: ErasureRequest, step: ErasureStep, traceId?: string): Promise<void> {
    await this.outbox.enqueue(
      [
        erasureEvent(this.topics, {
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
}

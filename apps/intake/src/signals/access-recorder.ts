import { Injectable } from '@nestjs/common';
import { AccessRecordedEvent, EventTypes } from '@passerelle/contracts';
import { KafkaService } from '@passerelle/messaging';
import { DeniedAttemptSink, Principal } from '@passerelle/security';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeOutboxRelay } from '../outbox/intake-outbox.relay';
import { IntakeOutboxRepository } from '../outbox/intake-outbox.repository';

export interface ReadSignal {
  signalId: string;
  agency: string;
  traceId: string | null;
}

/**
 * Records every read of signal content as `access.recorded.v1`: who, what, when, through which
 * endpoint, under which role. The record is made durable (outbox) before the content is returned;
 * if it cannot be, the read fails. Reads of other things (statistics, principals) and refused
 * attempts (as the edge's sink of denied attempts) go the same way.
 */
@Injectable()
export class AccessRecorder implements DeniedAttemptSink {
  constructor(
    private readonly outbox: IntakeOutboxRepository,
    private readonly relay: IntakeOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async record(principal: Principal, endpoint: string, signals: ReadSignal[], em?: EntityManager): Promise<void> {
    if (signals.length === 0) return;
    const now = new Date().toISOString();
    await this.outbox.enqueue(
      signals.map((s) => {
        const traceId = s.traceId ?? randomBytes(16).toString('hex');
        const payload: AccessRecordedEvent = {
          eventId: randomUUID(),
          occurredAt: now,
          principalId: principal.id,
          principalName: principal.name,
          role: principal.role,
          endpoint,
          signalId: s.signalId,
          agency: s.agency,
          traceId,
        };
        return {
          topic: this.kafka.topics.accessRecorded,
          key: principal.id,
          id: payload.eventId,
          type: EventTypes.accessRecorded,
          traceId,
          payload,
        };
      }),
      em,
    );
    if (!em) this.relay.nudge();
  }

  /** A read that shows no signal content (statistics, principals): who, through which endpoint, which id. */
  async recordRead(principal: Principal, endpoint: string, resourceId: string | null): Promise<void> {
    const payload: AccessRecordedEvent = {
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      principalId: principal.id,
      principalName: principal.name,
      role: principal.role,
      endpoint,
      outcome: 'read',
      ...(resourceId ? { resourceId } : {}),
    };
    await this.write([payload]);
  }

  /** Access records built elsewhere (the edge's denied attempts), in one outbox insert. */
  async write(records: AccessRecordedEvent[]): Promise<void> {
    if (records.length === 0) return;
    await this.outbox.enqueue(
      records.map((payload) => {
        const traceId = payload.traceId ?? randomBytes(16).toString('hex');
        return {
          topic: this.kafka.topics.accessRecorded,
          key: payload.principalId ?? payload.source ?? 'unknown',
          id: payload.eventId,
          type: EventTypes.accessRecorded,
          traceId,
          payload,
        };
      }),
    );
    this.relay.nudge();
  }
}

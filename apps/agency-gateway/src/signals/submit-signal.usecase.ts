import { Injectable } from '@nestjs/common';
import { EventTypes, SignalSubmission, SignalSubmittedEvent } from '@passerelle/contracts';
import { ProblemException } from '@passerelle/http';
import { KafkaService, newTraceId } from '@passerelle/messaging';
import { Principal } from '@passerelle/security';
import canonicalize from 'canonicalize';
import { createHash, randomUUID } from 'node:crypto';
import { GatewayOutboxRelay } from './outbox-relay.service';
import { SignalsRepository } from './signals.repository';

export interface SubmissionReceipt {
  signalId: string;
  externalRef: string;
  traceId: string;
  status: 'accepted';
  acceptedAt: string;
  repeated: boolean;
  receiptUrl: string;
}

@Injectable()
export class SubmitSignalUseCase {
  constructor(
    private readonly signals: SignalsRepository,
    private readonly kafka: KafkaService,
    private readonly relay: GatewayOutboxRelay,
  ) {}

  async execute(principal: Principal, signal: SignalSubmission, traceId = newTraceId()): Promise<SubmissionReceipt> {
    const agency = principal.agency;
    if (!agency) throw new Error('a POC principal always has an agency');
    const contentHash = createHash('sha256')
      .update(canonicalize(signal) ?? '', 'utf8')
      .digest('hex');
    const id = randomUUID();
    const now = new Date();
    const payload: SignalSubmittedEvent = {
      eventId: randomUUID(),
      occurredAt: now.toISOString(),
      signalId: id,
      traceId,
      agency,
      signal,
    };
    const { created, signal: stored } = await this.signals.insertWithOutbox(
      { id, agency, externalRef: signal.externalRef, contentHash, traceId, createdAt: now, payload: signal, submittedBy: principal.id },
      {
        id: payload.eventId,
        type: EventTypes.signalSubmitted,
        topic: this.kafka.topics.submitted(agency),
        key: id,
        source: `passerelle/agency-gateway/${agency}`,
        time: payload.occurredAt,
        traceId,
        payload,
      },
    );
    if (!created && stored.contentHash !== contentHash) {
      throw new ProblemException({
        type: 'urn:passerelle:problem:external-ref-conflict',
        title: 'externalRef already used for different content',
        status: 409,
        detail: `your agency already submitted externalRef '${signal.externalRef}' with different content (signal ${stored.id}); use a new externalRef for a new signal`,
        signalId: stored.id,
      });
    }
    if (created) this.relay.nudge();
    return {
      signalId: stored.id,
      externalRef: stored.externalRef,
      traceId: stored.traceId,
      status: 'accepted',
      acceptedAt: stored.createdAt.toISOString(),
      repeated: !created,
      receiptUrl: `/v1/signals/${stored.id}`,
    };
  }
}

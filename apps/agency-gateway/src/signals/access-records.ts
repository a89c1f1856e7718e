import { Injectable } from '@nestjs/common';
import { AccessRecordedEvent, EventTypes } from '@passerelle/contracts';
import { KafkaService } from '@passerelle/messaging';
import { DeniedAttemptSink } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { GatewayOutboxRelay } from './outbox-relay.service';
import { SignalsRepository } from './signals.repository';

const SOURCE = 'passerelle/agency-gateway';

/**
 * The gateway's refused attempts (401, 403, 404 at its edge) as access records: into its outbox,
 * then `access.recorded.v1`, then the audit's ledger — the path the intake's reads take.
 */
@Injectable()
export class GatewayAccessRecords implements DeniedAttemptSink {
  constructor(
    private readonly outbox: SignalsRepository,
    private readonly relay: GatewayOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async write(records: AccessRecordedEvent[]): Promise<void> {
    await this.outbox.enqueue(
      records.map((payload) => ({
        topic: this.kafka.topics.accessRecorded,
        key: payload.principalId ?? payload.source ?? 'unknown',
        id: payload.eventId,
        type: EventTypes.accessRecorded,
        source: SOURCE,
        time: payload.occurredAt,
        traceId: payload.traceId ?? randomBytes(16).toString('hex'),
        payload,
      })),
    );
    this.relay.nudge();
  }
}

import { Injectable } from '@nestjs/common';
import { AccessRecordedEvent, EventTypes, TopicNames } from '@passerelle/contracts';
import { InjectTopics, Queryable } from '@passerelle/messaging';
import { DeniedAttemptSink, Principal, ReadSignal, readRecords } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { GatewayAccessOutboxRelay } from './access-outbox.relay';
import { GatewayAccessOutboxRepository } from './access-outbox.repository';

const SOURCE = 'passerelle/agency-gateway';

/**
 * The gateway's access records — points of contact's reads (receipts, the feedback inbox) and the
 * refused attempts at its edge (401, 403, 404) — into its access outbox (a lane of its own), then
 * `access.recorded.v1`, then the audit's ledger: the path the intake's reads take.
 */
@Injectable()
export class GatewayAccessRecords implements DeniedAttemptSink {
  constructor(
    private readonly outbox: GatewayAccessOutboxRepository,
    private readonly relay: GatewayAccessOutboxRelay,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  /** One read of these signals: one record listing them (none for an answer that held no signal). */
  async recordRead(principal: Principal, endpoint: string, signals: ReadSignal[]): Promise<void> {
    if (signals.length === 0) return;
    await this.write(readRecords(principal, endpoint, signals));
  }

  /** Into the access outbox; inside the caller's transaction when `into` is given (then nudge after it commits). */
  async write(records: AccessRecordedEvent[], into?: Queryable): Promise<void> {
    if (records.length === 0) return;
    await this.outbox.enqueue(
      records.map((payload) => ({
        topic: this.topics.accessRecorded,
        key: payload.principalId ?? payload.source ?? 'unknown',
        id: payload.eventId,
        type: EventTypes.accessRecorded,
        source: SOURCE,
        time: payload.occurredAt,
        traceId: payload.traceId ?? randomBytes(16).toString('hex'),
        payload,
      })),
      into,
    );
    if (!into) this.relay.nudge();
  }

  nudge(): void {
    this.relay.nudge();
  }
}

import { Injectable } from '@nestjs/common';
import { EventTypes } from '@passerelle/contracts';
import { KafkaService } from '@passerelle/messaging';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeAccessOutboxRelay } from '../outbox/access-outbox.relay';
import { IntakeAccessOutboxRepository } from '../outbox/access-outbox.repository';
import { alertLink } from './alert-senders';

/** The steps of an alert the ledger holds (`alert.<step>`). */
export type AlertStep = 'raised' | 'sent' | 'escalated' | 'parked' | 'acknowledged';

/**
 * One step of an alert as the ledger holds it: which alert, its level and link, whom it reached
 * (the principal, by id and name), by which channel, at which step of the rota — never content.
 */
export interface AlertFact {
  step: AlertStep;
  alertId: string;
  alertLevel: string;
  kind: string;
  rotaVersion: number;
  rotaStep: number;
  /** The principal it went to (raised, sent, escalated) or who acknowledged it; null: the rota named nobody the intake knows. */
  principalId: string | null;
  principalName: string | null;
  channel?: 'email' | 'webhook';
  attempts?: number;
  /** Why a delivery was parked: a code (`http-500`, `ETIMEDOUT`). */
  reason?: string;
  signalId?: string | null;
  productId?: string | null;
  /** The agency whose permanence cell it alerts. */
  agency?: string | null;
}

/**
 * Writes each step of an alert for the ledger (`access.recorded.v1`, type `alert.recorded.v1`)
 * through the intake's access outbox, in the transaction of the step: no alert is raised, sent,
 * escalated, parked or acknowledged without its entry, even with Kafka down.
 */
@Injectable()
export class AlertLedger {
  constructor(
    private readonly outbox: IntakeAccessOutboxRepository,
    private readonly relay: IntakeAccessOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async record(facts: AlertFact[], em: EntityManager): Promise<void> {
    if (facts.length === 0) return;
    const now = new Date().toISOString();
    await this.outbox.enqueue(
      facts.map((f) => {
        const payload = {
          eventId: randomUUID(),
          occurredAt: now,
          step: f.step,
          alertId: f.alertId,
          alertLevel: f.alertLevel,
          link: alertLink(f.alertId),
          kind: f.kind,
          rotaVersion: f.rotaVersion,
          rotaStep: f.rotaStep,
          ...(f.principalId ? { principalId: f.principalId } : {}),
          ...(f.principalName ? { principalName: f.principalName } : {}),
          ...(f.channel ? { channel: f.channel } : {}),
          ...(f.attempts !== undefined ? { attempts: f.attempts } : {}),
          ...(f.reason ? { reason: f.reason } : {}),
          ...(f.signalId ? { signalId: f.signalId } : {}),
          ...(f.productId ? { productId: f.productId } : {}),
          ...(f.agency ? { agency: f.agency } : {}),
        };
        return {
          topic: this.kafka.topics.accessRecorded,
          key: f.alertId,
          id: payload.eventId,
          type: EventTypes.alertRecorded,
          traceId: randomBytes(16).toString('hex'),
          payload,
        };
      }),
      em,
    );
  }

  /** Publishes what was committed without waiting for the idle poll. */
  nudge(): void {
    this.relay.nudge();
  }
}

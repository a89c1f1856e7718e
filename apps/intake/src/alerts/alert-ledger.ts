import { Injectable } from '@nestjs/common';
import { EventTypes, TopicNames } from '@passerelle/contracts';
import { alertNoticeEvent, InjectTopics } from '@passerelle/messaging';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeOutbox } from '../outbox/intake-outbox';
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
  /** Raised about an exercise (an exercise signal, or an exercise product): labelled as one everywhere. */
  exercise?: boolean;
}

/** The steps an agency's gateway is told of: whom an alert reached, and who acknowledged it. */
const NOTICE_STEPS = new Set<AlertStep>(['raised', 'escalated', 'acknowledged']);

/**
 * Writes each step of an alert for the ledger (`access.recorded.v1`, type `alert.recorded.v1`)
 * through the intake's access outbox, in the transaction of the step: no alert is raised, sent,
 * escalated, parked or acknowledged without its entry, even with Kafka down. An alert to an agency's
 * permanence cell is also told to the agency's gateway (`alerts.<agency>.v1`, through the intake's
 * outbox in the same transaction): whom it reached and who acknowledged it, so that its POCs can see
 * and acknowledge it there.
 */
@Injectable()
export class AlertLedger {
  constructor(
    private readonly outbox: IntakeOutbox,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async record(facts: AlertFact[], em: EntityManager): Promise<void> {
    if (facts.length === 0) return;
    const now = new Date().toISOString();
    await this.outbox.enqueueAccess(
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
          ...(f.exercise ? { exercise: true } : {}),
        };
        return {
          topic: this.topics.accessRecorded,
          key: f.alertId,
          id: payload.eventId,
          type: EventTypes.alertRecorded,
          traceId: randomBytes(16).toString('hex'),
          payload,
        };
      }),
      em,
    );
    const notices = facts
      .filter((f) => f.agency && f.principalId && NOTICE_STEPS.has(f.step))
      .map((f) =>
        alertNoticeEvent(
          this.topics,
          {
            occurredAt: now,
            alertId: f.alertId,
            agency: f.agency!,
            step: f.step as 'raised' | 'escalated' | 'acknowledged',
            kind: f.kind,
            level: f.alertLevel,
            exercise: f.exercise === true,
            principalId: f.principalId!,
            ...(f.signalId ? { signalId: f.signalId } : {}),
            ...(f.productId ? { productId: f.productId } : {}),
            link: alertLink(f.alertId),
          },
          randomBytes(16).toString('hex'),
        ),
      );
    await this.outbox.enqueue(notices, em);
  }
}

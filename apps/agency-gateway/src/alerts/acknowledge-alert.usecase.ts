import { TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { alertAcknowledgedEvent, InjectTopics, stamped } from '@passerelle/messaging';
import { refusal } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { GatewayOutboxRelay } from '../signals/outbox-relay.service';
import { SignalsRepository } from '../signals/signals.repository';
import { GatewayAlertsRepository } from './alerts.repository';

/**
 * A POC of the permanence cell acknowledges an alert at its gateway (issue 29, item 7): only a POC
 * the alert reached (the first of the cell, or one it escalated to) — anybody else 403, recorded by
 * the edge as a denied attempt. The acknowledgement goes to OCAM through the outbox, in the same
 * transaction (alerts.<agency>.acknowledged.v1): the intake stops the escalation and the ledger has
 * `alert.acknowledged` with the POC, as for an acknowledgement made at the intake. Acknowledging
 * again answers the first acknowledgement. Another agency's alert, or an unknown id: 404.
 */
@Injectable()
export class AcknowledgeGatewayAlertUseCase {
  constructor(
    private readonly alerts: GatewayAlertsRepository,
    private readonly outbox: SignalsRepository,
    private readonly relay: GatewayOutboxRelay,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async execute(principal: Principal, id: string) {
    const agency = principal.agency ?? '';
    const r = await this.alerts.transaction(async (em) => {
      const a = await this.alerts.forUpdate(em, agency, id.toLowerCase(), principal.id);
      if (!a) return { outcome: 'not-found' as const };
      if (!a.reached) return { outcome: 'not-alerted' as const };
      if (a.acknowledgedAt) return { outcome: 'done' as const, at: a.acknowledgedAt, by: a.acknowledgedBy!, first: false };
      const at = await this.alerts.acknowledge(em, a.alertId, principal.id);
      const event = alertAcknowledgedEvent(
        this.topics,
        { occurredAt: at.toISOString(), alertId: a.alertId, agency, principalId: principal.id, principalName: principal.name },
        randomBytes(16).toString('hex'),
      );
      await this.outbox.enqueueIn(em, stamped([event], 'passerelle/agency-gateway', at.toISOString()));
      return { outcome: 'done' as const, at, by: principal.id, first: true };
    });
    if (r.outcome === 'not-found') throw refusal(404, 'problem.http-404.detail.no-alert', { id });
    if (r.outcome === 'not-alerted') throw refusal(403, 'problem.http-403.detail.alert-not-yours', { id });
    if (r.first) this.relay.nudge();
    return { alertId: id.toLowerCase(), acknowledgedAt: new Date(r.at).toISOString(), acknowledgedBy: r.by };
  }
}

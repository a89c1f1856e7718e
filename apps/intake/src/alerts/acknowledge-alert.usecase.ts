import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { AlertDispatcher } from './alert-dispatcher';
import { AlertsRepository } from './alerts.repository';
import { refusal } from '@passerelle/http';

/**
 * A principal the alert reached (the first person alerted, or one it escalated to) acknowledges it:
 * its escalation stops, and the ledger has who and when. Acknowledging again answers the first.
 * Anybody else is refused (403, recorded as a denied attempt by the edge).
 */
@Injectable()
export class AcknowledgeAlertUseCase {
  constructor(
    private readonly alerts: AlertsRepository,
    private readonly dispatcher: AlertDispatcher,
  ) {}

  async execute(principal: Principal, id: string) {
    const r = await this.alerts.acknowledge(id, { id: principal.id, name: principal.name }, this.dispatcher.record);
    if (r.outcome === 'not-found') throw refusal(404, 'problem.http-404.detail.no-alert', { id });
    if (r.outcome === 'not-alerted') throw refusal(403, 'problem.http-403.detail.alert-not-yours', { id });
    return { alertId: id, acknowledgedAt: r.acknowledgedAt.toISOString(), acknowledgedBy: r.acknowledgedBy };
  }
}

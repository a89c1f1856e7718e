import { Injectable, NotFoundException } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { AlertsRepository } from './alerts.repository';

/** An analyst acknowledges an alert: its escalation stops; acknowledging again answers the first. */
@Injectable()
export class AcknowledgeAlertUseCase {
  constructor(private readonly alerts: AlertsRepository) {}

  async execute(principal: Principal, id: string) {
    const r = await this.alerts.acknowledge(id, principal.id);
    if (!r) throw new NotFoundException(`no alert ${id}`);
    return { alertId: id, acknowledgedAt: r.acknowledgedAt.toISOString(), acknowledgedBy: r.acknowledgedBy };
  }
}

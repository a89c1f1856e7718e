import { Injectable, Logger } from '@nestjs/common';
import { AlertAcknowledgedEvent } from '@passerelle/contracts';
import { Batch, KafkaService } from '@passerelle/messaging';
import { AlertDispatcher } from './alert-dispatcher';
import { AlertsRepository } from './alerts.repository';

/** The intake's consumer group that reads the gateways' acknowledgements of alerts, with the flow (feeds.consumer.ts). */
export const ALERT_ACKNOWLEDGEMENTS_GROUP = 'intake-flow';

/**
 * A POC acknowledged an alert at its agency's gateway: the intake files it as an acknowledgement made
 * here — escalation stopped, `alert.acknowledged` in the ledger with the POC — when the alert is one
 * to that agency's permanence cell (the agency is the topic's, never the payload's) and reached that
 * POC. Another agency's alert, or a POC it never reached, changes nothing and is logged with ids
 * only; a repeat answers the first acknowledgement, as at the intake.
 *
 * The message is trusted for ids only. The gateway's Kafka user may write every agency's topic, so the
 * principal it names must be a point of contact of the topic's agency in the intake's own principals;
 * one of another agency, of another role, or nobody, is set aside on the dead-letter topic
 * (`principal-not-of-agency`), like a forged product receipt, and the partition moves on. The name the
 * ledger shows is the one the intake's principals hold for that id, never the payload's
 * `principalName` (issue 29, attack review).
 */
@Injectable()
export class RecordGatewayAcknowledgementsUseCase {
  private readonly logger = new Logger('Alerts');

  constructor(
    private readonly alerts: AlertsRepository,
    private readonly dispatcher: AlertDispatcher,
    private readonly kafka: KafkaService,
  ) {}

  async execute(batch: Batch<AlertAcknowledgedEvent>): Promise<void> {
    const acks = batch.flatMap((m) => {
      const agency = this.kafka.topics.alertAcknowledgementsPattern.exec(m.topic)?.[1];
      if (!agency) return [];
      // The transport checked the payload against AlertAcknowledgedEvent (and its agency against the topic).
      const e = m.payload;
      return [{ message: m, agency, alertId: e.alertId, principalId: e.principalId }];
    });
    const pocs = await this.alerts.pointsOfContact([...new Set(acks.map((a) => a.principalId))]);
    const refused = acks.filter((a) => pocs.get(a.principalId)?.agency !== a.agency);
    await this.kafka.setAside(
      ALERT_ACKNOWLEDGEMENTS_GROUP,
      refused.map((a) => ({
        message: a.message,
        reasons: [{ path: 'principalId', reason: 'principal-not-of-agency', code: 'principal-not-of-agency' }],
      })),
    );
    for (const a of acks) {
      if (refused.includes(a)) continue;
      const by = { id: a.principalId, name: pocs.get(a.principalId)!.name };
      const r = await this.alerts.acknowledge(a.alertId, by, this.dispatcher.record, a.agency);
      if (r.outcome !== 'acknowledged')
        this.logger.warn(`acknowledgement of alert ${a.alertId} from ${a.agency}'s gateway not filed: ${r.outcome}`);
    }
  }
}

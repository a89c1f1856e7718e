import { AlertNoticeEvent, TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { Batch, InjectTopics } from '@passerelle/messaging';
import { AlertNotice, GatewayAlertsRepository } from './alerts.repository';

/** Files the intake's notices of alerts to the agency's permanence cell; the agency is the topic's. */
@Injectable()
export class StoreAlertNoticesUseCase {
  constructor(
    private readonly alerts: GatewayAlertsRepository,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async execute(batch: Batch<AlertNoticeEvent>): Promise<void> {
    const notices: AlertNotice[] = batch.flatMap((m) => {
      const agency = this.topics.alertNoticesPattern.exec(m.topic)?.[1];
      if (!agency) return [];
      // The transport checked the payload against AlertNoticeEvent (and its agency against the topic).
      const e = m.payload;
      return [{ ...e, agency, signalId: e.signalId ?? null, productId: e.productId ?? null }];
    });
    await this.alerts.store(notices);
  }
}

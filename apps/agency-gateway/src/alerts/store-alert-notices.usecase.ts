import { TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { IncomingMessage, InjectTopics } from '@passerelle/messaging';
import { AlertNotice, GatewayAlertsRepository } from './alerts.repository';

/** Files the intake's notices of alerts to the agency's permanence cell; the agency is the topic's. */
@Injectable()
export class StoreAlertNoticesUseCase {
  constructor(
    private readonly alerts: GatewayAlertsRepository,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async execute(batch: IncomingMessage[]): Promise<void> {
    const notices: AlertNotice[] = batch.flatMap((m) => {
      const agency = this.topics.alertNoticesPattern.exec(m.topic)?.[1];
      if (!agency || !m.value) return [];
      const e = JSON.parse(m.value.toString('utf8')) as Omit<AlertNotice, 'agency' | 'signalId' | 'productId'> & {
        signalId?: string;
        productId?: string;
      };
      return [{ ...e, agency, signalId: e.signalId ?? null, productId: e.productId ?? null }];
    });
    await this.alerts.store(notices);
  }
}

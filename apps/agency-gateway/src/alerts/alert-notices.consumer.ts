import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertNoticeEvent, Families } from '@passerelle/contracts';
import { Batch, BatchHandlerExtras, ConsumerGroup, KafkaConsumer, mustBeStorableInstant } from '@passerelle/messaging';
import { StoreAlertNoticesUseCase } from './store-alert-notices.usecase';

/**
 * The gateway's consumer group of the alerts to its agencies' permanence cells (`alerts.<agency>.v1`,
 * from the intake): ids, codes and a link, never content. A notice naming another agency than its
 * topic, or failing its contract, is dead-lettered (deadletters.gateway.v1) and the partition moves on.
 */
export const alertNoticesGroup: ConsumerGroup = { name: 'gateway-alerts' };

const noticeContract: BatchHandlerExtras<AlertNoticeEvent> = {
  group: alertNoticesGroup,
  contract: AlertNoticeEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

@KafkaConsumer()
export class AlertNoticesConsumer {
  constructor(private readonly store: StoreAlertNoticesUseCase) {}

  @EventPattern(Families.alertNotices, noticeContract)
  async notices(@Payload() batch: Batch<AlertNoticeEvent>): Promise<void> {
    await this.store.execute(batch);
  }
}

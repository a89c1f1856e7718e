import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertAcknowledgedEvent, Families } from '@passerelle/contracts';
import { Batch, BatchHandlerExtras, KafkaConsumer, mustBeStorableInstant } from '@passerelle/messaging';
import { intakeFlowGroup } from '../stats/flow.consumer';
import { RecordGatewayAcknowledgementsUseCase } from './record-gateway-acknowledgements.usecase';

const acknowledgedContract: BatchHandlerExtras<AlertAcknowledgedEvent> = {
  group: intakeFlowGroup,
  contract: AlertAcknowledgedEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

/**
 * The acknowledgements POCs made at their agency's gateway (`alerts.<agency>.acknowledged.v1`,
 * consumed in the intake's `intake-flow` group): each is filed as one made here.
 */
@KafkaConsumer()
export class AlertAcknowledgementsConsumer {
  constructor(private readonly record: RecordGatewayAcknowledgementsUseCase) {}

  @EventPattern(Families.alertAcknowledgements, acknowledgedContract)
  async acknowledged(@Payload() batch: Batch<AlertAcknowledgedEvent>): Promise<void> {
    await this.record.execute(batch);
  }
}

import { EventPattern, Payload } from '@nestjs/microservices';
import { Families, SignalRejectedEvent, SignalRoutedEvent } from '@passerelle/contracts';
import { Batch, BatchHandlerExtras, ConsumerGroup, KafkaConsumer, mustBeStorableInstant } from '@passerelle/messaging';
import { RecordFlowUseCase } from './record-flow.usecase';

/**
 * The intake's `intake-flow` consumer group: the routing verdicts and rejections (below), with the
 * POCs' acknowledgements of alerts made at their gateways (alerts/alert-acknowledgements.consumer.ts,
 * issue 29, item 7).
 */
export const intakeFlowGroup: ConsumerGroup = { name: 'intake-flow' };

const routedContract: BatchHandlerExtras<SignalRoutedEvent> = {
  group: intakeFlowGroup,
  contract: SignalRoutedEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};
const rejectedContract: BatchHandlerExtras<SignalRejectedEvent> = {
  group: intakeFlowGroup,
  contract: SignalRejectedEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

/** The routing verdicts and rejections the flow figures are computed from. */
@KafkaConsumer()
export class FlowConsumer {
  constructor(private readonly flow: RecordFlowUseCase) {}

  @EventPattern(Families.routed, routedContract)
  async routed(@Payload() batch: Batch<SignalRoutedEvent>): Promise<void> {
    await this.flow.handleBatch(batch);
  }

  @EventPattern(Families.rejected, rejectedContract)
  async rejected(@Payload() batch: Batch<SignalRejectedEvent>): Promise<void> {
    await this.flow.handleBatch(batch);
  }
}

import { Families, SignalErasureRecordedEvent } from '@passerelle/contracts';
import { EventPattern, Payload } from '@nestjs/microservices';
import { approvedErasures, Batch, ConsumerGroup, erasureContract, KafkaConsumer } from '@passerelle/messaging';
import { PurgeGatewaySignalsUseCase } from './purge-signals.usecase';

/** Approved erasures: a consumer group of their own. */
export const gatewayErasuresGroup: ConsumerGroup = { name: 'gateway-erasures' };

/** Approved erasures: the gateway removes its copies of those signals at once, as at term (reason `erased`). */
@KafkaConsumer()
export class GatewayErasuresConsumer {
  constructor(private readonly purge: PurgeGatewaySignalsUseCase) {}

  @EventPattern(Families.erasures, { ...erasureContract, group: gatewayErasuresGroup })
  async erasures(@Payload() batch: Batch<SignalErasureRecordedEvent>): Promise<void> {
    const ids = approvedErasures(batch);
    if (ids.length > 0) await this.purge.erase(ids);
  }
}

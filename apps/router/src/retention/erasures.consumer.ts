import { Families, SignalErasureRecordedEvent } from '@passerelle/contracts';
import { EventPattern, Payload } from '@nestjs/microservices';
import { approvedErasures, Batch, ConsumerGroup, erasureContract, KafkaConsumer } from '@passerelle/messaging';
import { PurgeRouterSignalsUseCase } from './purge-signals.usecase';

/** Approved erasures: a group of their own, so that a long routing batch does not hold them up. */
export const routerErasuresGroup: ConsumerGroup = { name: 'router-erasures' };

/** Approved erasures: the router removes its copies of those signals at once, as at term (reason `erased`). */
@KafkaConsumer()
export class RouterErasuresConsumer {
  constructor(private readonly purge: PurgeRouterSignalsUseCase) {}

  @EventPattern(Families.erasures, { ...erasureContract, group: routerErasuresGroup })
  async erasures(@Payload() batch: Batch<SignalErasureRecordedEvent>): Promise<void> {
    const ids = approvedErasures(batch);
    if (ids.length > 0) await this.purge.erase(ids);
  }
}

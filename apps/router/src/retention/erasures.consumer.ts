import { EventPattern, Payload } from '@nestjs/microservices';
import { approvedErasures, Batch, erasureContract, Families, KafkaConsumer } from '@passerelle/messaging';
import { PurgeRouterSignalsUseCase } from './purge-signals.usecase';

/** Approved erasures: the router removes its copies of those signals at once, as at term (reason `erased`). */
@KafkaConsumer()
export class RouterErasuresConsumer {
  constructor(private readonly purge: PurgeRouterSignalsUseCase) {}

  @EventPattern(Families.erasures, erasureContract)
  async erasures(@Payload() batch: Batch): Promise<void> {
    const ids = approvedErasures(batch);
    if (ids.length > 0) await this.purge.erase(ids);
  }
}

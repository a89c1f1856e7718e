import { EventPattern, Payload } from '@nestjs/microservices';
import { Batch, ConsumerGroup, Families, KafkaConsumer } from '@passerelle/messaging';
import { RouteSignalsUseCase } from './route-signals.usecase';

/**
 * The router's consumer group: every agency's submission topic (agencies added at run time are
 * picked up), one routing transaction per fetch rather than per partition.
 */
export const routerConsumers = (): ConsumerGroup[] => [
  { name: 'router', families: [Families.submitted], coalesce: true, sealed: true },
  // Approved erasures: a group of their own, so that a long routing batch does not hold them up.
  { name: 'router-erasures', families: [Families.erasures] },
];

/**
 * Thin: hands each batch of submissions to the use case. No contract check in the transport: a
 * submission that breaks the contract is the agency's to hear about — the router rejects it on
 * the rejected topic and in the agency's feedback, with its reasons.
 */
@KafkaConsumer()
export class SubmissionsConsumer {
  constructor(private readonly route: RouteSignalsUseCase) {}

  @EventPattern(Families.submitted)
  async submissions(@Payload() batch: Batch): Promise<void> {
    await this.route.handleBatch(batch);
  }
}

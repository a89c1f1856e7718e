import { EventPattern, Payload } from '@nestjs/microservices';
import { Families, ProductReceiptEvent } from '@passerelle/contracts';
import { Batch, BatchHandlerExtras, ConsumerGroup, KafkaConsumer, mustBeStorableInstant } from '@passerelle/messaging';
import { PRODUCT_RECEIPTS_GROUP, RecordProductReceiptsUseCase } from './record-product-receipts.usecase';

/**
 * The intake's consumer group of the agencies' reads and acknowledgements of products. A reply to
 * an RFI comes sealed with the product's data key: the transport opens it into `reply`; what cannot
 * be opened or fails the contract is dead-lettered (deadletters.intake.v1) and the partition moves on;
 * so is a receipt naming a principal who is not a POC of the topic's agency (the use case).
 */
export const productReceiptsGroup: ConsumerGroup = {
  name: PRODUCT_RECEIPTS_GROUP,
  sealed: true,
  sealedInto: 'reply',
  sealedBy: 'productId',
};

const receiptContract: BatchHandlerExtras<ProductReceiptEvent> = {
  group: productReceiptsGroup,
  contract: ProductReceiptEvent,
  check: (e) => mustBeStorableInstant('occurredAt', e.occurredAt),
};

@KafkaConsumer()
export class ProductReceiptsConsumer {
  constructor(private readonly record: RecordProductReceiptsUseCase) {}

  @EventPattern(Families.productReceipts, receiptContract)
  async receipts(@Payload() batch: Batch<ProductReceiptEvent>): Promise<void> {
    await this.record.execute(batch);
  }
}

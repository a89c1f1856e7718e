import { EventPattern, Payload } from '@nestjs/microservices';
import { Families, ProductEvent } from '@passerelle/contracts';
import { Batch, BatchHandlerExtras, ConsumerGroup, KafkaConsumer, mustBeStorableInstant } from '@passerelle/messaging';
import { StoreProductsUseCase } from './store-products.usecase';

/**
 * The gateway's consumer group of OCAM's products (every agency's products topic, new agencies
 * picked up at run time). The content comes sealed with the product's data key: the transport opens
 * it into `product` and checks the contract; a malformed message, one naming another agency than its
 * topic, or one that cannot be opened is dead-lettered (deadletters.gateway.v1) and the partition moves on.
 */
export const productsGroup: ConsumerGroup = {
  name: 'gateway-products',
  coalesce: true,
  sealed: true,
  sealedInto: 'product',
  sealedBy: 'productId',
};

const productContract: BatchHandlerExtras<ProductEvent> = {
  group: productsGroup,
  contract: ProductEvent,
  check: (e) => [
    ...mustBeStorableInstant('occurredAt', e.occurredAt),
    ...mustBeStorableInstant('publishedAt', e.publishedAt),
    ...(e.deadline ? mustBeStorableInstant('deadline', e.deadline) : []),
  ],
};

@KafkaConsumer()
export class ProductsConsumer {
  constructor(private readonly store: StoreProductsUseCase) {}

  @EventPattern(Families.products, productContract)
  async products(@Payload() batch: Batch<ProductEvent>): Promise<void> {
    await this.store.execute(batch);
  }
}

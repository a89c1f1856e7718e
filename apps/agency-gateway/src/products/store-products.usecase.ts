import { Injectable } from '@nestjs/common';
import { ProductEvent } from '@passerelle/contracts';
import { IncomingMessage, KafkaService } from '@passerelle/messaging';
import { ProductsRepository, ReceivedProduct } from './products.repository';

/** Files the products of a batch in their agencies' inboxes, the agency being the topic's. */
@Injectable()
export class StoreProductsUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly kafka: KafkaService,
  ) {}

  async execute(batch: IncomingMessage[]): Promise<number> {
    const rows = batch.flatMap((m): ReceivedProduct[] => {
      const agency = this.kafka.topics.productsPattern.exec(m.topic)?.[1];
      if (!agency || !m.value) return [];
      // The transport checked the payload against ProductEvent (and its agency against the topic).
      const p = JSON.parse(m.value.toString('utf8')) as ProductEvent;
      return [
        {
          agency,
          productId: p.productId.toLowerCase(),
          eventId: p.eventId,
          kind: p.kind,
          level: p.level,
          classification: p.classification,
          competences: p.competences,
          categories: p.categories,
          regions: p.regions,
          deadline: p.deadline ?? null,
          publishedAt: p.publishedAt,
          ruleId: p.ruleId,
          ruleVersion: p.ruleVersion,
          content: { ...p.product },
          traceId: p.traceId,
        },
      ];
    });
    return this.products.store(rows);
  }
}

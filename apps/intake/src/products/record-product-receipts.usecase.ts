import { Injectable } from '@nestjs/common';
import { IncomingMessage, KafkaService } from '@passerelle/messaging';
import { ProductsRepository } from './products.repository';

/**
 * Files the agencies' reads and acknowledgements of products (the first of each per product and
 * agency), the agency being the topic's. A receipt for a product the intake did not send to that
 * agency is ignored: an agency acknowledges only what it received.
 */
@Injectable()
export class RecordProductReceiptsUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly kafka: KafkaService,
  ) {}

  async execute(batch: IncomingMessage[]): Promise<number> {
    const rows = batch.flatMap((m) => {
      const agency = this.kafka.topics.productReceiptsPattern.exec(m.topic)?.[1];
      if (!agency || !m.value) return [];
      const p = JSON.parse(m.value.toString('utf8')) as {
        productId: string;
        step: string;
        principalId: string;
        occurredAt: string;
        reply?: { text?: unknown };
      };
      const reply = typeof p.reply?.text === 'string' ? p.reply.text : null;
      return [{ productId: p.productId, agency, step: p.step, principalId: p.principalId, occurredAt: p.occurredAt, reply }];
    });
    return this.products.storeReceipts(rows);
  }
}

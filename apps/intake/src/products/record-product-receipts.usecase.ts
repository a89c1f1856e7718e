import { Injectable } from '@nestjs/common';
import { ProductReceiptEvent } from '@passerelle/contracts';
import { Batch, KafkaService } from '@passerelle/messaging';
import { ProductsRepository } from './products.repository';

/** The intake's consumer group of product receipts (product-receipts.consumer.ts). */
export const PRODUCT_RECEIPTS_GROUP = 'intake-products';

/**
 * Files the agencies' reads and acknowledgements of products (the first of each per product and
 * agency), the agency being the topic's. A receipt for a product the intake did not send to that
 * agency is ignored: an agency acknowledges only what it received.
 *
 * The principal a receipt names must be a point of contact of the topic's agency: the gateway's Kafka
 * user may write every agency's receipts topic, so a receipt naming a principal of another agency, or
 * nobody, is set aside on the dead-letter topic (`principal-not-of-agency`) instead of being filed as
 * that principal's acknowledgement; the partition moves on (attack review, issue 24).
 */
@Injectable()
export class RecordProductReceiptsUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly kafka: KafkaService,
  ) {}

  async execute(batch: Batch<ProductReceiptEvent>): Promise<number> {
    const rows = batch.flatMap((m) => {
      const agency = this.kafka.topics.productReceiptsPattern.exec(m.topic)?.[1];
      if (!agency) return [];
      // The transport checked the payload against ProductReceiptEvent, which says only that a reply is an object.
      const p = m.payload;
      const reply = typeof p.reply?.text === 'string' ? p.reply.text : null;
      return [
        { message: m, row: { productId: p.productId, agency, step: p.step, principalId: p.principalId, occurredAt: p.occurredAt, reply } },
      ];
    });
    const pocs = await this.products.pocAgencies([...new Set(rows.map((r) => r.row.principalId))]);
    const refused = rows.filter((r) => pocs.get(r.row.principalId) !== r.row.agency);
    await this.kafka.setAside(
      PRODUCT_RECEIPTS_GROUP,
      refused.map((r) => ({
        message: r.message,
        reasons: [{ path: 'principalId', reason: 'principal-not-of-agency', code: 'principal-not-of-agency' }],
      })),
    );
    return this.products.storeReceipts(rows.filter((r) => !refused.includes(r)).map((r) => r.row));
  }
}

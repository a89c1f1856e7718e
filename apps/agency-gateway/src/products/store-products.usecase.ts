import { Injectable } from '@nestjs/common';
import { ProductEvent, TopicNames } from '@passerelle/contracts';
import { Batch, InjectTopics, productReceiptEvent, stamped } from '@passerelle/messaging';
import { GatewayOutboxRelay } from '../signals/outbox-relay.service';
import { SignalsRepository } from '../signals/signals.repository';
import { ProductsNotifier } from './products-notifier';
import { ProductsRepository, ReceivedProduct } from './products.repository';

/**
 * Files the products of a batch in their agencies' inboxes, the agency being the topic's, and tells
 * OCAM which POCs' filters held which back.
 */
@Injectable()
export class StoreProductsUseCase {
  constructor(
    private readonly products: ProductsRepository,
    @InjectTopics() private readonly topics: TopicNames,
    private readonly notifier: ProductsNotifier,
    private readonly outbox: SignalsRepository,
    private readonly relay: GatewayOutboxRelay,
  ) {}

  async execute(batch: Batch<ProductEvent>): Promise<number> {
    const rows = batch.flatMap((m): ReceivedProduct[] => {
      const agency = this.topics.productsPattern.exec(m.topic)?.[1];
      if (!agency) return [];
      // The transport checked the payload against ProductEvent (and its agency against the topic).
      const p = m.payload;
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
          exercise: p.exercise === true,
        },
      ];
    });
    // What the POCs' filters hold back goes back to OCAM as it is filed, one receipt per product and
    // POC, in the same transaction: the oversight figures count it (nothing hidden without a trace).
    let heldBack = 0;
    const stored = await this.products.store(rows, async (tx, filed) => {
      const now = new Date().toISOString();
      const receipts = (await this.products.heldBack(tx, filed)).map((h) =>
        productReceiptEvent(this.topics, {
          occurredAt: now,
          productId: h.productId,
          traceId: h.traceId,
          agency: h.agency,
          step: 'filtered-out',
          principalId: h.principalId,
        }),
      );
      heldBack = receipts.length;
      if (receipts.length) await this.outbox.enqueueIn(tx, stamped(receipts, 'passerelle/agency-gateway', now));
    });
    if (heldBack) this.relay.nudge();
    // Open products streams of these agencies look at once rather than at their next poll.
    if (stored) this.notifier.notify(rows.map((r) => r.agency));
    return stored;
  }
}

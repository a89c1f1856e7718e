import { TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { InjectTopics, productReceiptEvent, stamped } from '@passerelle/messaging';
import { Principal, resourceReadRecords, visibilityOf } from '@passerelle/security';
import { GatewayAccessRecords } from '../signals/access-records';
import { GatewayOutboxRelay } from '../signals/outbox-relay.service';
import { SignalsRepository } from '../signals/signals.repository';
import { ProductFilterUseCase } from './product-filter.usecase';
import { InboxProduct, ProductsRepository } from './products.repository';

/** The calendar month (UTC) of an instant: the period a "filtered out" count covers. */
export function monthOf(d: Date): { period: string; from: Date; to: Date } {
  const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const to = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return { period: from.toISOString().slice(0, 7), from, to };
}

/**
 * A POC's products inbox: its agency's products at or under its clearance that the filter in force
 * (its own, else its agency's default) lets through, oldest first, with how many the filter held back this month (nothing is hidden without a
 * trace). The read is recorded (one access record listing the products) and the agency's first read
 * of each product goes back to OCAM as a read receipt — both durable before the answer leaves.
 */
@Injectable()
export class ProductInboxUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly outbox: SignalsRepository,
    private readonly relay: GatewayOutboxRelay,
    private readonly access: GatewayAccessRecords,
    @InjectTopics() private readonly topics: TopicNames,
    private readonly filters: ProductFilterUseCase,
  ) {}

  async page(principal: Principal, afterSeq: bigint, limit: number, endpoint: string, now = new Date(), period: Date = now) {
    const agency = principal.agency ?? '';
    const maxRank = visibilityOf(principal, now).maxRank;
    const items: InboxProduct[] = await this.products.page(agency, principal.id, maxRank, afterSeq.toString(), limit);
    const month = monthOf(period);
    const [filter, filteredOut] = await Promise.all([
      this.filters.inForce(principal),
      this.products.filteredOut(agency, principal.id, maxRank, month.from, month.to),
    ]);
    if (items.length) {
      const ids = items.map((i) => i.productId);
      await this.products.transaction(async (em) => {
        const firsts = new Set(await this.products.recordReads(em, agency, principal.id, ids));
        const receipts = items
          .filter((i) => firsts.has(i.productId))
          .map((i) =>
            productReceiptEvent(this.topics, {
              occurredAt: now.toISOString(),
              productId: i.productId,
              traceId: i.traceId,
              agency,
              step: 'read',
              principalId: principal.id,
            }),
          );
        await this.outbox.enqueueIn(em, stamped(receipts, 'passerelle/agency-gateway', now.toISOString()));
      });
      this.relay.nudge();
      await this.access.write(resourceReadRecords(principal, endpoint, { productIds: ids }, now));
    }
    return { items, filter, filteredOut: { period: month.period, count: filteredOut } };
  }
}

import { withMessageKey } from '@passerelle/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { validationProblem } from '@passerelle/http';
import { KafkaService, productReceiptEvent, stamped } from '@passerelle/messaging';
import { Principal, visibilityOf } from '@passerelle/security';
import { GatewayOutboxRelay } from '../signals/outbox-relay.service';
import { SignalsRepository } from '../signals/signals.repository';
import { ProductsRepository } from './products.repository';

/**
 * A POC confirms its agency handled a product (with its answer, for an RFI). One acknowledgement per
 * agency and product; it goes back to OCAM through the outbox, the reply sealed with the product's
 * data key. A product that is not its agency's (another agency's, an unknown id, above its clearance)
 * is 404 — the edge records it as a denied attempt — and says nothing of whether it exists.
 */
@Injectable()
export class AcknowledgeProductUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly outbox: SignalsRepository,
    private readonly relay: GatewayOutboxRelay,
    private readonly kafka: KafkaService,
  ) {}

  async execute(principal: Principal, productId: string, reply: string | undefined) {
    const agency = principal.agency ?? '';
    const p = await this.products.findForPoc(agency, productId.toLowerCase(), visibilityOf(principal).maxRank);
    if (!p) throw new NotFoundException(`no product ${productId} for your agency`);
    if (p.kind === 'rfi' && !reply)
      throw validationProblem([
        withMessageKey(
          { path: 'reply', reason: 'a request for information is acknowledged with its answer', code: 'required' },
          'reason.rfi-reply-required',
        ),
      ]);
    if (p.kind !== 'rfi' && reply)
      throw validationProblem([
        withMessageKey(
          { path: 'reply', reason: 'only a request for information takes a reply', code: 'not-allowed' },
          'reason.rfi-only-reply',
        ),
      ]);
    const now = new Date();
    const at = await this.products.transaction(async (em) => {
      const acknowledged = await this.products.acknowledge(em, agency, p.productId, principal.id, reply ?? null);
      if (!acknowledged) return null;
      const dataKey = reply ? await this.products.dataKey(em, p.productId) : null;
      const receipt = productReceiptEvent(this.kafka.topics, {
        occurredAt: acknowledged.toISOString(),
        productId: p.productId,
        traceId: p.traceId,
        agency,
        step: 'acknowledged',
        principalId: principal.id,
        ...(reply && dataKey ? { reply: { text: reply }, dataKey } : {}),
      });
      await this.outbox.enqueueIn(em, stamped([receipt], 'passerelle/agency-gateway', now.toISOString()));
      return acknowledged;
    });
    if (!at) throw new ConflictException(`product ${productId} was already acknowledged by your agency`);
    this.relay.nudge();
    return { productId: p.productId, acknowledgedAt: at.toISOString() };
  }
}

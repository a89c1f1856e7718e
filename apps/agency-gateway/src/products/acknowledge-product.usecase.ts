import { TopicNames, withMessageKey } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { refusal, validationProblem } from '@passerelle/http';
import { InjectTopics, productReceiptEvent, stamped } from '@passerelle/messaging';
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
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  async execute(principal: Principal, productId: string, reply: string | undefined) {
    const agency = principal.agency ?? '';
    const p = await this.products.findForPoc(agency, productId.toLowerCase(), visibilityOf(principal).maxRank);
    if (!p) throw refusal(404, 'problem.http-404.detail.no-agency-product', { id: productId });
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
      const receipt = productReceiptEvent(this.topics, {
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
    if (!at) throw refusal(409, 'problem.http-409.detail.acknowledged-already', { id: productId });
    this.relay.nudge();
    return { productId: p.productId, acknowledgedAt: at.toISOString() };
  }
}

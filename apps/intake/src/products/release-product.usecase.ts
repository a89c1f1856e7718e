import { Injectable } from '@nestjs/common';
import { Principal, visibilityOf } from '@passerelle/security';
import { DisseminationDecision } from './dissemination-rules';
import { ProductsRepository } from './products.repository';
import { PublishProductUseCase } from './publish-product.usecase';
import { refusal } from '@passerelle/http';

/**
 * Lifts a product's embargo: its author or a named principal releases it, and the rules in force at
 * release decide where it goes (recorded like any publication). Anybody else: 404, as if it did not exist.
 */
@Injectable()
export class ReleaseProductUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly publish: PublishProductUseCase,
  ) {}

  async execute(principal: Principal, id: string): Promise<{ productId: string; status: 'published'; decisions: DisseminationDecision[] }> {
    const p = await this.products.findReadable(id, principal.id, visibilityOf(principal).maxRank);
    if (!p) throw refusal(404, 'problem.http-404.detail.no-product', { id });
    if (p.status !== 'embargoed') throw refusal(409, 'problem.http-409.detail.product-not-embargoed', { id });
    const decisions = await this.publish.decide(p);
    const released = await this.products.transaction(async (em) => {
      if (!(await this.products.release(em, id, principal.id))) return false;
      await this.publish.disseminate(em, p, decisions, principal.id);
      return true;
    });
    if (!released) throw refusal(409, 'problem.http-409.detail.product-released-meanwhile', { id });
    return { productId: id, status: 'published', decisions };
  }
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Principal, visibilityOf } from '@passerelle/security';
import { IntakeOutboxRelay } from '../outbox/intake-outbox.relay';
import { DisseminationDecision } from './dissemination-rules';
import { ProductsRepository } from './products.repository';
import { PublishProductUseCase } from './publish-product.usecase';

/**
 * Lifts a product's embargo: its author or a named principal releases it, and the rules in force at
 * release decide where it goes (recorded like any publication). Anybody else: 404, as if it did not exist.
 */
@Injectable()
export class ReleaseProductUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly publish: PublishProductUseCase,
    private readonly relay: IntakeOutboxRelay,
  ) {}

  async execute(principal: Principal, id: string): Promise<{ productId: string; status: 'published'; decisions: DisseminationDecision[] }> {
    const p = await this.products.findReadable(id, principal.id, visibilityOf(principal).maxRank);
    if (!p) throw new NotFoundException(`no product ${id} that you may read`);
    if (p.status !== 'embargoed') throw new ConflictException(`product ${id} is not under embargo`);
    const decisions = await this.publish.decide(p);
    const released = await this.products.transaction(async (em) => {
      if (!(await this.products.release(em, id, principal.id))) return false;
      await this.publish.disseminate(em, p, decisions, principal.id);
      return true;
    });
    if (!released) throw new ConflictException(`product ${id} was released by someone else`);
    this.relay.nudge();
    return { productId: id, status: 'published', decisions };
  }
}

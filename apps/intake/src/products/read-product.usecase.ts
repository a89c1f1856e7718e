import { Injectable } from '@nestjs/common';
import { Principal, resourceReadRecords, visibilityOf } from '@passerelle/security';
import { AccessRecorder } from '../signals/access-recorder';
import { ProductsRepository } from './products.repository';
import { refusal } from '@passerelle/http';

/**
 * One product for an analyst: the content, every agency's decision and what came back. A product
 * under embargo is readable only by its author and the named principals, one above the reader's
 * clearance by nobody: to anybody else it does not exist (404, recorded as a denied attempt by the
 * edge). The read is recorded before the answer leaves.
 */
@Injectable()
export class ReadProductUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly access: AccessRecorder,
  ) {}

  async execute(principal: Principal, id: string, endpoint: string) {
    const p = await this.products.findReadable(id, principal.id, visibilityOf(principal).maxRank);
    if (!p) throw refusal(404, 'problem.http-404.detail.no-product', { id });
    const [decisions, receipts] = await Promise.all([this.products.decisions(id), this.products.receipts(id)]);
    await this.access.write(resourceReadRecords(principal, endpoint, { productIds: [id], traceId: p.traceId }));
    const { embargoPrincipals, ...rest } = p;
    return { ...rest, embargoed: p.status === 'embargoed', embargoPrincipals: embargoPrincipals ?? [], decisions, receipts };
  }
}

import { Injectable } from '@nestjs/common';
import { envNumber } from '@passerelle/contracts';
import { Principal, resourceReadRecords } from '@passerelle/security';
import { AccessRecorder } from '../signals/access-recorder';
import { ProductsRepository } from './products.repository';

/**
 * Hours a product other than an RFI may wait for its acknowledgement before it is flagged
 * (`PRODUCT_ACK_WITHIN_HOURS`, default 72): read once, at start-up; a wrong value stops start-up
 * naming the variable.
 */
export const ackWithinHoursFromEnv = (env: NodeJS.ProcessEnv = process.env): number =>
  envNumber(env, 'PRODUCT_ACK_WITHIN_HOURS', 72, { min: 0.01 });

/**
 * What the analyst must chase: products sent and not acknowledged in time, and RFIs not answered by
 * their deadline, per agency — the analyst's own by default, every analyst's with `mine=false`.
 */
@Injectable()
export class OverdueProductsUseCase {
  constructor(
    private readonly products: ProductsRepository,
    private readonly access: AccessRecorder,
  ) {}

  private readonly ackWithinHours = ackWithinHoursFromEnv();

  async execute(principal: Principal, mine: boolean, endpoint: string) {
    const items: { productId: string }[] = await this.products.overdue(mine ? principal.id : null, this.ackWithinHours, 500);
    await this.access.write(resourceReadRecords(principal, endpoint, { productIds: items.map((i) => i.productId) }));
    return { ackWithinHours: this.ackWithinHours, items };
  }
}

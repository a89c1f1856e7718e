import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { RecordOversightQueryUseCase } from '../oversight/record-oversight-query.usecase';
import { AccessReview } from './access-review';
import { AccessReviewBuilder } from './access-review.builder';
import { ReviewScope } from './review-scope';

export interface AccessReviewQuery {
  agency?: string;
  from: string;
  to: string;
  format?: string;
}

/** GET /v1/reviews/access: the review of a scope and period, recorded in the ledger (`review.read`) before it is answered. */
@Injectable()
export class ReadAccessReviewUseCase {
  constructor(
    private readonly scopes: ReviewScope,
    private readonly builder: AccessReviewBuilder,
    private readonly record: RecordOversightQueryUseCase,
  ) {}

  async execute(officer: Principal, q: AccessReviewQuery, endpoint: string): Promise<AccessReview> {
    const scope = await this.scopes.authorise(officer, q.agency);
    const period = await this.scopes.period(scope, q.from, q.to);
    await this.record.record(officer, endpoint, { agency: scope, from: q.from, to: q.to, format: q.format ?? 'json' }, 'review.read');
    return this.builder.build(period);
  }
}

import { Injectable } from '@nestjs/common';
import { Principal } from '@passerelle/security';
import { RecordOversightQueryUseCase } from '../oversight/record-oversight-query.usecase';
import { ClearanceReview, ClearanceReviewBuilder } from './clearance-review.builder';
import { AccessReviewQuery } from './read-access-review.usecase';
import { ReviewScope } from './review-scope';

/** GET /v1/reviews/clearance: the monthly clearance review, recorded in the ledger (`review.read`) before it is answered. */
@Injectable()
export class ReadClearanceReviewUseCase {
  constructor(
    private readonly scopes: ReviewScope,
    private readonly builder: ClearanceReviewBuilder,
    private readonly record: RecordOversightQueryUseCase,
  ) {}

  async execute(officer: Principal, q: AccessReviewQuery, endpoint: string): Promise<ClearanceReview> {
    const scope = await this.scopes.authorise(officer, q.agency);
    const period = await this.scopes.period(scope, q.from, q.to);
    await this.record.record(officer, endpoint, { agency: scope, from: q.from, to: q.to, format: q.format ?? 'json' }, 'review.read');
    return this.builder.build(period);
  }
}

import { Injectable } from '@nestjs/common';
import { AccessReview } from './access-review';
import { AccessReviewBuilder } from './access-review.builder';
import { ClearanceReview, ClearanceReviewBuilder } from './clearance-review.builder';
import { ReviewKind } from './list-reviews.usecase';
import { ReviewPeriod } from './review-scope';

/** The review of a kind, as marks and sign-offs need it. */
@Injectable()
export class ReviewBuilders {
  constructor(
    private readonly access: AccessReviewBuilder,
    private readonly clearance: ClearanceReviewBuilder,
  ) {}

  build(kind: ReviewKind, p: ReviewPeriod): Promise<AccessReview | ClearanceReview> {
    return kind === 'access' ? this.access.build(p) : this.clearance.build(p);
  }
}

import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import { LedgerRepository } from '../ledger/ledger.repository';
import { ReviewBuilders } from './review-builders';
import { ReviewKind } from './list-reviews.usecase';
import { signedOff } from './mark-anomaly.usecase';
import { ReviewScope } from './review-scope';
import { reviewEntry } from './review-write';

export interface SignOffCommand {
  agency?: string;
  from: string;
  to: string;
  /** The digest of the review as the officer read it: a review that changed since is not signed. */
  digest: string;
}

/**
 * The officer signs the review off: every anomaly marked, the review unchanged since it was read
 * (same digest). The sign-off (who, when, the digest) is a `review.signed-off` entry in the ledger;
 * oversight lists reviews due, done and late from these entries.
 */
@Injectable()
export class SignOffReviewUseCase {
  constructor(
    private readonly scopes: ReviewScope,
    private readonly builders: ReviewBuilders,
    private readonly ledger: LedgerRepository,
  ) {}

  async execute(officer: Principal, c: SignOffCommand, kind: ReviewKind = 'access') {
    const scope = await this.scopes.authorise(officer, c.agency);
    const period = await this.scopes.period(scope, c.from, c.to);
    const review = await this.builders.build(kind, period);
    const anomalies = review.anomalies as { id: string; mark: { mark: string } | null }[];
    if (review.signedOff) throw signedOff(review.signedOff.at);
    if (review.open > 0) {
      throw new ProblemException(
        localizedProblem(
          { type: 'urn:passerelle:problem:review-open-anomalies', status: 409, open: anomalies.filter((a) => !a.mark).map((a) => a.id) },
          'problem.review-open-anomalies.detail',
          { open: review.open },
        ),
      );
    }
    if (review.digest !== c.digest) {
      throw new ProblemException(
        localizedProblem(
          { type: 'urn:passerelle:problem:review-changed', status: 409, digest: review.digest },
          'problem.review-changed.detail',
        ),
      );
    }
    const [entry] = await this.ledger.append([
      reviewEntry(officer, 'review.signed-off', period, kind, {
        digest: review.digest,
        principals: typeof review.principals === 'number' ? review.principals : review.principals.length,
        anomalies: anomalies.length,
        ...(kind === 'access' ? { escalated: anomalies.filter((a) => a.mark?.mark === 'escalated').length } : {}),
      }),
    ]);
    return {
      review: kind,
      scope,
      from: c.from,
      to: c.to,
      digest: review.digest,
      signedOff: { by: `principal:${officer.id}`, byName: officer.name, at: entry.recordedAt, seq: entry.seq },
    };
  }
}

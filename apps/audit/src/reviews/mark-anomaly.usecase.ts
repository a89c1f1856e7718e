import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { Principal } from '@passerelle/security';
import { LedgerRepository } from '../ledger/ledger.repository';
import { ReviewBuilders } from './review-builders';
import { ReviewKind } from './list-reviews.usecase';
import { ReviewScope } from './review-scope';
import { reviewEntry } from './review-write';

export interface MarkAnomalyCommand {
  agency?: string;
  from: string;
  to: string;
  anomalyId: string;
  mark: string;
}

/**
 * An officer marks an anomaly of an open review explained or escalated: a `review.anomaly-marked`
 * entry in the ledger (the latest mark counts). A signed-off review is closed: 409.
 */
@Injectable()
export class MarkAnomalyUseCase {
  constructor(
    private readonly scopes: ReviewScope,
    private readonly builders: ReviewBuilders,
    private readonly ledger: LedgerRepository,
  ) {}

  async execute(officer: Principal, c: MarkAnomalyCommand, kind: ReviewKind = 'access') {
    const scope = await this.scopes.authorise(officer, c.agency);
    const period = await this.scopes.period(scope, c.from, c.to);
    const review = await this.builders.build(kind, period);
    if (review.signedOff) throw signedOff(review.signedOff.at);
    const anomaly = (review.anomalies as { id: string; kind: string }[]).find((a) => a.id === c.anomalyId);
    if (!anomaly) {
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:review-unknown-anomaly', status: 404 }, 'problem.review-unknown-anomaly.detail', {
          kind,
          scope,
          from: c.from,
          to: c.to,
          anomalyId: c.anomalyId,
        }),
      );
    }
    const [entry] = await this.ledger.append([
      reviewEntry(officer, 'review.anomaly-marked', period, kind, { anomalyId: anomaly.id, kind: anomaly.kind, mark: c.mark }),
    ]);
    return { anomalyId: anomaly.id, mark: c.mark, by: `principal:${officer.id}`, at: entry.recordedAt, seq: entry.seq };
  }
}

export function signedOff(at: string): ProblemException {
  return new ProblemException(
    localizedProblem({ type: 'urn:passerelle:problem:review-signed-off', status: 409 }, 'problem.review-signed-off.detail', { at }),
  );
}

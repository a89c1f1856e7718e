import { Injectable } from '@nestjs/common';
import { ContractError, EventTypes, SealedSignalSubmittedEvent, SignalSubmission, TopicNames } from '@passerelle/contracts';
import { localizedProblem, ProblemException, validationProblem } from '@passerelle/http';
import { t } from '@passerelle/i18n';
import { InjectTopics, newTraceId } from '@passerelle/messaging';
import { drawDataKey, seal } from '@passerelle/crypto';
import { CLEARANCES, clearanceRank, levelRank, mayMark, needToKnowRank, Principal, PrincipalsRepository } from '@passerelle/security';
import canonicalize from 'canonicalize';
import { createHash, randomUUID } from 'node:crypto';
import { GatewayOutboxRelay } from './outbox-relay.service';
import { NewSignal, SignalsRepository } from './signals.repository';

export interface SubmissionReceipt {
  signalId: string;
  externalRef: string;
  traceId: string;
  status: 'accepted';
  acceptedAt: string;
  /** True when this (agency, externalRef) was already accepted with the same content. */
  repeated: boolean;
  receiptUrl: string;
}

export type ItemResult =
  | ({ index: number; outcome: 'accepted' | 'repeated' } & SubmissionReceipt)
  | { index: number; outcome: 'rejected'; errors: ContractError[] }
  | { index: number; outcome: 'conflict'; signalId: string; detail: string };

/**
 * A POC marks a signal RESTREINT without a clearance, above it at most up to its own clearance in force
 * (libs/security access-policy.ts `mayMark`): marking above that is refused whole
 * (nothing stored, a batch included) and recorded as a denied attempt (`above-clearance`).
 */
export function aboveClearance(principal: Principal, paths: string[], now: Date): ProblemException {
  const maxLevel = CLEARANCES[needToKnowRank(principal, now)];
  const expired = clearanceRank(principal, now) < levelRank(principal.clearance);
  return new ProblemException(
    localizedProblem(
      {
        type: 'urn:passerelle:problem:above-clearance',
        status: 403,
        errors: paths.map((path) => ({ path, reason: 'above-clearance' })),
      },
      'problem.above-clearance.detail',
      { level: maxLevel, expired: String(expired), paths: paths.join(', '), count: paths.length },
    ),
    {},
    'above-clearance',
  );
}

/** In English (a batch's results): the single submission's 409 says it in the request's language. */
const conflictDetail = (ref: string, id: string) => t('en', 'problem.external-ref-conflict.detail', { ref, signalId: id });

@Injectable()
export class SubmitSignalUseCase {
  constructor(
    private readonly signals: SignalsRepository,
    @InjectTopics() private readonly topics: TopicNames,
    private readonly relay: GatewayOutboxRelay,
    private readonly principals: PrincipalsRepository,
  ) {}

  /** One signal: a repeat answers the original receipt, a different content under the same ref is a 409. */
  async submitOne(principal: Principal, signal: SignalSubmission, traceId?: string): Promise<SubmissionReceipt> {
    const [result] = await this.submitMany(principal, [{ signal }], traceId, false);
    if (result.outcome === 'conflict') {
      throw new ProblemException(
        localizedProblem(
          { type: 'urn:passerelle:problem:external-ref-conflict', status: 409, signalId: result.signalId },
          'problem.external-ref-conflict.detail',
          { ref: signal.externalRef, signalId: result.signalId },
        ),
      );
    }
    if (result.outcome === 'rejected') throw validationProblem(result.errors);
    const { index: _index, outcome: _outcome, ...receipt } = result;
    return receipt;
  }

  /**
   * Many signals, each already validated or carrying its errors. Valid ones are stored in one
   * transaction with their outbox events; each item gets its own outcome.
   */
  async submitMany(
    principal: Principal,
    items: ({ signal: SignalSubmission } | { errors: ContractError[] })[],
    traceId?: string,
    batch = true,
  ): Promise<ItemResult[]> {
    const agency = principal.agency;
    if (!agency) throw new Error('a POC principal always has an agency');
    const now = new Date();
    const above = items.flatMap((item, index) =>
      'signal' in item && !mayMark(principal, item.signal.classification, now)
        ? [batch ? `signals[${index}].classification` : 'classification']
        : [],
    );
    if (above.length) throw aboveClearance(principal, above, now);
    const valid: { index: number; row: NewSignal }[] = [];
    const results: ItemResult[] = new Array(items.length);
    // A supplementary signal names an earlier signal of the same agency (never another's: 400, which
    // says no more than that it is not one of yours).
    const named = items.flatMap((i) => ('signal' in i && i.signal.supplements ? [i.signal.supplements.toLowerCase()] : []));
    const known = await this.signals.knownToAgency(agency, [...new Set(named)]);
    // An embargo names OCAM principals (active analysts) by name: one that names nobody of the kind is
    // refused, or nobody could ever read the signal.
    const embargoNames = items.flatMap((i) => ('signal' in i && i.signal.embargo ? i.signal.embargo.principals : []));
    const embargoable = await this.principals.embargoPrincipals([...new Set(embargoNames)]);
    items.forEach((item, index) => {
      if ('errors' in item) {
        results[index] = { index, outcome: 'rejected', errors: item.errors };
        return;
      }
      const original = item.signal.supplements;
      if (original !== undefined && !known.has(original.toLowerCase())) {
        const path = batch ? `signals[${index}].supplements` : 'supplements';
        results[index] = {
          index,
          outcome: 'rejected',
          errors: [{ path, reason: 'supplements must be the signalId of an earlier signal of your agency', code: 'unknown-signal' }],
        };
        return;
      }
      const unknown = (item.signal.embargo?.principals ?? []).flatMap((name, k) =>
        embargoable.has(name) ? [] : [`${batch ? `signals[${index}].` : ''}embargo.principals[${k}]`],
      );
      if (unknown.length) {
        results[index] = {
          index,
          outcome: 'rejected',
          errors: unknown.map((path) => ({
            path,
            reason: 'must name an active analyst at OCAM (a principal name, e.g. of the director)',
            code: 'unknown-principal',
          })),
        };
        return;
      }
      const id = randomUUID();
      const trace = traceId ?? newTraceId();
      const topic = this.topics.submitted(agency);
      const eventId = randomUUID();
      // The content goes to Kafka sealed with the signal's own data key (stored with the signal):
      // an erasure deletes the key, and this copy, still inside the topic's retention, with it.
      const dataKey = drawDataKey(id);
      const payload: SealedSignalSubmittedEvent = {
        eventId,
        occurredAt: now.toISOString(),
        signalId: id,
        traceId: trace,
        agency,
        submittedBy: principal.id,
        sealed: seal(dataKey.key, { topic, signalId: id, eventId }, item.signal),
      };
      valid.push({
        index,
        row: {
          id,
          agency,
          externalRef: item.signal.externalRef,
          contentHash: createHash('sha256')
            .update(canonicalize(item.signal) ?? '', 'utf8')
            .digest('hex'),
          traceId: trace,
          createdAt: now,
          payload: item.signal,
          submittedBy: principal.id,
          dataKey: dataKey.wrapped,
          event: {
            id: payload.eventId,
            type: EventTypes.signalSubmitted,
            topic,
            key: id,
            source: `passerelle/agency-gateway/${agency}`,
            time: payload.occurredAt,
            traceId: trace,
            payload,
          },
        },
      });
    });
    const outcomes = await this.signals.insertMany(
      agency,
      valid.map((v) => v.row),
    );
    outcomes.forEach((o, k) => {
      const { index, row } = valid[k];
      const stored = o.signal;
      if (!o.created && stored.contentHash !== row.contentHash) {
        results[index] = { index, outcome: 'conflict', signalId: stored.id, detail: conflictDetail(row.externalRef, stored.id) };
        return;
      }
      results[index] = {
        index,
        outcome: o.created ? 'accepted' : 'repeated',
        signalId: stored.id,
        externalRef: stored.externalRef,
        traceId: stored.traceId,
        status: 'accepted',
        acceptedAt: stored.createdAt.toISOString(),
        repeated: !o.created,
        receiptUrl: `/v1/signals/${stored.id}`,
      };
    });
    if (outcomes.some((o) => o.created)) this.relay.nudge();
    return results;
  }
}

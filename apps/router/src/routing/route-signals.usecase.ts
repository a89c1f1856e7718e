import { Injectable, Logger } from '@nestjs/common';
import { codedReasons } from '@passerelle/contracts';
import {
  EventDraft,
  eventIds,
  feedbackEvent,
  feedSignalEvent,
  IncomingMessage,
  KafkaService,
  newTraceId,
  rejectedEvent,
  routedEvent,
  stamped,
  traceIdOfMessage,
} from '@passerelle/messaging';
import { idSecret } from '@passerelle/crypto';
import { inboxKey } from '@passerelle/persistence';
import { PrincipalsRepository } from '@passerelle/security';
import {
  Decisions,
  decideRouting,
  lookups,
  Outcome,
  prepare,
  PreparedSubmission,
  Routed,
  routingLockItems,
  RoutingState,
  underCurrentSecret,
} from './decide';
import { RoutingRules } from './routing-rules';
import { RouterTx, RoutingRepository } from './routing.repository';
import { Decoded, DecodedSubmission, decodeSubmission, Reason, refOf, RefusedSubmission } from './submission-decoder';

const SOURCE = 'passerelle/router';

/**
 * Why a claim on another agency's signal id is refused: names no agency and quotes no id (a signal
 * id belongs to the agency that first submitted it).
 */
export const SIGNAL_ID_TAKEN = { path: 'signalId', reason: 'signal-id-taken', code: 'signal-id-taken' };

/**
 * Why a signal none of whose categories is within OCAM's remit (law of 10 July 2006, art. 3) is not
 * routed: it never goes to OCAM by default (docs/legal-basis.md).
 */
export const OUTSIDE_REMIT = { path: 'category', reason: 'outside-remit', code: 'outside-remit' };

/** Why a submission of an erased signal is not routed again (it reached the router after the erasure). */
export const SIGNAL_ERASED = { path: 'signalId', reason: 'signal-erased', code: 'signal-erased' };

/**
 * Why a submission produced by an agency's own client is refused when its `supplements` names no
 * earlier signal of that agency: the gateway's check (submit-signal.usecase.ts), the same code; says
 * no more than that the signal is not one of the agency's (never whose it is).
 */
export const SUPPLEMENTS_UNKNOWN = {
  path: 'supplements',
  reason: 'supplements must be the signalId of an earlier signal of your agency',
  code: 'unknown-signal',
};

/**
 * Why a submission whose embargo names somebody who is not an active analyst at OCAM is refused:
 * nobody could ever read it. The gateway's check (submit-signal.usecase.ts), the same code.
 */
export const UNKNOWN_EMBARGO_PRINCIPAL = (k: number) => ({
  path: `embargo.principals[${k}]`,
  reason: 'unknown-principal',
  code: 'unknown-principal',
});

/**
 * The signal ids a batch reads besides its valid submissions' own: those its refused messages claim
 * (whether a rejection may name them) and those `supplements` names (whether they are the agency's).
 */
export function lockedIds(claimed: Decoded[]): string[] {
  return claimed.flatMap((c) =>
    c.ok ? (c.event.signal.supplements ? [c.event.signal.supplements] : []) : c.claimedId ? [c.claimedId] : [],
  );
}

/**
 * Routes a batch of submissions in one transaction: claims them in the inbox, loads the routing
 * state they depend on, decides (decide.ts), writes the decisions and publishes the events.
 */
@Injectable()
export class RouteSignalsUseCase {
  private readonly logger = new Logger('Router');

  constructor(
    private readonly repo: RoutingRepository,
    private readonly kafka: KafkaService,
    private readonly rules: RoutingRules,
    private readonly principals: PrincipalsRepository,
  ) {
    // The ids this router derives are keyed by the deployment's secret: without one it does not start.
    idSecret();
  }

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    const decoded = messages.map((m) => decodeSubmission(m, this.kafka.topics.submittedPattern));
    await this.repo.transaction(async (tx) => {
      const fresh = await tx.claim(
        decoded.map((c) => ({ eventId: c.eventId, topic: c.msg.topic, partition: c.msg.partition, offset: c.msg.offset })),
      );
      // Redelivered events (or repeats within the batch) are already done.
      const claimed = decoded.filter((c) => fresh.delete(inboxKey({ topic: c.msg.topic, eventId: c.eventId })));
      // Locked before anything is read: only what this batch touches, so that a batch that shares
      // nothing with it runs alongside (another partition, another router instance).
      const preparedOf = new Map<Decoded, PreparedSubmission>(
        claimed.flatMap((c): [Decoded, PreparedSubmission][] => (c.ok ? [[c, prepare(c)]] : [])),
      );
      await tx.lockRouting(routingLockItems(preparedOf.values(), lockedIds(claimed)));
      const todo = await this.checkEmbargoes(await this.checkSupplements(tx, claimed));
      // A signal erased before its submission reached the router (a lagging router, a client's
      // resend) is not routed again: it would bring back a copy the erasure removed.
      const decodedOk = todo.filter((c): c is DecodedSubmission => c.ok);
      const erased = await tx.erasedAmong(decodedOk.map((c) => c.event.signalId));
      const valid = decodedOk.filter((c) => !erased.has(c.event.signalId));
      const refused = todo.filter((c): c is RefusedSubmission => !c.ok);
      // The same objects the checks passed through: prepared (and locked) above.
      const prepared = valid.map((v) => preparedOf.get(v)!);
      const d = decideRouting(prepared, refused, await this.load(tx, prepared, refused));
      await this.write(tx, d);
      const outcomes = new Map<Decoded, Outcome>(valid.map((c, i) => [c, d.outcomes[i]]));
      const echo = new Map<Decoded, boolean>(refused.map((c, i) => [c, d.echoClaims[i]]));
      // The data keys of the signals about to go to feeds, committed before anything sealed with
      // them is published (a redelivered batch reads the same keys back).
      const routedIds = valid.flatMap((c, i) => {
        const o = d.outcomes[i];
        return o.verdict === 'new' && o.decision.destinations.length > 0 ? [c.event.signalId] : [];
      });
      const dataKeys = await this.repo.dataKeys().ensure(routedIds);
      const now = new Date().toISOString();
      const out = todo.flatMap((c) => {
        if (!c.ok) return this.rejection(c, c.reasons, echo.get(c) ? c.claimedId : null, now);
        if (erased.has(c.event.signalId)) {
          const externalRef = refOf({ externalRef: c.event.signal.externalRef });
          return this.rejection({ ...c, agency: c.event.agency, externalRef }, [SIGNAL_ERASED], c.event.signalId, now);
        }
        const outcome = outcomes.get(c)!;
        if (outcome.verdict !== 'signal-id-taken' && outcome.verdict !== 'outside-remit')
          return this.routed(c, outcome, now, preparedOf.get(c)!, dataKeys);
        // Refused, and told to the agency that sent it; nothing is stored, routed or linked. Outside
        // the remit, the signal id is the agency's own (not another's): its receipt says rejected.
        const externalRef = refOf({ externalRef: c.event.signal.externalRef });
        return outcome.verdict === 'outside-remit'
          ? this.rejection({ ...c, agency: c.event.agency, externalRef }, [OUTSIDE_REMIT], c.event.signalId, now)
          : this.rejection({ ...c, agency: c.event.agency, externalRef }, [SIGNAL_ID_TAKEN], null, now);
      });
      // Published before the transaction commits: if the commit fails the batch is redelivered and
      // republished with the same derived ids, which downstream inboxes drop.
      await this.kafka.publish(stamped(out, SOURCE, now));
    });
  }

  /**
   * A submission an agency's own client produced (not opened from the gateway's sealed envelope: the
   * gateway checked it already) whose `supplements` names no earlier signal of the same agency — one
   * the router knows, or one earlier in this batch — is refused with the gateway's reason. Otherwise
   * another agency's signal id would reach analysts as a link between the two agencies' signals.
   */
  private async checkSupplements(tx: RouterTx, todo: Decoded[]): Promise<Decoded[]> {
    const direct = (c: Decoded): c is DecodedSubmission => c.ok && c.msg.sealedValue === undefined && !!c.event.signal.supplements;
    const named = [
      ...new Set(todo.filter(direct).flatMap((c) => [c.event.signal.supplements!, c.event.signal.supplements!.toLowerCase()])),
    ];
    if (named.length === 0) return todo;
    const owners = await tx.signalAgencies(named);
    const earlier = new Set<string>();
    return todo.map((c) => {
      if (!c.ok) return c;
      const agency = c.event.agency;
      const own = (id: string) => owners.get(id) === agency || earlier.has(`${agency}\u0000${id.toLowerCase()}`);
      const original = c.event.signal.supplements;
      if (direct(c) && original !== undefined && !own(original) && !own(original.toLowerCase())) {
        const refused: RefusedSubmission = {
          ok: false,
          msg: c.msg,
          eventId: c.eventId,
          reasons: [SUPPLEMENTS_UNKNOWN],
          agency,
          externalRef: refOf({ externalRef: c.event.signal.externalRef }),
          claimedId: c.event.signalId,
        };
        return refused;
      }
      earlier.add(`${agency}\u0000${c.event.signalId.toLowerCase()}`);
      return c;
    });
  }

  /**
   * A submission whose embargo names anybody who is not an active analyst at OCAM (by the gateway or
   * an agency's own client; a principal may have been revoked since the gateway checked) is refused
   * `unknown-principal`, each such name by its index: no one could read it.
   */
  private async checkEmbargoes(todo: Decoded[]): Promise<Decoded[]> {
    const names = [...new Set(todo.flatMap((c) => (c.ok ? (c.event.signal.embargo?.principals ?? []) : [])))];
    if (names.length === 0) return todo;
    const known = await this.principals.embargoPrincipals(names);
    return todo.map((c) => {
      if (!c.ok || !c.event.signal.embargo) return c;
      const reasons = c.event.signal.embargo.principals.flatMap((name, k) => (known.has(name) ? [] : [UNKNOWN_EMBARGO_PRINCIPAL(k)]));
      if (reasons.length === 0) return c;
      const refused: RefusedSubmission = {
        ok: false,
        msg: c.msg,
        eventId: c.eventId,
        reasons,
        agency: c.event.agency,
        externalRef: refOf({ externalRef: c.event.signal.externalRef }),
        claimedId: c.event.signalId,
      };
      return refused;
    });
  }

  /** The state the batch's decisions depend on, under the locks of what the batch touches (`routingLockItems`). */
  private async load(tx: RouterTx, valid: PreparedSubmission[], refused: RefusedSubmission[]): Promise<RoutingState> {
    const state: RoutingState = { known: [], fingerprintOwners: new Map(), knownKeys: [], claimOwners: new Map(), rules: this.rules.rules };
    if (valid.length > 0) {
      const q = lookups(valid);
      // Under the current key secret and the previous one; what only the previous one finds is
      // re-keyed now, so that it is still found after the next rotation.
      const found = underCurrentSecret(
        valid,
        await tx.fingerprintOwners(q.fingerprintAgencies, q.fingerprints),
        await tx.knownKeys(q.keys),
      );
      await tx.rekeyFingerprints(found.rekeyFingerprints);
      await tx.rekeySubjectKeys(found.rekeyKeys);
      state.fingerprintOwners = found.fingerprintOwners;
      state.known = await tx.knownSignals(q.agencies, q.refs, [...q.ids, ...state.fingerprintOwners.values()]);
      state.knownKeys = found.knownKeys;
    }
    const claims = refused.flatMap((r) => r.claimedId ?? []);
    if (claims.length) state.claimOwners = await tx.signalAgencies(claims);
    return state;
  }

  private async write(tx: RouterTx, { writes }: Decisions): Promise<void> {
    await tx.insertSignals(writes.signals);
    await tx.insertFingerprints(writes.fingerprints);
    await tx.insertCorrelations(writes.correlations);
    await tx.insertSubjectKeys(writes.subjectKeys);
    await tx.insertLinks(writes.links);
  }

  private routed(
    c: DecodedSubmission,
    outcome: Routed,
    now: string,
    prepared: PreparedSubmission,
    dataKeys: Map<string, Buffer>,
  ): EventDraft[] {
    const { event: e, eventId, traceId } = c;
    const topics = this.kafka.topics;
    const routed = routedEvent(topics, {
      id: eventIds.routed(eventId),
      occurredAt: now,
      signalId: e.signalId,
      traceId,
      agency: e.agency,
      correlationId: outcome.correlationId,
      verdict: outcome.verdict,
      ruleId: outcome.decision.ruleId,
      ruleVersion: outcome.decision.ruleVersion,
      destinations: outcome.verdict === 'new' ? outcome.decision.destinations : [],
      // The event names the kind of key and its keyed reference; the stored digest stays here.
      matchedKey: outcome.matchedKey ? (prepared.plainKeys.get(outcome.matchedKey) ?? null) : null,
      duplicateOf: outcome.duplicateOf,
      classification: e.signal.classification,
      retentionUntil: e.signal.retentionUntil,
      exercise: e.signal.exercise === true,
    });
    const feeds = routed.payload.destinations.map((feed) =>
      feedSignalEvent(topics, {
        id: eventIds.feed(eventId, feed),
        feed,
        routed: routed.payload,
        signal: e.signal,
        dataKey: dataKeys.get(e.signalId)!,
      }),
    );
    const feedback = feedbackEvent(topics, {
      id: eventIds.submissionFeedback(eventId),
      occurredAt: now,
      signalId: e.signalId,
      traceId,
      agency: e.agency,
      status: outcome.verdict === 'new' ? 'routed' : 'duplicate',
      detail:
        outcome.verdict === 'new'
          ? { ruleId: outcome.decision.ruleId, ruleVersion: outcome.decision.ruleVersion, externalRef: e.signal.externalRef }
          : {
              verdict: outcome.verdict,
              externalRef: e.signal.externalRef,
              ...(outcome.duplicateOf ? { duplicateOf: outcome.duplicateOf } : {}),
            },
    });
    return [routed, ...feeds, feedback];
  }

  /** A refused message: on the rejected topic, and in the feedback of the agency whose topic it came on. */
  private rejection(
    c: Pick<RefusedSubmission, 'msg' | 'eventId' | 'agency' | 'externalRef'>,
    reasons: Reason[],
    claimedId: string | null,
    now: string,
  ): EventDraft[] {
    const { msg, eventId, agency } = c;
    const topics = this.kafka.topics;
    const traceId = traceIdOfMessage(msg) ?? newTraceId();
    // Codes with field paths, never the values: the refused message is untrusted free text.
    const coded = codedReasons(reasons, 50);
    this.logger.warn(
      `rejected ${msg.topic}/${msg.partition}@${msg.offset}: ${coded
        .map((r) => `${r.path || '(message)'}: ${r.reason}`)
        .join('; ')
        .slice(0, 500)}`,
    );
    const rejected = rejectedEvent(topics, {
      id: eventIds.rejected(eventId),
      occurredAt: now,
      signalId: claimedId,
      traceId,
      agency,
      topic: msg.topic,
      partition: msg.partition,
      offset: msg.offset,
      reasons: coded,
      submissionEventId: eventId,
    });
    if (!agency) return [rejected];
    const feedback = feedbackEvent(topics, {
      id: eventIds.submissionFeedback(eventId),
      occurredAt: now,
      signalId: claimedId ?? eventId,
      traceId,
      agency,
      status: 'rejected',
      detail: { reasons: rejected.payload.reasons, externalRef: c.externalRef, partition: msg.partition, offset: msg.offset },
    });
    return [rejected, feedback];
  }
}

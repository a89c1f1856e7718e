import { Injectable, Logger } from '@nestjs/common';
import {
  EventTypes,
  FeedbackEvent,
  FeedSignalEvent,
  SignalRejectedEvent,
  SignalRoutedEvent,
  SignalSubmittedEvent,
  keyReference,
  toStorable,
  UNSTORABLE,
  validateAs,
  validateSignal,
} from '@passerelle/contracts';
import {
  derivedId,
  eventIdOf,
  idSecret,
  IncomingMessage,
  KafkaService,
  newTraceId,
  OutgoingEvent,
  parseJson,
  traceIdOfMessage,
} from '@passerelle/messaging';
import { inboxKey } from '@passerelle/persistence';
import { contentFingerprint, signalSubjectKeys } from '../correlation/subject-keys';
import { Decision, decide, RoutingRules } from './routing-rules';
import { NewSignalRow, RouterTx, RoutingRepository } from './routing.repository';

const SOURCE = 'passerelle/router';

interface Routed {
  verdict: 'new' | 'duplicate-ref' | 'duplicate-content';
  decision: Decision;
  correlationId: string;
  matchedKey: string | null;
  duplicateOf: string | null;
}

/** A signal id belongs to the agency whose signal first had it: another agency's claim is refused. */
type Outcome = Routed | { verdict: 'signal-id-taken' };

/** Why a claim on another agency's signal id is refused: names no agency and quotes no id. */
export const SIGNAL_ID_TAKEN = {
  path: 'signalId',
  reason: "signal-id-taken: this signalId is another agency's signal; a signal id belongs to the agency that first submitted it",
};

type Rejection = {
  msg: IncomingMessage;
  eventId: string;
  reasons: { path: string; reason: string }[];
  partial: Record<string, unknown>;
  /** Whether the id the message claims may be shown back (not when it is another agency's). */
  echoClaim: boolean;
};

type Checked =
  | { ok: true; msg: IncomingMessage; eventId: string; event: SignalSubmittedEvent }
  | { ok: false; msg: IncomingMessage; eventId: string; reasons: { path: string; reason: string }[]; partial: Record<string, unknown> };

@Injectable()
export class RouteSignalsUseCase {
  private readonly logger = new Logger('Router');

  constructor(
    private readonly repo: RoutingRepository,
    private readonly kafka: KafkaService,
    private readonly rules: RoutingRules,
  ) {
    // The ids this router derives are keyed by the deployment's secret: without one it does not start.
    idSecret();
  }

  /**
   * Validates every message as untrusted input; never throws for bad input. A message is either
   * the gateway's envelope (SignalSubmittedEvent) or a bare SignalSubmission that an agency
   * produced with its own client; both meet the same contract as the HTTP API.
   */
  check(msg: IncomingMessage): Checked {
    const topicAgency = this.kafka.topics.submittedPattern.exec(msg.topic)?.[1] ?? null;
    // The agency's client chose the ce-id: it is unique within that agency only.
    const eventId = eventIdOf(msg, topicAgency ?? undefined);
    const parsed = parseJson(msg.value);
    if (!parsed.ok) return { ok: false, msg, eventId, reasons: [{ path: '', reason: parsed.reason }], partial: {} };
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, msg, eventId, reasons: [{ path: '', reason: 'message value must be a JSON object' }], partial: {} };
    }
    const partial = value as Record<string, unknown>;
    if (!topicAgency) return { ok: false, msg, eventId, reasons: [{ path: '', reason: 'not an agency submission topic' }], partial };
    if ('signal' in partial) {
      const { value: event, errors } = validateAs(SignalSubmittedEvent, value);
      if (event && event.agency !== topicAgency) {
        errors.push({ path: 'agency', reason: `agency '${event.agency}' contradicts the topic's agency '${topicAgency}'` });
      }
      if (!event || errors.length) return { ok: false, msg, eventId, reasons: errors, partial };
      return { ok: true, msg, eventId, event };
    }
    const { value: signal, errors } = validateSignal(value);
    if (!signal) return { ok: false, msg, eventId, reasons: errors, partial };
    const event: SignalSubmittedEvent = {
      eventId,
      occurredAt: new Date(Number(msg.timestamp) || Date.now()).toISOString(),
      // The same (agency, externalRef) always gets the same id, whichever way it arrives.
      signalId: derivedId('signal', topicAgency, signal.externalRef),
      traceId: traceIdOfMessage(msg) ?? derivedId('trace', eventId).replace(/-/g, ''),
      agency: topicAgency,
      signal,
    };
    return { ok: true, msg, eventId, event };
  }

  async handleBatch(messages: IncomingMessage[]): Promise<void> {
    const checked = messages.map((m) => this.check(m));
    await this.repo.transaction(async (tx) => {
      const fresh = await tx.claim(
        checked.map((c) => ({ eventId: c.eventId, topic: c.msg.topic, partition: c.msg.partition, offset: c.msg.offset })),
      );
      // Redelivered events (or repeats within the batch) are already done.
      const todo = checked.filter((c) => fresh.delete(inboxKey({ topic: c.msg.topic, eventId: c.eventId })));
      const valid = todo.flatMap((c) =>
        c.ok ? [{ eventId: c.eventId, e: c.event, traceId: traceIdOfMessage(c.msg) ?? c.event.traceId }] : [],
      );
      const outcomes = await this.decideAll(tx, valid);
      // What an unreadable message claims is shown back to its agency, unless it is the id of
      // another agency's signal: a rejection naming that id would join that signal's trail.
      const claims = todo.flatMap((c) => (c.ok ? [] : (this.claimedId(c.msg, c.partial) ?? [])));
      const owners = claims.length ? await tx.signalAgencies(claims) : new Map<string, string>();
      const out: OutgoingEvent[] = [];
      const now = new Date().toISOString();
      for (const c of todo) {
        if (!c.ok) {
          const claimed = this.claimedId(c.msg, c.partial);
          const owner = claimed === null ? undefined : owners.get(claimed);
          out.push(...this.rejection({ ...c, echoClaim: owner === undefined || owner === this.topicAgency(c.msg) }, now));
          continue;
        }
        const e = c.event;
        const traceId = traceIdOfMessage(c.msg) ?? e.traceId;
        const outcome = outcomes.get(c.eventId)!;
        if (outcome.verdict === 'signal-id-taken') {
          // Refused, and told to the agency that sent it; nothing is stored, routed or linked.
          const partial = { externalRef: e.signal.externalRef };
          out.push(...this.rejection({ msg: c.msg, eventId: c.eventId, reasons: [SIGNAL_ID_TAKEN], partial, echoClaim: false }, now));
          continue;
        }
        const base = { source: SOURCE, time: now, traceId };
        const routed: SignalRoutedEvent = {
          eventId: derivedId(c.eventId, 'routed'),
          occurredAt: now,
          signalId: e.signalId,
          traceId,
          agency: e.agency,
          correlationId: outcome.correlationId,
          verdict: outcome.verdict,
          ruleId: outcome.decision.ruleId,
          ruleVersion: outcome.decision.ruleVersion,
          destinations: outcome.verdict === 'new' ? outcome.decision.destinations : [],
          ...(outcome.matchedKey ? { matchedKey: keyReference(outcome.matchedKey) } : {}),
          ...(outcome.duplicateOf ? { duplicateOf: outcome.duplicateOf } : {}),
        };
        out.push({
          ...base,
          topic: this.kafka.topics.routed,
          key: outcome.correlationId,
          id: routed.eventId,
          type: EventTypes.signalRouted,
          payload: routed,
        });
        for (const feed of routed.destinations) {
          const fe: FeedSignalEvent = {
            eventId: derivedId(c.eventId, 'feed', feed),
            occurredAt: now,
            signalId: e.signalId,
            traceId,
            agency: e.agency,
            feed,
            correlationId: outcome.correlationId,
            ruleId: routed.ruleId,
            ruleVersion: routed.ruleVersion,
            ...(routed.matchedKey ? { matchedKey: routed.matchedKey } : {}),
            signal: e.signal,
          };
          // Keyed by correlation: one subject's signals stay in order on one partition.
          out.push({
            ...base,
            topic: this.kafka.topics.feed(feed),
            key: outcome.correlationId,
            id: fe.eventId,
            type: EventTypes.feedSignal,
            payload: fe,
          });
        }
        const fb: FeedbackEvent = {
          eventId: derivedId(c.eventId, 'feedback'),
          occurredAt: now,
          signalId: e.signalId,
          traceId,
          agency: e.agency,
          status: outcome.verdict === 'new' ? 'routed' : 'duplicate',
          detail:
            outcome.verdict === 'new'
              ? { ruleId: routed.ruleId, ruleVersion: routed.ruleVersion, externalRef: e.signal.externalRef }
              : {
                  verdict: outcome.verdict,
                  externalRef: e.signal.externalRef,
                  ...(outcome.duplicateOf ? { duplicateOf: outcome.duplicateOf } : {}),
                },
        };
        out.push({
          ...base,
          topic: this.kafka.topics.feedback(e.agency),
          key: e.signalId,
          id: fb.eventId,
          type: EventTypes.feedback,
          payload: fb,
        });
      }
      // Published before the transaction commits: if the commit fails the batch is redelivered and
      // republished with the same derived ids, which downstream inboxes drop.
      await this.kafka.publish(out);
    });
  }

  /**
   * Deduplicates, correlates and routes the batch's valid signals, as if one by one in batch order,
   * with a handful of statements for the whole batch:
   * (0) a signal id already another agency's → signal-id-taken (refused: it never joins, repeats or
   *     suppresses that agency's signal); a new id is bound to its agency by the signal's row;
   * (1) same agency + ref → duplicate-ref (nothing stored again);
   * (2) same agency + material content → duplicate-content, linked to the first one's dossier;
   * (3) otherwise correlated by its normalised subject keys (the oldest known key wins) and routed
   *     by the rules in force.
   */
  private async decideAll(
    tx: RouterTx,
    items: { eventId: string; e: SignalSubmittedEvent; traceId: string }[],
  ): Promise<Map<string, Outcome>> {
    const outcomes = new Map<string, Outcome>();
    if (items.length === 0) return outcomes;
    await tx.lockRouting();
    const sep = '\u0000';
    const fps = items.map(({ e }) => contentFingerprint(e.signal));
    const keysOf = items.map(({ e }) => signalSubjectKeys(e.signal));
    const fpOwner = await tx.fingerprintOwners(
      items.map(({ e }) => e.agency),
      fps,
    );
    const known = await tx.knownSignals(
      items.map(({ e }) => e.agency),
      items.map(({ e }) => e.signal.externalRef),
      [...items.map(({ e }) => e.signalId), ...fpOwner.values()],
    );
    const byRef = new Map<string, { signalId: string; correlationId: string | null }>();
    const correlationOf = new Map<string, string | null>();
    const agencyOf = new Map<string, string>();
    for (const k of known) {
      byRef.set(`${k.agency}${sep}${k.externalRef}`, k);
      correlationOf.set(k.signalId, k.correlationId);
      agencyOf.set(k.signalId, k.agency);
    }
    const keyRank = new Map<string, { correlationId: string; rank: number }>();
    const dbKeys = await tx.knownKeys([...new Set(keysOf.flat())]);
    dbKeys.forEach((k, rank) => keyRank.set(k.key, { correlationId: k.correlationId, rank }));
    let nextRank = dbKeys.length;

    const signals: NewSignalRow[] = [];
    const newFingerprints: { agency: string; fingerprint: string; signalId: string }[] = [];
    const newCorrelations: string[] = [];
    const newKeys: { key: string; correlationId: string; signalId: string }[] = [];
    const links: { correlationId: string; signalId: string; agency: string; matchedKey: string | null }[] = [];

    items.forEach(({ eventId, e, traceId }, i) => {
      const decision = decide(this.rules.rules, e.agency, e.signal) ?? {
        ruleId: 'none',
        ruleVersion: this.rules.rules.version,
        destinations: [],
      };
      const idOwner = agencyOf.get(e.signalId);
      if (idOwner !== undefined && idOwner !== e.agency) {
        outcomes.set(eventId, { verdict: 'signal-id-taken' });
        return;
      }
      const refKey = `${e.agency}${sep}${e.signal.externalRef}`;
      const original =
        byRef.get(refKey) ??
        (correlationOf.has(e.signalId) ? { signalId: e.signalId, correlationId: correlationOf.get(e.signalId) ?? null } : undefined);
      if (original) {
        outcomes.set(eventId, {
          verdict: 'duplicate-ref',
          decision,
          correlationId: original.correlationId ?? e.signalId,
          matchedKey: null,
          duplicateOf: original.signalId,
        });
        return;
      }
      const fpKey = `${e.agency}${sep}${fps[i]}`;
      const owner = fpOwner.get(fpKey);
      let outcome: Outcome;
      if (owner) {
        const correlationId = correlationOf.get(owner) ?? owner;
        outcome = { verdict: 'duplicate-content', decision, correlationId, matchedKey: null, duplicateOf: owner };
        signals.push({
          signalId: e.signalId,
          agency: e.agency,
          externalRef: e.signal.externalRef,
          verdict: 'duplicate-content',
          destinations: [],
          correlationId,
          traceId,
        });
      } else {
        fpOwner.set(fpKey, e.signalId);
        newFingerprints.push({ agency: e.agency, fingerprint: fps[i], signalId: e.signalId });
        let best: { key: string; correlationId: string; rank: number } | undefined;
        for (const key of keysOf[i]) {
          const k = keyRank.get(key);
          if (k && (!best || k.rank < best.rank)) best = { key, ...k };
        }
        const correlationId = best?.correlationId ?? e.signalId;
        if (!best) newCorrelations.push(correlationId);
        for (const key of keysOf[i]) {
          if (keyRank.has(key)) continue;
          keyRank.set(key, { correlationId, rank: nextRank++ });
          newKeys.push({ key, correlationId, signalId: e.signalId });
        }
        links.push({ correlationId, signalId: e.signalId, agency: e.agency, matchedKey: best?.key ?? null });
        outcome = { verdict: 'new', decision, correlationId, matchedKey: best?.key ?? null, duplicateOf: null };
        signals.push({
          signalId: e.signalId,
          agency: e.agency,
          externalRef: e.signal.externalRef,
          verdict: 'new',
          destinations: decision.destinations,
          correlationId,
          traceId,
        });
      }
      byRef.set(refKey, { signalId: e.signalId, correlationId: outcome.correlationId });
      correlationOf.set(e.signalId, outcome.correlationId);
      agencyOf.set(e.signalId, e.agency);
      outcomes.set(eventId, outcome);
    });

    await tx.insertSignals(signals);
    await tx.insertFingerprints(newFingerprints);
    await tx.insertCorrelations(newCorrelations);
    await tx.insertSubjectKeys(newKeys);
    await tx.insertLinks(links);
    return outcomes;
  }

  private topicAgency(msg: IncomingMessage): string | null {
    return this.kafka.topics.submittedPattern.exec(msg.topic)?.[1] ?? null;
  }

  private static refOf(partial: Record<string, unknown>): string | null {
    return typeof partial.externalRef === 'string' && partial.externalRef.length <= 100 ? toStorable(partial.externalRef) : null;
  }

  /**
   * The signal id a refused message claimed, when it can be shown back within the events' own
   * contracts (1-100 characters of storable text): the consumers of feedback topics check those
   * contracts. A bare submission claims the id its agency and reference would get.
   */
  private claimedId(msg: IncomingMessage, partial: Record<string, unknown>): string | null {
    const topicAgency = this.topicAgency(msg);
    const ref = RouteSignalsUseCase.refOf(partial);
    return typeof partial.signalId === 'string' &&
      partial.signalId.length >= 1 &&
      partial.signalId.length <= 100 &&
      !UNSTORABLE.test(partial.signalId)
      ? partial.signalId
      : topicAgency && ref
        ? derivedId('signal', topicAgency, ref)
        : null;
  }

  private rejection(c: Rejection, now: string): OutgoingEvent[] {
    const topicAgency = this.topicAgency(c.msg);
    const ref = RouteSignalsUseCase.refOf(c.partial);
    const claimedId = c.echoClaim ? this.claimedId(c.msg, c.partial) : null;
    const traceId = traceIdOfMessage(c.msg) ?? newTraceId();
    const rejected: SignalRejectedEvent = {
      eventId: derivedId(c.eventId, 'rejected'),
      occurredAt: now,
      signalId: claimedId,
      traceId,
      agency: topicAgency,
      topic: c.msg.topic,
      partition: c.msg.partition,
      offset: c.msg.offset,
      // Reasons may quote what they refuse: as text the consumers can store.
      reasons: toStorable(c.reasons.slice(0, 50)),
    };
    this.logger.warn(
      `rejected ${c.msg.topic}/${c.msg.partition}@${c.msg.offset}: ${c.reasons
        .map((r) => `${r.path} ${r.reason}`)
        .join('; ')
        .slice(0, 500)}`,
    );
    const base = { source: SOURCE, time: now, traceId };
    const out: OutgoingEvent[] = [
      {
        ...base,
        topic: this.kafka.topics.rejected,
        key: claimedId ?? c.eventId,
        id: rejected.eventId,
        type: EventTypes.signalRejected,
        payload: rejected,
      },
    ];
    if (topicAgency) {
      const fb: FeedbackEvent = {
        eventId: derivedId(c.eventId, 'feedback'),
        occurredAt: now,
        signalId: claimedId ?? c.eventId,
        traceId,
        agency: topicAgency,
        status: 'rejected',
        detail: { reasons: rejected.reasons, externalRef: ref, partition: c.msg.partition, offset: c.msg.offset },
      };
      out.push({
        ...base,
        topic: this.kafka.topics.feedback(topicAgency),
        key: fb.signalId,
        id: fb.eventId,
        type: EventTypes.feedback,
        payload: fb,
      });
    }
    return out;
  }
}

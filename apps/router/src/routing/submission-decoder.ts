import { SignalSubmission, SignalSubmittedEvent, validated } from '@passerelle/contracts';
import { eventIdOf, eventIds, IncomingMessage, jsonOf, traceIdOfMessage } from '@passerelle/messaging';

/** Why a message is refused; `code` is what travels on (reason-codes.ts), `reason` may quote the value. */
export interface Reason {
  path: string;
  reason: string;
  code?: string;
}

/** A submission that meets the contract, as the router routes it. */
export interface DecodedSubmission {
  ok: true;
  msg: IncomingMessage;
  /** The inbox id: the agency's ce-id, scoped by the agency (or the message's position). */
  eventId: string;
  event: SignalSubmittedEvent;
  /** The message's trace (its traceparent header), else the event's. */
  traceId: string;
}

/** A message the router refuses, with what it may show back to the agency. */
export interface RefusedSubmission {
  ok: false;
  msg: IncomingMessage;
  eventId: string;
  reasons: Reason[];
  /** The agency of the submission topic it came on (null on any other topic). */
  agency: string | null;
  /** The reference it carries, when it is storable text within the contract's length. */
  externalRef: string | null;
  /** The signal id it claims ({@link claimedSignalId}). */
  claimedId: string | null;
}

export type Decoded = DecodedSubmission | RefusedSubmission;

/**
 * Decodes one message of an agency's submission topic as untrusted input; never throws for bad
 * input. A message is either the gateway's envelope (SignalSubmittedEvent) or a bare
 * SignalSubmission that an agency produced with its own client; both meet the same contract as the
 * HTTP API. The agency is the topic's: an envelope naming another one is refused.
 *
 * `now` stands in for the occurrence time of a bare submission whose record has no timestamp.
 */
export function decodeSubmission(msg: IncomingMessage, submittedPattern: RegExp, now: () => number = Date.now): Decoded {
  const topicAgency = submittedPattern.exec(msg.topic)?.[1] ?? null;
  // The agency's client chose the ce-id: it is unique within that agency only.
  const eventId = eventIdOf(msg, topicAgency ?? undefined);
  const refuse = (reasons: Reason[], partial: Record<string, unknown> = {}): RefusedSubmission => ({
    ok: false,
    msg,
    eventId,
    reasons,
    agency: topicAgency,
    externalRef: refOf(partial),
    claimedId: claimedSignalId(topicAgency, partial),
  });
  // The transport parsed the value once (`payload`; its consumer group has no contract: this is the
  // router's validation); a value that is not JSON is parsed again only to say why.
  const parsed = jsonOf(msg);
  if (!parsed.ok) return refuse([{ path: '', reason: parsed.reason, code: parsed.code }]);
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse([{ path: '', reason: 'message value must be a JSON object', code: 'not-an-object' }]);
  }
  const partial = value as Record<string, unknown>;
  if (!topicAgency) return refuse([{ path: '', reason: 'not an agency submission topic', code: 'not-a-submission-topic' }], partial);
  if ('signal' in partial) {
    const { value: event, errors } = validated(SignalSubmittedEvent, value);
    if (event && event.agency !== topicAgency) {
      errors.push({
        path: 'agency',
        reason: `agency '${event.agency}' contradicts the topic's agency '${topicAgency}'`,
        code: 'contradicts-topic',
      });
    }
    if (!event || errors.length) return refuse(errors, partial);
    return { ok: true, msg, eventId, event, traceId: traceIdOfMessage(msg) ?? event.traceId };
  }
  const { value: signal, errors } = validated(SignalSubmission, value);
  if (!signal) return refuse(errors, partial);
  const traceId = traceIdOfMessage(msg) ?? eventIds.trace(eventId);
  const event: SignalSubmittedEvent = {
    eventId,
    occurredAt: new Date(Number(msg.timestamp) || now()).toISOString(),
    // The same (agency, externalRef) always gets the same id, whichever way it arrives.
    signalId: eventIds.signal(topicAgency, signal.externalRef),
    traceId,
    agency: topicAgency,
    signal,
  };
  return { ok: true, msg, eventId, event, traceId };
}

/** The reference a message carries, when it fits the contract's length; as text consumers can store. */
export function refOf(partial: Record<string, unknown>): string | null {
  // Only a reference the contract would accept: anything else is the sender's free text, which
  // would travel on in feedback (and its ledger entry) verbatim.
  return typeof partial.externalRef === 'string' && EXTERNAL_REF.test(partial.externalRef) ? partial.externalRef : null;
}

/** The contract's form of an external reference (SignalSubmission.externalRef). */
const EXTERNAL_REF = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signal id a refused message claimed, when it is a UUID (every signal id is one): anything else
 * in its place is the sender's free text, which would travel on in the rejection, the agency's
 * feedback and their ledger entries verbatim (a name and a birth date shaped like an id). A bare
 * submission claims the id its agency and reference would get.
 */
export function claimedSignalId(topicAgency: string | null, partial: Record<string, unknown>): string | null {
  const ref = refOf(partial);
  return typeof partial.signalId === 'string' && UUID.test(partial.signalId)
    ? partial.signalId
    : topicAgency && ref
      ? eventIds.signal(topicAgency, ref)
      : null;
}

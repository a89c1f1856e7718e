import { CodedReason, compiledValidator, ContractError } from '@passerelle/contracts';
import { checkedJson, IncomingMessage, JsonParse, parseJson } from './events';

/**
 * A consumer's decoding of one message, run by the transport before any handler (after the sealed
 * opener): the message with its `payload` set — the one place a payload is parsed and validated on
 * a hop — or the reasons it may not reach its handler; then it goes to the service's dead-letter
 * topic and the partition moves on.
 */
export type MessageDecoder = (m: IncomingMessage) => IncomingMessage | ContractError[];

/**
 * Opens sealed messages before the contract check (sealed-opener.ts `sealedOpener`): each message comes
 * back opened or unchanged, or as the reasons it cannot be opened (then it is dead-lettered).
 */
export type MessageOpener = (messages: IncomingMessage[]) => Promise<(IncomingMessage | ContractError[])[]>;

/** Payload on `deadletters.<service>.v1`: a message a consumer set aside, and why. */
export interface DeadLetterEvent {
  eventId: string;
  occurredAt: string;
  service: string;
  /** The consumer (its logical name; the group is `passerelle.<consumer>`). */
  consumer: string;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
  sourceKey: string | null;
  /** Field paths and what is wrong with them; never the values. */
  reasons: CodedReason[];
  /**
   * The message as it came (base64), for an operator's replay; only operators and the audit read
   * this topic. Null when the record had no value or was too large to carry (see `valueBytes`).
   */
  value: string | null;
  /** The record's size in bytes. */
  valueBytes?: number;
  /** The record's headers (CloudEvents ce-id, type, traceparent…), replayed with it. */
  headers?: Record<string, string>;
}

/** The value of a message parsed, or the payload the sealed opener already opened, held to what {@link parseJson} accepts. */
function decodedJson(m: IncomingMessage): JsonParse {
  return m.payload !== undefined ? checkedJson(m.payload) : parseJson(m.value);
}

/**
 * The payload parsed and validated against its contract class (unknown fields refused, text that
 * Postgres cannot hold refused), then `extra` for the facts a class cannot know — those implied by
 * the topic a message came from. The contract runs as its compiled validator (libs/contracts
 * compiled.ts: class-validator's verdicts, held to them by a differential test, at a fifth of the
 * cost per message). What passes reaches the handler with its `payload` set: it parses nothing again.
 */
export function contractDecoder<T extends object>(
  cls: new () => T,
  extra?: (payload: T, m: IncomingMessage) => ContractError[],
): MessageDecoder {
  const validate = compiledValidator(cls);
  return (m) => {
    const parsed = decodedJson(m);
    if (!parsed.ok) return [{ path: '', reason: 'not-json', code: 'not-json' }];
    const errors = validate(parsed.value);
    if (errors.length) return errors;
    const reasons = extra?.(parsed.value as T, m) ?? [];
    return reasons.length ? reasons : { ...m, payload: parsed.value };
  };
}

/**
 * The decoding of a handler without a contract (it validates what it reads, and answers the sender
 * itself: the router rejects a bad submission to its agency; the audit records whatever it sees):
 * the value parsed once, never refused. `payload` is left undefined when the value is not JSON — the
 * handler asks {@link jsonOf} (events.ts) why.
 */
export const jsonDecoder: MessageDecoder = (m) => {
  const parsed = decodedJson(m);
  return { ...m, payload: parsed.ok ? parsed.value : undefined };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A field that lands in a uuid column. */
export const mustBeUuid = (path: string, v: unknown): ContractError[] =>
  typeof v === 'string' && UUID.test(v) ? [] : [{ path, reason: 'must be a UUID', code: 'not-a-uuid' }];

/** An instant Postgres can hold (years 1–9999) and that JavaScript reads as written. */
export const mustBeStorableInstant = (path: string, v: unknown): ContractError[] => {
  const d = typeof v === 'string' ? new Date(v) : null;
  return d && !isNaN(d.getTime()) && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999
    ? []
    : [{ path, reason: 'must be an instant in years 1-9999', code: 'bad-instant' }];
};

/** A payload field that must say what the topic already says (the topic wins). */
export const mustMatchTopic = (path: string, v: unknown, fromTopic: string | undefined): ContractError[] =>
  fromTopic !== undefined && v === fromTopic
    ? []
    : [{ path, reason: `contradicts the topic (${fromTopic ?? 'unknown'})`, code: 'contradicts-topic' }];

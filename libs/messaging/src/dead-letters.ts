import { CodedReason, compiledValidator, ContractError, jsonStorable } from '@passerelle/contracts';
import { IncomingMessage, parseJson } from './events';

/**
 * A consumer's contract check: the reasons a message may not reach its handler (none: it may).
 * Run by the transport before any handler; what fails goes to the service's dead-letter topic and
 * the partition moves on.
 */
export type MessageCheck = (m: IncomingMessage) => ContractError[];

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

/**
 * The payload parsed and validated against its contract class (unknown fields refused, text that
 * Postgres cannot hold refused), then `extra` for the facts a class cannot know — those implied by
 * the topic a message came from. The contract runs as its compiled validator (libs/contracts
 * compiled.ts: class-validator's verdicts, held to them by a differential test, at a fifth of the
 * cost per message).
 */
export function contractCheck<T extends object>(
  cls: new () => T,
  extra?: (payload: T, m: IncomingMessage) => ContractError[],
): MessageCheck {
  const validate = compiledValidator(cls);
  return (m) => {
    const parsed = parseJson(m.value);
    if (!parsed.ok) return [{ path: '', reason: 'not-json', code: 'not-json' }];
    if (!jsonStorable(parsed.value))
      return [{ path: '', reason: 'unstorable-text (NUL or an unpaired surrogate)', code: 'unstorable-text' }];
    const errors = validate(parsed.value);
    if (errors.length) return errors;
    return extra?.(parsed.value as T, m) ?? [];
  };
}

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

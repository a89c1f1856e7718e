import { createHash } from 'node:crypto';
import { EventType, Headers, jsonDepthExceeds, jsonStorable, MAX_JSON_DEPTH, UNSTORABLE } from '@passerelle/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { derivedId } from '@passerelle/crypto';
import { traceIdOf, traceparent } from './trace';

/** An event to publish: the payload is serialised as JSON, headers follow CloudEvents naming. */
export interface OutgoingEvent {
  topic: string;
  key: string;
  id: string;
  type: EventType;
  source: string;
  time: string;
  traceId: string;
  payload: unknown;
}

/** A record as it came off the log. The value is untrusted bytes: decoding is the consumer's job. */
export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  timestamp: string;
  /** For a message the transport opened (sealed-opener.ts): the value as it came off the log, sealed. */
  sealedValue?: Buffer | null;
  /**
   * The value decoded, once per hop, by the transport (dead-letters.ts `contractDecoder`,
   * `jsonDecoder`): parsed, opened when sealed, and validated when the handler declares a contract.
   * What a handler reads (typed by batch-transport.ts `Decoded<T>`) instead of parsing `value` again.
   * Undefined only where the value is not JSON and the handler has no contract (it says why: {@link jsonOf}).
   */
  payload?: unknown;
}

/** `traceHeader`: the traceparent to send (a producer span's, tracing.ts); else a new span id in the event's trace. */
export function toKafkaMessage(e: OutgoingEvent, traceHeader?: string): Message {
  return {
    key: e.key,
    value: JSON.stringify(e.payload),
    headers: {
      [Headers.id]: e.id,
      [Headers.type]: e.type,
      [Headers.source]: e.source,
      [Headers.time]: e.time,
      [Headers.specversion]: '1.0',
      [Headers.traceparent]: traceHeader ?? traceparent(e.traceId),
      [Headers.contentType]: 'application/json',
    },
  };
}

export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    const name = k.toLowerCase();
    const raw = Buffer.isBuffer(first) ? first : Buffer.from(String(first), 'utf8');
    const text = raw.toString('utf8');
    // Header values end up in Postgres text (event ids, sources), which cannot hold a NUL; bytes
    // that are not UTF-8 decode to U+FFFD. Either way two different values could read the same:
    // for the event id that would make one event pass for a redelivery of another, so an id that
    // does not survive the trip is replaced by a digest of its bytes instead.
    const lossless = !text.includes('\0') && (!text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(raw));
    if (lossless) out[name] = text;
    else if (name === Headers.id) out[name] = `sha256:${createHash('sha256').update(raw).digest('hex')}`;
    else out[name] = text.replace(/\0/g, '\ufffd');
  }
  return out;
}

/** Longest ce-id kept as it is; longer ones are replaced by a digest of the whole id. */
export const MAX_EVENT_ID_LENGTH = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id an inbox deduplicates a record by: its `ce-id` header, or where the record has none, its
 * position in the log.
 *
 * `scope` names who chose the id when that is not Passerelle: on an agency's submission topic the
 * agency's own client does, and CloudEvents ids are unique per source only — two agencies may both
 * number their events from 1. Such an id becomes `<scope>:<ce-id>`, so one agency's event is never
 * taken for a redelivery of another's (and dropped). An outside id is text its sender chose, and it
 * lands in append-only places (the audit ledger, inboxes): kept as it is only when it is a UUID;
 * anything else becomes `<scope>:keyed:<id>`, a UUID keyed by the deployment's id secret over the
 * scope and the whole ce-id (libs/crypto ids.ts `derivedId`), so that whatever text an agency puts there (a name,
 * a birth date) is never stored, while the same ce-id still gives the same id (redeliveries dropped)
 * and different ones different ids.
 *
 * An id of Passerelle's own longer than {@link MAX_EVENT_ID_LENGTH} becomes `sha256:<hex>` of the
 * whole id: cutting it instead would make two events whose ids share a prefix look like one
 * redelivered event, and the second would be dropped without a word.
 */
export function eventIdOf(m: Pick<IncomingMessage, 'headers' | 'topic' | 'partition' | 'offset'>, scope?: string): string {
  const ce = m.headers['ce-id'];
  if (!ce) return `${m.topic}/${m.partition}/${m.offset}`;
  if (scope) return outsideEventId(scope, ce);
  if (ce.length <= MAX_EVENT_ID_LENGTH) return ce;
  return `sha256:${createHash('sha256').update(ce, 'utf8').digest('hex')}`;
}

/** The id of a ce-id chosen by `scope` (an agency): itself when a UUID, else a keyed UUID (see {@link eventIdOf}). */
export function outsideEventId(scope: string, ce: string): string {
  return UUID.test(ce) ? `${scope}:${ce}` : `${scope}:keyed:${derivedId('outside-event-id', scope, ce)}`;
}

export function traceIdOfMessage(m: IncomingMessage): string | undefined {
  return traceIdOf(m.headers[Headers.traceparent]);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A failure's `reason` may quote the message (for its sender); its `code` never does. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string; code: string };

/** Parses a record's value as JSON without ever throwing: bad bytes are a reason, not a crash. */
export function parseJson(value: Buffer | null): JsonParse {
  if (value === null || value.length === 0) return { ok: false, reason: 'empty message value', code: 'empty' };
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    return { ok: false, reason: 'message value is not valid UTF-8', code: 'not-utf8' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    // V8 quotes the offending text, which may hold a NUL or half a surrogate pair: the reason
    // travels on in rejection events and feedback, which must stay storable.
    return {
      ok: false,
      reason: `message value is not JSON: ${(e as Error).message.replace(new RegExp(UNSTORABLE, 'g'), '\ufffd')}`,
      code: 'not-json',
    };
  }
  return checkedJson(parsed);
}

/** A parsed value as {@link parseJson} accepts it: not too deep, and text Postgres can store. */
export function checkedJson(parsed: unknown): JsonParse {
  // What a consumer stores (ids, reasons naming fields, details) goes to Postgres text and jsonb,
  // which refuse NUL and unpaired surrogates: such a message would fail its batch for ever.
  if (jsonDepthExceeds(parsed)) return { ok: false, reason: `message value nests deeper than ${MAX_JSON_DEPTH} levels`, code: 'too-deep' };
  if (!jsonStorable(parsed)) {
    return { ok: false, reason: 'message value contains a NUL character (\\u0000) or an unpaired surrogate', code: 'unstorable-text' };
  }
  return { ok: true, value: parsed };
}

/**
 * A message's payload as the transport decoded it ({@link IncomingMessage.payload}), or, when there
 * is none (a value that is not JSON, or a message built by hand), the value parsed now: only then is
 * it parsed again, to say why it cannot be read.
 */
export function jsonOf(m: IncomingMessage): JsonParse {
  return m.payload !== undefined ? { ok: true, value: m.payload } : parseJson(m.value);
}

import { EventType, Headers } from '@passerelle/contracts';
import type { IHeaders, Message } from 'kafkajs';
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
}

export function toKafkaMessage(e: OutgoingEvent): Message {
  return {
    key: e.key,
    value: JSON.stringify(e.payload),
    headers: {
      [Headers.id]: e.id,
      [Headers.type]: e.type,
      [Headers.source]: e.source,
      [Headers.time]: e.time,
      [Headers.specversion]: '1.0',
      [Headers.traceparent]: traceparent(e.traceId),
      [Headers.contentType]: 'application/json',
    },
  };
}

export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    out[k.toLowerCase()] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return out;
}

export function traceIdOfMessage(m: IncomingMessage): string | undefined {
  return traceIdOf(m.headers[Headers.traceparent]);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a record's value as JSON without ever throwing: bad bytes are a reason, not a crash. */
export function parseJson(value: Buffer | null): JsonParse {
  if (value === null || value.length === 0) return { ok: false, reason: 'empty message value' };
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    return { ok: false, reason: 'message value is not valid UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, reason: `message value is not JSON: ${(e as Error).message}` };
  }
}

import { UnpublishableEvent } from './unpublishable-event';

/*
 * The one answer to "may this error pass with time?" (issue 24, item 2). The Kafka transport retries
 * a batch that failed for any of these reasons instead of dead-lettering it (`isTransient`); the HTTP
 * edge answers 503 + Retry-After instead of 500 when the reason is that Postgres cannot be reached
 * (`databaseUnavailable`). Both read the same tables below, so what the edge calls "the database is
 * away" is always something the transport waits out.
 *
 * Not transient: Postgres refusing a value (class 22, data exception; 23xxx, integrity — the
 * consumer isolates those per message, see `dataErrorCode`), an event the broker will never take
 * (`UnpublishableEvent`), and anything not listed (a bug; the consumer dead-letters it after a
 * few attempts, the edge logs it as a 500).
 */

/** Why an error may pass with time; `unreachable` is the one the HTTP edge turns into a 503. */
export type TransientKind = 'unreachable' | 'contention' | 'resources' | 'broker' | 'text';

// Postgres could not be reached, or dropped the connection: socket errors, SQLSTATE class 08
// (connection exception) and 57P0x (admin/crash shutdown, cannot connect now, database dropped,
// idle-session timeout).
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const UNREACHABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[0-9A-Z])$/;
// What pg and pg-pool say when the connection went or never came, whatever SQLSTATE comes with it.
const UNREACHABLE_TEXT =
  /Connection terminated|terminating connection|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i;
// Serialisation failure, deadlock, lock not available, statement cancelled (statement timeout).
const CONTENTION_SQLSTATE = /^(40001|40P01|55P03|57014)$/;
// Insufficient resources (class 53: disk, memory, too many connections), system error (class 58).
const RESOURCES_SQLSTATE = /^(53|58)[0-9A-Z]{3}$/;
// Wording of other transient failures (kafkajs, TypeORM, sockets) that carry no SQLSTATE.
const TRANSIENT_TEXT = /connect|\bterminat|not queryable|timeout|timed out|shutting down|starting up|no acknowledgement|Connection lost/i;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * Why `e` may pass with time, or undefined when it may not. Looks through the error's chain
 * (TypeORM's `driverError`, `cause`, kafkajs's `originalError`); an `UnpublishableEvent` anywhere
 * before a transient reason makes it permanent.
 */
export function transientKind(e: unknown): TransientKind | undefined {
  for (let x = e as Record<string, unknown> | undefined, depth = 0; x && typeof x === 'object' && depth < 6; depth++) {
    if (x instanceof UnpublishableEvent) return undefined;
    const code = typeof x.code === 'string' ? x.code : undefined;
    const message = typeof x.message === 'string' ? x.message : '';
    if (code && (UNREACHABLE_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code))) return 'unreachable';
    if (code && CONTENTION_SQLSTATE.test(code)) return 'contention';
    if (code && RESOURCES_SQLSTATE.test(code)) return 'resources';
    if (UNREACHABLE_TEXT.test(message)) return 'unreachable';
    if (typeof x.name === 'string' && x.name.startsWith('KafkaJS')) return 'broker';
    if (TRANSIENT_TEXT.test(message) && !(code && SQLSTATE.test(code))) return 'text';
    x = (x.driverError ?? x.cause ?? x.originalError) as typeof x;
  }
  return undefined;
}

/**
 * Whether a handler's error may pass with time (the database or the broker away, a deadlock):
 * such a batch is retried for as long as it takes. Anything else is the message's own problem and
 * leads to a dead letter after a few attempts.
 */
export function isTransient(e: unknown): boolean {
  return transientKind(e) !== undefined;
}

/** An error that says Postgres could not be reached (pg or TypeORM, with or without a SQLSTATE): a 503, not a 500. */
export function databaseUnavailable(e: unknown): boolean {
  return transientKind(e) === 'unreachable';
}

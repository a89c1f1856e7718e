import { randomBytes } from 'node:crypto';

/** W3C trace context: `00-<32 hex trace id>-<16 hex span id>-01`. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

export function traceparent(traceId: string): string {
  return `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
}

/** The trace id of a `traceparent` header, or undefined when absent or malformed. */
export function traceIdOf(header: string | undefined): string | undefined {
  const m = header ? TRACEPARENT.exec(header.trim()) : null;
  return m && !/^0+$/.test(m[1]) ? m[1] : undefined;
}

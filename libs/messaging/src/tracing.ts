import {
  Attributes,
  context,
  Context,
  Link,
  ROOT_CONTEXT,
  Span,
  SpanContext,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { ExportResult, ExportResultCode } from '@opentelemetry/core';
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, ReadableSpan, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createHash } from 'node:crypto';
import { IncomingMessage } from './events';
import { traceparent as randomTraceparent } from './trace';
import { envInt } from '@passerelle/contracts';

/*
 * OpenTelemetry traces (docs/operations.md, "Tracing"). Off unless an OTLP endpoint is set
 * (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT; OTEL_SDK_DISABLED=true or
 * OTEL_TRACES_EXPORTER=none turn it off again). When off, nothing here allocates a span and the
 * traceparent sent on Kafka is what it always was.
 *
 * Spans carry ids, topics, routes, agency codes, status codes and counts only: never a payload,
 * a header value other than the trace context, a query string or a principal's key.
 */

const W3C = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

interface Counts {
  exported: number;
  failed: number;
  dropped: number;
}
const counts: Counts = { exported: 0, failed: 0, dropped: 0 };
let provider: BasicTracerProvider | null = null;
/** Spans handed to the batch processor and not yet exported or failed. */
let pending = 0;

export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

export const tracingOn = (): boolean => provider !== null;

/** Spans exported, failed to export (the collector down or slow) and dropped (the queue full), since start. */
export const spanCounts = (): Readonly<Counts> => ({ ...counts });

/**
 * OTLP/HTTP with the JSON encoding, to `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (as is) or
 * `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`, with `OTEL_EXPORTER_OTLP_[TRACES_]HEADERS`
 * (k=v,k2=v2) and `OTEL_EXPORTER_OTLP_[TRACES_]TIMEOUT` (ms, default 10 s). The serialiser is
 * OpenTelemetry's own; the request is made here (the SDK's exporter loads its HTTP module with a
 * dynamic import that the test runner cannot run). Counts what became of each batch.
 */
class OtlpJsonExporter implements SpanExporter {
  private readonly url: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(env: NodeJS.ProcessEnv) {
    const base = (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '').replace(/\/+$/, '');
    this.url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || `${base}/v1/traces`;
    this.headers = { 'content-type': 'application/json' };
    for (const pair of (env.OTEL_EXPORTER_OTLP_TRACES_HEADERS ?? env.OTEL_EXPORTER_OTLP_HEADERS ?? '').split(',')) {
      const at = pair.indexOf('=');
      if (at > 0) this.headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
    }
    this.timeoutMs = envInt(env, 'OTEL_EXPORTER_OTLP_TRACES_TIMEOUT', envInt(env, 'OTEL_EXPORTER_OTLP_TIMEOUT', 10_000, { min: 1 }), {
      min: 1,
    });
  }

  export(spans: ReadableSpan[], done: (r: ExportResult) => void): void {
    const settle = (ok: boolean) => {
      if (ok) counts.exported += spans.length;
      else counts.failed += spans.length;
      pending -= spans.length;
      done({ code: ok ? ExportResultCode.SUCCESS : ExportResultCode.FAILED });
    };
    let body: Uint8Array | undefined;
    try {
      body = JsonTraceSerializer.serializeRequest(spans);
    } catch {
      body = undefined;
    }
    if (!body) return settle(false);
    fetch(this.url, { method: 'POST', headers: this.headers, body, signal: AbortSignal.timeout(this.timeoutMs) })
      .then(async (res) => {
        await res.arrayBuffer().catch(() => undefined);
        settle(res.ok);
      })
      .catch(() => settle(false));
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * A bounded queue in front of the batch processor: past `max` spans not yet exported, a span is
 * dropped and counted (the batch processor would drop it too, but silently). An OTLP endpoint that
 * is down or slow costs memory up to the bound and never blocks the pipeline: export runs on a
 * timer, off the request and consume paths.
 */
class BoundedProcessor implements SpanProcessor {
  constructor(
    private readonly inner: SpanProcessor,
    private readonly max: number,
  ) {}
  onStart(span: Parameters<SpanProcessor['onStart']>[0], ctx: Context): void {
    this.inner.onStart(span, ctx);
  }
  onEnd(span: ReadableSpan): void {
    scrubPgSpan(span);
    if (pending >= this.max) {
      counts.dropped += 1;
      return;
    }
    pending += 1;
    this.inner.onEnd(span);
  }
  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }
  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
}

const PG_SCOPE = '@opentelemetry/instrumentation-pg';

/**
 * A failed query's span: its status message is Postgres's error message, which can quote the value
 * it refused (`invalid input syntax for type uuid: "…"`); only the error's code is kept (the
 * instrumentation's own exception event already says only its type and code).
 */
function scrubPgSpan(span: ReadableSpan): void {
  if (span.instrumentationScope.name !== PG_SCOPE || span.status.message === undefined) return;
  const code = span.attributes['error.type'];
  (span as { status: ReadableSpan['status'] }).status = {
    code: span.status.code,
    ...(typeof code === 'string' ? { message: `PostgreSQL error ${code}` } : {}),
  };
}

let pgInstrumentation: PgInstrumentation | null = null;

/**
 * Postgres spans (@opentelemetry/instrumentation-pg): a CLIENT span per query, only inside a span
 * of ours (`requireParentSpan`: the relays' polling makes none), with the statement's text, which
 * is always parameterised here, and never its values (`enhancedDatabaseReporting` off). The
 * instrumentation hooks `require('pg')`; the `pg` already loaded (and, under Jest, whose module
 * registry that hook does not see, the one the apps use) is patched here as well — patching twice
 * is harmless, the instrumentation unwraps first.
 */
function instrumentPostgres(p: BasicTracerProvider): void {
  pgInstrumentation = new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false });
  pgInstrumentation.setTracerProvider(p);
  for (const def of pgInstrumentation.getModuleDefinitions() as InstrumentationNodeModuleDefinition[]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(def.name) as unknown;
      def.patch?.(loaded);
    } catch {
      // not installed: nothing to patch
    }
  }
}

/**
 * Starts the SDK once per process (later calls are no-ops) when an endpoint is configured.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider || !tracingConfigured(env)) return provider !== null;
  // A wrong value stops start-up naming the variable (env-config.ts), where it used to fall back.
  const num = (name: string, fallback: number) => envInt(env, name, fallback, { min: 1 });
  const maxQueueSize = num('OTEL_BSP_MAX_QUEUE_SIZE', 2048);
  const batch = new BatchSpanProcessor(new OtlpJsonExporter(env), {
    maxQueueSize,
    maxExportBatchSize: Math.min(num('OTEL_BSP_MAX_EXPORT_BATCH_SIZE', 512), maxQueueSize),
    scheduledDelayMillis: num('OTEL_BSP_SCHEDULE_DELAY', 2000),
    exportTimeoutMillis: num('OTEL_BSP_EXPORT_TIMEOUT', 10_000),
  });
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || `passerelle-${service}` }),
    spanProcessors: [new BoundedProcessor(batch, maxQueueSize)],
  });
  // The context manager carries the request's span into the handler; tracers come from this
  // provider itself, whatever else registered a global one.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  instrumentPostgres(provider);
  return true;
}

/** Exports what is queued now. */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** Exports what is queued and stops the SDK (tests; a service's shutdown). */
export async function stopTracing(): Promise<void> {
  const p = provider;
  provider = null;
  if (!p) return;
  if (pgInstrumentation) {
    for (const def of pgInstrumentation.getModuleDefinitions() as InstrumentationNodeModuleDefinition[]) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        def.unpatch?.(require(def.name) as unknown);
      } catch {
        // not installed
      }
    }
    pgInstrumentation.disable();
    pgInstrumentation = null;
  }
  await p.shutdown().catch(() => undefined);
  trace.disable();
  context.disable();
}

/** The W3C traceparent of a span. */
export function traceparentOf(sc: SpanContext): string {
  return `00-${sc.traceId}-${sc.spanId}-0${(sc.traceFlags & TraceFlags.SAMPLED).toString(16)}`;
}

/** The remote span context of a traceparent header, when it is a valid one. */
export function remoteContext(header: string | undefined): SpanContext | undefined {
  const m = header ? W3C.exec(header.trim().toLowerCase()) : null;
  if (!m || /^0+$/.test(m[1]) || /^0+$/.test(m[2])) return undefined;
  return { traceId: m[1], spanId: m[2], traceFlags: parseInt(m[3], 16) & TraceFlags.SAMPLED, isRemote: true };
}

/**
 * The latest span of each trace each app (tracer) of this process worked on (bounded, oldest forgotten first). An
 * outbox relay publishes after the request that wrote the row has ended, in another async
 * context, and the outbox keeps only the trace id: the relay's span is a child of the span that
 * last worked on that trace here (the HTTP request, or the consume that led to the publish).
 */
const RECENT_MAX = 10_000;
const recent = new Map<string, SpanContext>();
function remember(tracer: string, sc: SpanContext): void {
  const key = `${tracer} ${sc.traceId}`;
  recent.delete(key);
  recent.set(key, sc);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
}

/**
 * The parent of a span of trace `traceId`: the active span when it belongs to that trace, else
 * the latest span of that trace in this process, else (the process restarted, or another one
 * wrote the row) a remote parent derived from the trace id, so the span still joins its trace.
 */
function parentOf(tracer: string, traceId: string): Context {
  const active = trace.getSpanContext(context.active());
  if (active?.traceId === traceId) return context.active();
  const sc = recent.get(`${tracer} ${traceId}`);
  if (sc) return trace.setSpanContext(ROOT_CONTEXT, sc);
  if (!/^[0-9a-f]{32}$/.test(traceId) || /^0+$/.test(traceId)) return ROOT_CONTEXT;
  const spanId = createHash('sha256').update(`trace-root:${traceId}`).digest('hex').slice(0, 16);
  return trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });
}

/** A span in flight: `header` is the traceparent to send on (a producer span's own context). */
export interface TraceSpan {
  header: string;
  end(error?: unknown): void;
}

const NO_SPAN = (traceId: string): TraceSpan => ({ header: randomTraceparent(traceId), end: () => undefined });

function finish(span: Span, error?: unknown): void {
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
  span.end();
}

/** A PRODUCER span for one outgoing event (its topic, type and id; never its payload). */
export function producerSpan(tracer: string, e: { topic: string; traceId: string; type: string; id: string }): TraceSpan {
  if (!provider) return NO_SPAN(e.traceId);
  const span = provider.getTracer(tracer).startSpan(
    `send ${e.topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': e.topic,
        'messaging.message.id': e.id,
        'passerelle.event_type': e.type,
      },
    },
    parentOf(tracer, e.traceId),
  );
  // Not remembered: the events of one publish are siblings under the span that led to them.
  return { header: traceparentOf(span.spanContext()), end: (error) => finish(span, error) };
}

/**
 * The CONSUMER span of each message being handled, by app, topic, partition and offset (a sealed
 * message reaches the handler as another object, opened), until its span ends.
 */
const consuming = new Map<string, SpanContext>();
const messageKey = (tracer: string, m: IncomingMessage) => `${tracer} ${m.topic}/${m.partition}@${m.offset}`;

/** The context of the CONSUMER span of a message this app is handling (tracing on), else undefined. */
export function consumeSpanOf(tracer: string, m: IncomingMessage): SpanContext | undefined {
  return consuming.get(messageKey(tracer, m));
}

/**
 * CONSUMER spans for the messages a consumer handles at once, each a child of the span that
 * produced it (the message's traceparent). Returns a function that ends them.
 */
export function consumeSpans(tracer: string, consumer: string, messages: IncomingMessage[]): (error?: unknown) => void {
  if (!provider) return () => undefined;
  const t = provider.getTracer(tracer);
  const spans = messages.map((m) => {
    const parent = remoteContext(m.headers.traceparent);
    const span = t.startSpan(
      `process ${m.topic}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'process',
          'messaging.destination.name': m.topic,
          'messaging.consumer.group.name': consumer,
          'messaging.destination.partition.id': String(m.partition),
          'messaging.kafka.offset': Number(m.offset),
          'messaging.batch.message_count': messages.length,
        },
      },
      parent ? trace.setSpanContext(ROOT_CONTEXT, parent) : ROOT_CONTEXT,
    );
    remember(tracer, span.spanContext());
    consuming.set(messageKey(tracer, m), span.spanContext());
    return span;
  });
  return (error) =>
    spans.forEach((s, i) => {
      const key = messageKey(tracer, messages[i]);
      if (consuming.get(key)?.spanId === s.spanContext().spanId) consuming.delete(key);
      finish(s, error);
    });
}

/**
 * A SERVER span for an HTTP request, a child of the caller's traceparent when it sent one. The
 * route is set when known (its pattern, never the URL: no ids or query strings in the name).
 */
export function serverSpan(
  tracer: string,
  method: string,
  incoming: string | undefined,
): { header: string; run(fn: () => void): void; end(route: string, status: number): void } | undefined {
  if (!provider) return undefined;
  const parent = remoteContext(incoming);
  const span = provider
    .getTracer(tracer)
    .startSpan(
      method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': method } },
      parent ? trace.setSpanContext(ROOT_CONTEXT, parent) : ROOT_CONTEXT,
    );
  const sc = span.spanContext();
  remember(tracer, sc);
  return {
    header: traceparentOf(sc),
    run: (fn) => context.with(trace.setSpan(ROOT_CONTEXT, span), fn),
    end: (route, status) => {
      span.updateName(`${method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/** A span in the trace of something stored earlier: its trace id and the span id stored with it. */
export interface StoredTrace {
  traceId: string | null;
  spanId?: string | null;
}

const SPAN_ID = /^[0-9a-f]{16}$/;
const TRACE_ID = /^[0-9a-f]{32}$/;

function parentContext(tracer: string, p: SpanContext | StoredTrace | undefined): Context {
  if (!p) return context.active();
  if ('traceFlags' in p) return trace.setSpanContext(ROOT_CONTEXT, p);
  if (!p.traceId || !TRACE_ID.test(p.traceId)) return context.active();
  if (p.spanId && SPAN_ID.test(p.spanId))
    return trace.setSpanContext(ROOT_CONTEXT, { traceId: p.traceId, spanId: p.spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });
  return parentOf(tracer, p.traceId);
}

/**
 * An INTERNAL span, active while `fn` runs (what `fn` does — queries, publishes — is its child).
 * `parent`: a span context (a consume span), or a stored trace — the span joins the trace of
 * what was stored, as a child of the span stored with it (or, without one, of the latest span of
 * that trace here). `links`: related spans of other traces or of the same batch — the span
 * context active when it starts is linked too when it belongs to another trace (the analyst's
 * request, for a span in the signal's trace). `remember`: later spans of this trace in this
 * process (an outbox relay's publish) are its children. With tracing off, runs `fn` and nothing else.
 */
export async function withSpan<T>(
  tracer: string,
  name: string,
  opts: { parent?: SpanContext | StoredTrace; links?: SpanContext[]; attributes?: Attributes; remember?: boolean },
  fn: (span: SpanContext | undefined) => Promise<T>,
): Promise<T> {
  if (!provider) return fn(undefined);
  const parent = parentContext(tracer, opts.parent);
  const parentTrace = trace.getSpanContext(parent)?.traceId;
  const links: Link[] = (opts.links ?? []).filter((l) => l.spanId !== trace.getSpanContext(parent)?.spanId).map((l) => ({ context: l }));
  const active = trace.getSpanContext(context.active());
  if (active && active.traceId !== parentTrace) links.push({ context: active });
  const span = provider.getTracer(tracer).startSpan(name, { kind: SpanKind.INTERNAL, attributes: opts.attributes, links }, parent);
  const sc = span.spanContext();
  if (opts.remember) remember(tracer, sc);
  try {
    const result = await context.with(trace.setSpan(parent, span), () => fn(sc));
    finish(span);
    return result;
  } catch (err) {
    finish(span, err);
    throw err;
  }
}

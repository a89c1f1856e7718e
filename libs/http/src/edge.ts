import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DeniedAttemptRecorder, EdgeAuthenticator, EdgeRequest, isPublicRoute, positiveInt } from '@passerelle/security';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { KafkaService } from '@passerelle/messaging';
import { Histogram } from 'prom-client';
import { localizedProblem, localizeProblem, pathOf, sendProblem } from './problem';
import { negotiateLanguage } from '@passerelle/i18n';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The HTTP edge every app shares: timeouts on the server, then, for every request and in this
 * order, before any body is read —
 *   1. authentication (`EdgeAuthenticator`: the key → the principal), except on public routes;
 *   2. the rate limit, keyed by the principal, or by the client address when no key named anybody
 *      (so random bogus keys share their sender's bucket);
 *   3. 401 when no key named anybody;
 *   4. refusals that need the URL only (a NUL in it);
 * and, once answered, every 401, 403 and 404 on a protected route goes to `DeniedAttemptRecorder`.
 * The order is the reason these hooks live here, in one place, rather than in each library.
 */
export interface EdgeSettings {
  /** Node's headersTimeout: the request line and headers must arrive within it. */
  headersTimeoutMs: number;
  /** Node's requestTimeout: the whole request, body included, must arrive within it (not the response). */
  requestTimeoutMs: number;
  /** Idle time allowed between two requests on a kept-alive connection. */
  keepAliveTimeoutMs: number;
  /** Socket inactivity (no byte either way) after which the connection is closed; responses included. */
  idleTimeoutMs: number;
  /** Requests per minute per authenticated principal. */
  perPrincipalPerMinute: number;
  /** Requests per minute per client address for requests whose key named nobody (none, unknown, malformed). */
  perAddressPerMinute: number;
}

/**
 * The settings, read from the environment when the app is built (so a test sets them before it
 * starts its system). `perPrincipalPerMinute` is the app's own: an explicit value, else the app's
 * variable (`GATEWAY_RATE_LIMIT_PER_MINUTE` …), else `HTTP_RATE_LIMIT_PER_MINUTE`, else 600.
 */
export function edgeSettings(opts: { rateLimitPerMinute?: number; rateLimitEnv?: string }): EdgeSettings {
  const s: EdgeSettings = {
    headersTimeoutMs: positiveInt('HTTP_HEADERS_TIMEOUT_MS', 10_000),
    requestTimeoutMs: positiveInt('HTTP_REQUEST_TIMEOUT_MS', 60_000),
    keepAliveTimeoutMs: positiveInt('HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000),
    // Above the longest answer that sends nothing until it is ready (a whole-ledger verify: ~90 s per 5 M entries).
    idleTimeoutMs: positiveInt('HTTP_IDLE_TIMEOUT_MS', 300_000),
    perPrincipalPerMinute:
      opts.rateLimitPerMinute ??
      (opts.rateLimitEnv && process.env[opts.rateLimitEnv]
        ? positiveInt(opts.rateLimitEnv, 600)
        : positiveInt('HTTP_RATE_LIMIT_PER_MINUTE', 600)),
    perAddressPerMinute: positiveInt('HTTP_RATE_LIMIT_PER_ADDRESS_PER_MINUTE', 120),
  };
  if (s.headersTimeoutMs > s.requestTimeoutMs) {
    throw new Error(
      `HTTP_HEADERS_TIMEOUT_MS (${s.headersTimeoutMs}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${s.requestTimeoutMs}): the headers are part of the request`,
    );
  }
  return s;
}

/** Fastify's server options for the timeouts. */
export function timeoutOptions(s: EdgeSettings) {
  // Node looks for expired requests every connectionsCheckingInterval (30 s by default): check
  // often enough that a timeout is enforced close to its value.
  const checkEvery = Math.max(50, Math.min(5_000, Math.floor(Math.min(s.headersTimeoutMs, s.requestTimeoutMs) / 4)));
  return {
    connectionTimeout: s.idleTimeoutMs,
    keepAliveTimeout: s.keepAliveTimeoutMs,
    requestTimeout: s.requestTimeoutMs,
    http: {
      headersTimeout: s.headersTimeoutMs,
      requestTimeout: s.requestTimeoutMs,
      keepAliveTimeout: s.keepAliveTimeoutMs,
      connectionsCheckingInterval: checkEvery,
    },
  };
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** The id a request named, as the record may hold it: an id or a code as is, anything else as a digest. */
export function recordableId(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  return SAFE_ID.test(value) ? value : `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}

/** `GET /v1/signals/{id}` from the matched route; `GET (no route)` when none matched. */
export function endpointOf(req: FastifyRequest): string {
  const url = req.routeOptions?.url;
  return url === undefined ? `${req.method} (no route)` : `${req.method} ${url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
}

function resourceIdOf(req: FastifyRequest): string | null {
  const params = (req.params ?? {}) as Record<string, unknown>;
  const name = 'id' in params ? 'id' : Object.keys(params)[0];
  return name === undefined ? null : recordableId(params[name]);
}

const edgeOf = (req: FastifyRequest) => req as unknown as EdgeRequest;

/**
 * Marks a socket whose request was answered before its body arrived (a 401, a 413): if the rest
 * never comes, the request timeout closes the connection without a second response.
 */
export const ANSWERED_BEFORE_BODY = Symbol('passerelle.answeredBeforeBody');

/**
 * An HTTP/1.1 request without a Host header (RFC 9112 §3.2: a server must answer 400). Node checks
 * it itself and writes an empty 400 before any handler; the server is built with that check off
 * (bootstrap.ts, `requireHostHeader: false`) so that this refusal can be a problem in the request's
 * language instead.
 */
export const lacksHost = (req: IncomingMessage): boolean =>
  req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && req.headers.host === undefined;

/**
 * An `Expect` header other than `100-continue`: Node answers 417 itself with an empty body unless
 * the server has a `checkExpectation` listener; this one answers with a problem in the request's
 * language (its headers are parsed), code `unsupported-expectation`, and closes the connection (a
 * body the client sends anyway must not be read as the next request).
 */
export function answerExpectation(req: IncomingMessage, res: ServerResponse): void {
  const lang = negotiateLanguage(req.headers['accept-language']);
  const problem = localizeProblem(
    localizedProblem(
      { type: 'urn:passerelle:problem:http-417', status: 417, code: 'unsupported-expectation', instance: pathOf(req.url) },
      'problem.http-417.detail.unsupported-expectation',
    ),
    lang,
  );
  const body = JSON.stringify(problem);
  res.writeHead(417, {
    'content-type': 'application/problem+json',
    'content-language': lang,
    vary: 'Accept-Language',
    connection: 'close',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Node's server options for an app: its own Host check off, since `refuseWhatNodeWould` answers it
 * as a problem.
 */
export const NODE_SERVER_OPTIONS = { requireHostHeader: false } as const;

/**
 * What Node would refuse itself with an empty body in no language — an HTTP/1.1 request without
 * Host (with NODE_SERVER_OPTIONS), an `Expect` other than 100-continue — refused as problems in the
 * request's language: its headers are parsed by then. Every app installs it (the APIs through
 * installEdge, the console in its own bootstrap), as the first hook.
 */
export function refuseWhatNodeWould(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (!lacksHost(req.raw)) return done();
    sendProblem(
      reply,
      localizedProblem({ type: 'urn:passerelle:problem:http-400', status: 400, code: 'no-host' }, 'problem.http-400.detail.no-host'),
      req.url,
      { connection: 'close' },
    );
  });
  fastify.server.on('checkExpectation', answerExpectation);
}

export async function installEdge(app: NestFastifyApplication, s: EdgeSettings): Promise<void> {
  let authenticator: EdgeAuthenticator;
  let recorder: DeniedAttemptRecorder;
  try {
    authenticator = app.get(EdgeAuthenticator, { strict: false });
    recorder = app.get(DeniedAttemptRecorder, { strict: false });
  } catch {
    throw new Error('the HTTP edge authenticates every request: import SecurityModule (@passerelle/security) in the app module');
  }
  const fastify = app.getHttpAdapter().getInstance();

  // Before anything else.
  refuseWhatNodeWould(fastify);

  await app.register(rateLimit, {
    global: false,
    timeWindow: 60_000,
    // The principal's id, never its key; without one, the address: a bogus key buys no bucket of its own.
    keyGenerator: (req) => {
      const p = edgeOf(req).principal;
      return p ? `p:${p.id}` : `a:${req.ip}`;
    },
    max: (_req, key) => (key.startsWith('p:') ? s.perPrincipalPerMinute : s.perAddressPerMinute),
    // Orchestrators poll health; it reads nothing.
    allowList: (req) => req.routeOptions?.url === '/health',
    errorResponseBuilder: (req, ctx) => ({
      statusCode: 429,
      code: 'PASSERELLE_RATE_LIMITED',
      // libs/http's filter words it from the catalogues (problem.rate-limited.detail.per-minute) with these.
      limit: ctx.max,
      forPrincipal: Boolean(edgeOf(req).principal),
      retryAfter: Math.ceil(ctx.ttl / 1000),
      message:
        `rate limit of ${ctx.max} requests per minute ` +
        `${edgeOf(req).principal ? 'for your principal' : 'for your address (requests without a valid API key)'} reached; ` +
        `retry after ${Math.ceil(ctx.ttl / 1000)} s`,
    }),
  });

  fastify.addHook('onRequest', async (req: FastifyRequest) => {
    if (!isPublicRoute(edgeOf(req))) await authenticator.authenticate(edgeOf(req));
  });
  fastify.addHook('onRequest', fastify.rateLimit());
  fastify.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const edge = edgeOf(req);
    if (edge.principal || isPublicRoute(edge)) return done();
    // Answered before the body is read; the server drops what the client still sends (within the request timeout).
    sendProblem(
      reply,
      localizedProblem(
        // The same stable code as the guard's 401 (libs/security/src/auth.ts).
        { type: 'urn:passerelle:problem:http-401', status: 401, code: edge.denial === 'no-key' ? 'no-key' : 'unknown-key' },
        edge.denial === 'no-key' ? 'problem.http-401.detail.no-key' : 'problem.http-401.detail.unknown-key',
      ),
      req.url,
      { 'WWW-Authenticate': 'Bearer' },
    );
  });
  // No endpoint takes a NUL in its path or query, and Postgres text cannot hold one: refuse it here
  // rather than let it reach a query as a 500.
  fastify.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (!/%00/i.test(req.url)) return done();
    sendProblem(reply, localizedProblem({ type: 'urn:passerelle:problem:http-400', status: 400 }, 'problem.http-400.detail.nul'), req.url);
  });
  // HTTP request durations by route pattern and status, in the service's metrics (GET /metrics).
  let kafka: KafkaService | undefined;
  try {
    kafka = app.get(KafkaService, { strict: false });
  } catch {
    kafka = undefined;
  }
  const durations = kafka
    ? new Histogram({
        name: 'passerelle_http_request_seconds',
        help: 'HTTP request durations by route pattern and status',
        labelNames: ['route', 'status'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [kafka.metrics],
      })
    : undefined;
  fastify.addHook('onResponse', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    durations?.observe({ route: endpointOf(req), status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    const socket = req.raw.socket as unknown as Record<symbol, boolean> | null;
    if (!req.raw.complete && socket) {
      // Until the rest of the body is in (and dropped): a later request on the connection is a new one.
      socket[ANSWERED_BEFORE_BODY] = true;
      req.raw.once('end', () => delete socket[ANSWERED_BEFORE_BODY]);
    }
    const status = reply.statusCode;
    if ((status === 401 || status === 403 || status === 404) && !isPublicRoute(edgeOf(req))) {
      const edge = edgeOf(req);
      const matched = req.routeOptions?.url !== undefined;
      recorder.note({
        principal: edge.principal ?? null,
        clientAddress: req.ip,
        endpoint: endpointOf(req),
        resourceId: matched ? resourceIdOf(req) : null,
        status,
        reason:
          status === 401
            ? (edge.denial ?? 'unknown-key')
            : status === 403
              ? edge.denial === 'role' || edge.denial === 'above-clearance' || edge.denial === 'briefing-required'
                ? edge.denial
                : 'forbidden'
              : matched
                ? edge.denial === 'embargoed'
                  ? 'embargoed'
                  : 'not-found'
                : 'no-route',
      });
    }
    done();
  });
}

import { ArgumentMetadata, ConsoleLogger, HttpException, INestApplication, LogLevel, Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConsumerGroup, connectBatchConsumers, serverSpan, startTracing } from '@passerelle/messaging';
import { contractPolicy, envChoice, envPort, jsonDepthExceeds, jsonStorable, MAX_JSON_DEPTH, unreadable } from '@passerelle/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { ANSWERED_BEFORE_BODY, edgeSettings, installEdge, NODE_SERVER_OPTIONS, timeoutOptions } from './edge';
import { DEFAULT_LANGUAGE } from '@passerelle/i18n';
import {
  flattenValidationErrors,
  frameworkProblem,
  localizedProblem,
  Problem,
  ProblemDetailsFilter,
  sendProblem,
  validationProblem,
} from './problem';

export interface HttpAppOptions {
  name: string;
  /** Port when `PORT` is not set. */
  defaultPort: number;
  bodyLimitBytes?: number;
  /**
   * Requests per minute per authenticated principal (health is exempt). Without it, the variable
   * named by `rateLimitEnv`, else `HTTP_RATE_LIMIT_PER_MINUTE`, else 600 — read when the app is
   * built. Requests whose key names nobody share a bucket per client address
   * (`HTTP_RATE_LIMIT_PER_ADDRESS_PER_MINUTE`). See edge.ts.
   */
  rateLimitPerMinute?: number;
  /** The app's own variable for `rateLimitPerMinute`, e.g. `GATEWAY_RATE_LIMIT_PER_MINUTE`. */
  rateLimitEnv?: string;
  /** App-specific wiring once the app exists (e.g. serving the OpenAPI document). */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
  /**
   * The app's Kafka consumer groups, served by `@EventPattern` handlers of its controllers on the
   * batch transport (a hybrid app). Read when the app is built; they start with
   * `app.startAllMicroservices()`, which `listen` calls.
   */
  consumers?: () => ConsumerGroup[];
  /** `/x/` routes like `/x` (TAXII's URLs end with a slash; Nest registers routes without it). */
  ignoreTrailingSlash?: boolean;
}

/**
 * The query keys given more than once. Fastify's query parser makes a repeated key (`?status=a&status=b`)
 * an array; no query parameter of Passerelle takes one (several values are comma-separated), and code
 * written for a string would fail on it (`split` of an array: a 500). Refused here, for every
 * `@Query()` — a whole query DTO or one named key — before any controller sees it.
 */
export function repeatedQueryKeys(value: unknown, key: string | undefined): string[] {
  if (key !== undefined) return Array.isArray(value) ? [key] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).filter((k) => Array.isArray((value as Record<string, unknown>)[k]));
}

/** The transformer can throw a TypeError on hostile shapes; that is the client's bad input, not a 500. */
class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query') {
      const repeated = repeatedQueryKeys(value, metadata.data);
      if (repeated.length > 0) {
        throw validationProblem(
          repeated.map((k) => ({ path: k, reason: 'must be given once (several values: comma-separated)', code: 'repeated-parameter' })),
        );
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (e) {
      if (e instanceof HttpException) throw e;
      throw validationProblem([{ path: '', reason: unreadable(e), code: 'unreadable-shape' }]);
    }
  }
}

export function validationPipe(): ValidationPipe {
  return new ContractValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * An app's logger as `LOG_LEVEL` (default `log`: that level and the more severe ones) and
 * `LOG_FORMAT` (`json`, the default, or `text`) say; a level or format not in those lists stops
 * start-up naming the variable (it used to log only fatal errors without a word).
 */
export function loggerFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): ConsoleLogger {
  const level = envChoice(env, 'LOG_LEVEL', 'log', LOG_LEVELS);
  const format = envChoice(env, 'LOG_FORMAT', 'json', ['json', 'text']);
  return new ConsoleLogger(name, { json: format === 'json', logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1) });
}

/**
 * Fastify's own JSON parser (prototype poisoning refused), plus a depth bound: the validation pipe
 * and class-transformer recurse, and a body of 10,000 nested arrays would overflow the stack.
 */
function registerJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    parse(req, body as string, (err, value) => {
      if (err) return done(err);
      if (jsonDepthExceeds(value)) {
        return done(
          Object.assign(new Error(`the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`), {
            statusCode: 400,
            code: 'PASSERELLE_JSON_TOO_DEEP',
            maxDepth: MAX_JSON_DEPTH,
          }),
        );
      }
      if (!jsonStorable(value)) {
        return done(
          Object.assign(new Error('the JSON body contains a NUL character (\\u0000) or an unpaired surrogate'), {
            statusCode: 400,
            code: 'PASSERELLE_JSON_UNSTORABLE',
          }),
        );
      }
      done(null, value);
    });
  });
}

/**
 * The problem a request Node's parser refused is answered with, in the default language (English):
 * the parser stopped before the headers were known, or part-way through them (only the chunk that
 * failed is kept: an `Accept-Language` sent earlier is gone), or the headers never came (a
 * timeout). Whatever language such a request asked for cannot be told reliably, so none is read
 * out of bytes the parser has just refused. Each has a stable code: `too-large` (431),
 * `request-timeout` (408), `not-http` (400, with the parser's own error code).
 */
export function rawSocketProblem(status: number, parserCode: string | undefined): Problem {
  return status === 431
    ? localizedProblem(
        { type: 'urn:passerelle:problem:headers-too-large', status, code: 'too-large' },
        'problem.headers-too-large.detail.too-large',
      )
    : status === 408
      ? localizedProblem(
          { type: 'urn:passerelle:problem:http-408', status, code: 'request-timeout' },
          'problem.http-408.detail.request-timeout',
        )
      : localizedProblem({ type: 'urn:passerelle:problem:http-400', status, code: 'not-http' }, 'problem.http-400.detail.not-http', {
          parserCode: parserCode ?? 'parse error',
        });
}

/**
 * Requests Node's HTTP parser refuses (headers over 16 KB → 431, malformed → 400) never reach
 * Fastify's routing: answer them as problems too, on the raw socket.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  // A response already under way on this socket, or a request that was answered before its body
  // came (a 401) and then timed out waiting for the rest: a second response would follow the first
  // unasked, so the connection just ends.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  const answered = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' && (socket as unknown as Record<symbol, boolean>)[ANSWERED_BEFORE_BODY];
  if (!socket.writable || inFlight?.headersSent || answered) {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(rawSocketProblem(status, err.code));
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
      `Connection: close\r\nContent-Type: application/problem+json\r\nContent-Language: ${DEFAULT_LANGUAGE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  // end() only closes our side: the HTTP server allows half-open sockets, so a client that never
  // closes its own side would keep the socket (and its slot) until the idle timeout. Release it once
  // the answer is written, or after a second if the client does not even read it.
  socket.once('finish', () => socket.destroy());
  setTimeout(() => socket.destroy(), 1000).unref();
}

/** Builds a service's HTTP app with production wiring (also used by the e2e tests). */
export async function createHttpApp(module: Type<unknown>, opts: HttpAppOptions): Promise<NestFastifyApplication> {
  // Settings read before anything connects: a wrong one stops start-up naming the variable.
  contractPolicy();
  const edge = edgeSettings(opts);
  const timeouts = timeoutOptions(edge);
  const app = await NestFactory.create<NestFastifyApplication>(
    module,
    new FastifyAdapter({
      ...timeouts,
      // Node's own Host check answers an empty 400 before any handler: the edge refuses it instead,
      // as a problem in the request's language (edge.ts refuseWhatNodeWould).
      http: { ...timeouts.http, ...NODE_SERVER_OPTIONS },
      bodyLimit: opts.bodyLimitBytes ?? 1024 * 1024,
      trustProxy: false,
      routerOptions: { ignoreTrailingSlash: opts.ignoreTrailingSlash ?? false },
      clientErrorHandler,
      // Errors before routing (a malformed percent-encoding in the URL) get a problem body too.
      frameworkErrors: (error: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
        sendProblem(reply, frameworkProblem(error), req.url),
    }),
    {
      logger: loggerFromEnv(opts.name),
      abortOnError: false,
      // Fastify's own JSON parser only: no urlencoded or text parsers, so other media types are a 415.
      bodyParser: false,
    },
  );
  // JSON only: without the default text/plain parser, any other media type is a 415.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  registerJsonParser(app.getHttpAdapter().getInstance());
  traceRequests(app, opts.name);
  // Authentication, rate limit and the URL's own refusals, all before the body; denied attempts recorded.
  await installEdge(app, edge);
  configureHttpApp(app);
  await opts.configure?.(app);
  if (opts.consumers) connectBatchConsumers(app, opts.consumers());
  return app;
}

/**
 * With tracing on (an OTLP endpoint set, libs/messaging tracing.ts), a SERVER span per request, the
 * first hook of all: a child of the caller's `traceparent` when it sent one. The request's
 * `traceparent` is then the span's, so what the app derives from it (a signal's trace id) is this
 * trace. Named by method and route pattern when the response is sent.
 */
function traceRequests(app: NestFastifyApplication, name: string): void {
  if (!startTracing(name)) return;
  const spans = new WeakMap<FastifyRequest, { end(route: string, status: number): void }>();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (req: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    const incoming = req.headers.traceparent;
    const span = serverSpan(`passerelle-${name}`, req.method, Array.isArray(incoming) ? incoming[0] : incoming);
    if (!span) return done();
    req.headers.traceparent = span.header;
    spans.set(req, span);
    span.run(done);
  });
  fastify.addHook('onResponse', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    spans.get(req)?.end(req.routeOptions?.url ?? 'unmatched', reply.statusCode);
    done();
  });
}

export function configureHttpApp(app: INestApplication): void {
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
}

export async function listen(app: NestFastifyApplication, opts: HttpAppOptions): Promise<string> {
  const port = envPort(process.env, 'PORT', opts.defaultPort);
  const host = process.env.HOST || '127.0.0.1';
  return startApp(app, port, host);
}

/**
 * Starts a built app: its modules, then its Kafka consumers (a start-up error such as a consumer
 * group without its handler stops it here), then its HTTP listener. Returns the URL.
 */
export async function startApp(app: NestFastifyApplication, port = 0, host = '127.0.0.1'): Promise<string> {
  await app.init();
  await app.startAllMicroservices();
  await app.listen(port, host);
  return app.getUrl();
}

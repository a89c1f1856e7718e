import { ConsoleLogger, INestApplication, LogLevel, Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import rateLimit from '@fastify/rate-limit';
import { createHash } from 'node:crypto';
import { flattenValidationErrors, ProblemDetailsFilter, validationProblem } from './problem';

async function registerRateLimit(app: NestFastifyApplication, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    // The key's digest, never the key itself, is kept in the limiter's memory.
    keyGenerator: (req) => {
      const auth = req.headers.authorization;
      return auth ? `k:${createHash('sha256').update(auth).digest('hex')}` : `ip:${req.ip}`;
    },
    allowList: (req) => req.url === '/health' || req.url.startsWith('/health?'),
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'PASSERELLE_RATE_LIMITED',
      message: `rate limit of ${ctx.max} requests per minute for your API key reached; retry after ${Math.ceil(ctx.ttl / 1000)} s`,
    }),
  });
}

export interface HttpAppOptions {
  name: string;
  /** Port when `PORT` is not set. */
  defaultPort: number;
  bodyLimitBytes?: number;
  /** Requests per minute per API key (per address when no key is sent); health is exempt. */
  rateLimitPerMinute?: number;
  /** App-specific wiring once the app exists (e.g. serving the OpenAPI document). */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}

function logLevels(): LogLevel[] {
  const level = (process.env.LOG_LEVEL ?? 'log') as LogLevel;
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  return order.slice(0, Math.max(order.indexOf(level), 0) + 1);
}

/** Builds a service's HTTP app with production wiring (also used by the e2e tests). */
export async function createHttpApp(module: Type<unknown>, opts: HttpAppOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    module,
    new FastifyAdapter({ bodyLimit: opts.bodyLimitBytes ?? 1024 * 1024, trustProxy: false }),
    {
      logger: new ConsoleLogger(opts.name, { json: process.env.LOG_FORMAT !== 'text', logLevels: logLevels() }),
      abortOnError: false,
      // Fastify's own JSON parser only: no urlencoded or text parsers, so other media types are a 415.
      bodyParser: false,
    },
  );
  // JSON only: without the default text/plain parser, any other media type is a 415.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  if (opts.rateLimitPerMinute) await registerRateLimit(app, opts.rateLimitPerMinute);
  configureHttpApp(app);
  await opts.configure?.(app);
  return app;
}

export function configureHttpApp(app: INestApplication): void {
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
}

export async function listen(app: NestFastifyApplication, opts: HttpAppOptions): Promise<string> {
  const port = Number(process.env.PORT ?? opts.defaultPort);
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen(port, host);
  return app.getUrl();
}

import { ConsoleLogger, INestApplication, LogLevel, Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { flattenValidationErrors, ProblemDetailsFilter, validationProblem } from './problem';

export interface HttpAppOptions {
  name: string;
  /** Port when `PORT` is not set. */
  defaultPort: number;
  bodyLimitBytes?: number;
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
    },
  );
  // JSON only: without the default text/plain parser, any other media type is a 415.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  configureHttpApp(app);
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

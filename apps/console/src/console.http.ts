import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import {
  ANSWERED_BEFORE_BODY,
  clientErrorHandler,
  configureHttpApp,
  edgeSettings,
  frameworkProblem,
  loggerFromEnv,
  NODE_SERVER_OPTIONS,
  refuseWhatNodeWould,
  sendProblem,
  timeoutOptions,
} from '@passerelle/http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConsoleModule } from './app.module';
import { ConsoleConfig } from './config';
import { crossOriginRefusal } from './session/session.guard';

/** The pages: apps/console/public, found from the sources (ts) and from the build (dist) alike. */
export function publicDir(): string {
  const candidates = [resolve(__dirname, '../public'), resolve(__dirname, '../../../../apps/console/public')];
  const found = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!found) throw new Error(`the console's pages are not in ${candidates.join(' or ')}`);
  return found;
}

/**
 * Builds the console: Fastify with a strict Content-Security-Policy (scripts, styles, fonts and
 * connections from this origin only, no inline script or style, no framing), the session layer and
 * the static pages. Used by main.ts and by the browser tests alike.
 */
export async function createConsoleApp(config: ConsoleConfig): Promise<NestFastifyApplication> {
  const timeouts = timeoutOptions(edgeSettings({}));
  const app = await NestFactory.create<NestFastifyApplication>(
    ConsoleModule.forRoot(config),
    new FastifyAdapter({
      // The APIs' timeouts (HTTP_HEADERS_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS, HTTP_KEEP_ALIVE_TIMEOUT_MS,
      // HTTP_IDLE_TIMEOUT_MS), not Node's defaults: a slow client is answered 408 and its socket closed.
      ...timeouts,
      // Node's own Host check off: refuseWhatNodeWould (below) answers it as a problem.
      http: { ...timeouts.http, ...NODE_SERVER_OPTIONS },
      clientErrorHandler,
      bodyLimit: 8 * 1024 * 1024,
      trustProxy: false,
      frameworkErrors: (error: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
        sendProblem(reply, frameworkProblem(error), req.url),
    }),
    {
      logger: loggerFromEnv('console'),
      abortOnError: false,
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // No Host, an unknown Expect: problems in the browser's language, not Node's empty answers.
  refuseWhatNodeWould(fastify);
  // JSON only: a form (urlencoded, text/plain) is a 415.
  fastify.removeContentTypeParser('text/plain');
  // A state change from another origin is refused before its body is read.
  fastify.addHook('onRequest', (req, reply, done) => {
    const refusal = crossOriginRefusal(req);
    if (refusal) return sendProblem(reply, refusal, req.url);
    done();
  });
  // A request answered before its body came (the refusal above): if the rest never comes, the
  // request timeout closes the connection without a second answer (as on the APIs, libs/http edge.ts).
  fastify.addHook('onResponse', (req, _reply, done) => {
    const socket = req.raw.socket as unknown as Record<symbol, boolean> | null;
    if (!req.raw.complete && socket) {
      socket[ANSWERED_BEFORE_BODY] = true;
      req.raw.once('end', () => delete socket[ANSWERED_BEFORE_BODY]);
    }
    done();
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        manifestSrc: ["'self'"],
        ...(config.secureCookie ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Same-origin pages only; no cross-origin isolation needed (and nothing cross-origin to embed).
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.secureCookie ? { maxAge: 31536000 } : false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyStatic, { root: publicDir(), prefix: '/', index: 'index.html', cacheControl: true, maxAge: 0 });
  // Chart.js, served from the installed package: no CDN.
  await app.register(fastifyStatic, {
    root: dirname(require.resolve('chart.js')),
    prefix: '/vendor/chart.js/',
    decorateReply: false,
    allowedPath: (path) => path === '/chart.umd.js',
  });
  // FormatJS's ICU message formatter (the APIs' own, libs/i18n), as one ES module bundle: no CDN.
  await app.register(fastifyStatic, {
    root: dirname(require.resolve('intl-messageformat')),
    prefix: '/vendor/intl-messageformat/',
    decorateReply: false,
    allowedPath: (path) => path === '/intl-messageformat.iife.js',
  });
  configureHttpApp(app);
  return app;
}

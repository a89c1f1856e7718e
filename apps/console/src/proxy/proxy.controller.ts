import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';
import type { FastifyReply } from 'fastify';
import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { ConsoleRequest, header } from '../session/session.guard';
import { Session, SessionStore } from '../session/session.store';
import { upstreamTarget } from './upstream-path';
import { UpstreamClient } from './upstream.client';

/** Request headers worth passing on; cookies, in particular, never leave the console. */
const REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'last-event-id', 'traceparent'];
// `service-notice`: the gateway's notice of a degraded part (issue 30), shown as the page's banner.
const RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'retry-after', 'location', 'service-notice'];

/**
 * `/api/<gateway|intake|audit>/v1/…`: the browser's calls, passed to that API with the session's key.
 * The console decides nothing about access: the API answers (and records) exactly as it would for
 * any client holding the key. Server-sent events stream through, so the analyst's browser gets the
 * live feed without ever holding the key (EventSource cannot send an Authorization header).
 */
@Controller('api')
export class ProxyController {
  constructor(
    private readonly upstream: UpstreamClient,
    private readonly sessions: SessionStore,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  @All(':upstream/v1/*')
  async forward(@Req() req: ConsoleRequest, @Res() reply: FastifyReply): Promise<void> {
    // Judged on the raw URL, decoded segment by segment, and rebuilt: never the router's params
    // (decoded) against the raw text (not), which disagreed on lengths.
    const target = upstreamTarget(req.url);
    if ('status' in target) throw new ProblemException(target);
    const { upstream: name, pathAndQuery: path } = target;
    const session = req.consoleSession!;
    const headers: Record<string, string> = {};
    for (const h of REQUEST_HEADERS) {
      const v = header(req, h);
      if (v !== undefined) headers[h] = v;
    }
    const hasBody = req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD';
    if (hasBody) headers['content-type'] = 'application/json';
    const abort = new AbortController();
    req.raw.once('close', () => abort.abort());
    const res = await this.upstream.call(name, session.apiKey, req.method, path, {
      body: hasBody ? JSON.stringify(req.body) : undefined,
      headers,
      signal: abort.signal,
    });
    if (res.status === 401) {
      // The key stopped working (revoked, rotated): the session it backs ends with it.
      await res.body?.cancel();
      this.sessions.destroySession(session);
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:key-no-longer-accepted', status: 401 }, 'problem.key-no-longer-accepted.detail'),
      );
    }
    reply.status(res.status);
    for (const h of RESPONSE_HEADERS) {
      const v = res.headers.get(h);
      if (v !== null) reply.header(h, v);
    }
    if (!res.headers.get('cache-control')) reply.header('cache-control', 'no-store');
    if (!res.body) return void reply.send();
    const body = Readable.fromWeb(res.body as unknown as WebReadableStream);
    if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      reply.header('x-accel-buffering', 'no');
      return void reply.send(this.untilSessionEnds(body, session, abort));
    }
    return void reply.send(body);
  }

  /** The stream as long as its session lives; then an `session-expired` event, and the end. */
  private untilSessionEnds(body: Readable, session: Session, abort: AbortController): Readable {
    const out = new PassThrough();
    const timer = setInterval(() => {
      if (this.sessions.isLive(session)) return;
      out.end('event: session-expired\ndata: {}\n\n');
      abort.abort();
    }, this.config.streamCheckMs); // the session still live? (expired, signed out, key revoked)
    timer.unref();
    body.on('data', (chunk: Buffer) => out.writableEnded || out.write(chunk));
    body.once('error', () => out.end());
    body.once('end', () => out.end());
    out.once('close', () => {
      clearInterval(timer);
      abort.abort();
      body.destroy();
    });
    return out;
  }
}

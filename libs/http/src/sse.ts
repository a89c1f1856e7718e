import type { FastifyReply, FastifyRequest } from 'fastify';
import { once } from 'node:events';
import { localizedProblem, ProblemException } from './problem';

/** A comment line is written when a stream has been idle this long, so proxies keep it open. */
export const SSE_KEEPALIVE_MS = 15000;
/**
 * The most streams one principal holds open at once on one instance (a console tab and a client or
 * two): each open stream polls the database, so one key opening hundreds would starve everybody's
 * requests of connections. One more is a 429 problem before the stream opens.
 */
export const SSE_MAX_PER_PRINCIPAL = 6;

/** One server-sent event: `id` (a resume point) where it has one. */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/**
 * What one stream does between the shared steps of {@link SseStreams.run}. `R` is the reader as
 * looked up again before each batch.
 */
export interface SseSource<R> {
  /** The opening comment's text (the feed's or inbox's name). */
  name: string;
  /** The reader, looked up again from its key before each batch; null when the key no longer holds (event `revoked`). */
  reader(): Promise<R | null>;
  /** The next batch for this reader: the events to write, and whether it was full (then the next follows at once). */
  next(reader: R): Promise<{ events: SseEvent[]; full: boolean }>;
  /** Waits for new items (a notification or the poll interval), or until the stream is aborted. */
  wait(signal: AbortSignal): Promise<void>;
}

/**
 * The server-sent-events loop shared by the intake's feed stream and the gateway's products stream
 * (issue 24: one place for it): the headers, the reconnect delay, the reader looked up again before
 * every batch (`revoked` when its key no longer holds), a failed batch as event `error`, a keep-alive
 * comment when idle, and every open stream ended before the server closes (call {@link closeAll}
 * from the controller's `beforeApplicationShutdown`, or the server would wait for them forever).
 * Everything that can fail with a problem response must be checked before {@link run}: once it
 * runs, the response is a stream.
 */
export class SseStreams {
  private readonly open = new Set<AbortController>();
  /** Open streams per principal id. */
  private readonly perPrincipal = new Map<string, number>();

  constructor(private readonly maxPerPrincipal = SSE_MAX_PER_PRINCIPAL) {}

  /** Streams `source` to `principalId` (at most {@link SSE_MAX_PER_PRINCIPAL} open at once each: one more is a 429). */
  async run<R>(req: FastifyRequest, reply: FastifyReply, principalId: string, source: SseSource<R>): Promise<void> {
    const held = this.perPrincipal.get(principalId) ?? 0;
    if (held >= this.maxPerPrincipal) {
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:rate-limited', status: 429 }, 'problem.too-many-streams.detail', {
          limit: this.maxPerPrincipal,
        }),
      );
    }
    const abort = new AbortController();
    req.raw.on('close', () => abort.abort());
    reply.hijack();
    const res = reply.raw;
    // Counted from here: the finally below gives the place back however the stream ends.
    this.perPrincipal.set(principalId, held + 1);
    this.open.add(abort);
    try {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 2000\n: ${source.name}\n\n`);
      let lastWrite = Date.now();
      while (!abort.signal.aborted) {
        // The reader's key is looked up again each time: revocation and clearance changes apply at once.
        const reader = await source.reader();
        if (!reader) {
          res.write(`event: revoked\ndata: {"detail":"your API key is no longer valid"}\n\n`);
          break;
        }
        let batch;
        try {
          batch = await source.next(reader);
        } catch {
          // Never the error's own text (a database error can quote values): the client reconnects
          // with its last event id and resumes.
          res.write(`event: error\ndata: {"detail":"the stream failed; reconnect to resume after your last event"}\n\n`);
          break;
        }
        let flushed = true;
        for (const e of batch.events)
          flushed = res.write(`${e.id !== undefined ? `id: ${e.id}\n` : ''}event: ${e.event}\ndata: ${e.data}\n\n`);
        if (batch.events.length) lastWrite = Date.now();
        // A client that does not read: wait until it drains (or goes) rather than buffer without bound.
        if (!flushed) await once(res, 'drain', { signal: abort.signal }).catch(() => undefined);
        if (batch.full) continue;
        if (Date.now() - lastWrite > SSE_KEEPALIVE_MS) {
          res.write(': keep-alive\n\n');
          lastWrite = Date.now();
        }
        await source.wait(abort.signal);
      }
    } finally {
      this.open.delete(abort);
      const left = (this.perPrincipal.get(principalId) ?? 1) - 1;
      if (left > 0) this.perPrincipal.set(principalId, left);
      else this.perPrincipal.delete(principalId);
      res.end();
    }
  }

  /** Ends every open stream (before the server closes). */
  closeAll(): void {
    for (const s of this.open) s.abort();
  }
}

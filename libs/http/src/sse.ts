import type { FastifyReply, FastifyRequest } from 'fastify';

/** A comment line is written when a stream has been idle this long, so proxies keep it open. */
export const SSE_KEEPALIVE_MS = 15000;

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

  async run<R>(req: FastifyRequest, reply: FastifyReply, source: SseSource<R>): Promise<void> {
    const abort = new AbortController();
    this.open.add(abort);
    req.raw.on('close', () => abort.abort());
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 2000\n: ${source.name}\n\n`);
    let lastWrite = Date.now();
    try {
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
        } catch (e) {
          res.write(`event: error\ndata: ${JSON.stringify({ detail: (e as Error).message })}\n\n`);
          break;
        }
        for (const e of batch.events) res.write(`${e.id !== undefined ? `id: ${e.id}\n` : ''}event: ${e.event}\ndata: ${e.data}\n\n`);
        if (batch.events.length) lastWrite = Date.now();
        if (batch.full) continue;
        if (Date.now() - lastWrite > SSE_KEEPALIVE_MS) {
          res.write(': keep-alive\n\n');
          lastWrite = Date.now();
        }
        await source.wait(abort.signal);
      }
    } finally {
      this.open.delete(abort);
      res.end();
    }
  }

  /** Ends every open stream (before the server closes). */
  closeAll(): void {
    for (const s of this.open) s.abort();
  }
}

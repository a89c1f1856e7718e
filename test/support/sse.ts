import { SseEvent, sseEvents } from '../../scripts/sse';

export type { SseEvent };

/**
 * Reads a server-sent-events stream until `done(events)` says so or the deadline passes; returns
 * every event received. The connection is closed either way.
 */
export async function readSse(
  url: string,
  opts: { key: string; lastEventId?: string; done: (events: SseEvent[]) => boolean; timeoutMs?: number; onOpen?: () => void },
): Promise<{ status: number; events: SseEvent[] }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs ?? 20000);
  const events: SseEvent[] = [];
  try {
    const res = await fetch(url, {
      headers: {
        authorization: `Bearer ${opts.key}`,
        accept: 'text/event-stream',
        ...(opts.lastEventId ? { 'last-event-id': opts.lastEventId } : {}),
      },
      signal: abort.signal,
    });
    if (!res.ok || !res.body) return { status: res.status, events };
    opts.onOpen?.();
    try {
      for await (const e of sseEvents(res.body)) {
        events.push(e);
        if (opts.done(events)) break;
      }
    } catch (e) {
      if (!abort.signal.aborted) throw e;
    }
    return { status: res.status, events };
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

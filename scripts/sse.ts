export interface SseEvent {
  id?: string;
  event: string;
  data: string;
  /** When the chunk that completed the event arrived (ms since the epoch). */
  receivedAt: number;
}

/**
 * The events of a server-sent-events body, as they arrive; events without data (comments,
 * keep-alives, `retry:`) are skipped. Shared by the benchmarks and the end-to-end tests.
 */
export async function* sseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    const receivedAt = Date.now();
    buffer += decoder.decode(chunk, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const e: SseEvent = { event: 'message', data: '', receivedAt };
      let hasData = false;
      for (const line of block.split('\n')) {
        if (line.startsWith('id: ')) e.id = line.slice(4);
        else if (line.startsWith('event: ')) e.event = line.slice(7);
        else if (line.startsWith('data: ')) {
          e.data += line.slice(6);
          hasData = true;
        }
      }
      if (hasData) yield e;
    }
  }
}

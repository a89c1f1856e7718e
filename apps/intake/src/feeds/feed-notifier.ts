import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * Wakes this instance's open feed streams when new items commit here. Streams also poll, so a
 * stream served by one intake instance sees what another instance stored.
 */
@Injectable()
export class FeedNotifier {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  notify(feeds: Iterable<string>): void {
    for (const f of new Set(feeds)) this.emitter.emit(f);
  }

  /** Resolves at the next item on the feed, or after `ms`, whichever comes first. */
  wait(feed: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off(feed, done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.once(feed, done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

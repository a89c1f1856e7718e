import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * Wakes this gateway instance's open products streams when products for their agency are filed.
 * Streams also poll (PRODUCTS_STREAM_POLL_MS), so products filed by another instance reach them too,
 * a little later.
 */
@Injectable()
export class ProductsNotifier {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  notify(agencies: Iterable<string>): void {
    for (const a of new Set(agencies)) this.emitter.emit(a);
  }

  /** Resolves at the next product filed for the agency, after `ms`, or on abort, whichever comes first. */
  wait(agency: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off(agency, done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.once(agency, done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

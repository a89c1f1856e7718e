import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/** The Postgres channel on which a committed feed batch names its feeds (comma-separated). */
const CHANNEL = 'passerelle_feed_items';

/**
 * Wakes open feed streams when new items commit, in this instance and in every other intake
 * instance: a feed batch notifies on a Postgres channel in its own transaction (delivered at commit),
 * and each instance listens on one connection of its own. Streams also poll (FEED_STREAM_POLL_MS), so
 * a lost listener connection only slows them down until it is back.
 */
@Injectable()
export class FeedNotifier implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('FeedNotifier');
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private listener?: PoolClient;
  private closed = false;

  constructor(private readonly ds: DataSource) {}

  onApplicationBootstrap(): void {
    void this.listen(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.listener?.release(true);
    this.listener = undefined;
  }

  /** Tells every instance, once the transaction commits, that these feeds have new items. */
  async notifyOnCommit(em: EntityManager, feeds: Iterable<string>): Promise<void> {
    const names = [...new Set(feeds)];
    if (names.length) await em.query('select pg_notify($1, $2)', [CHANNEL, names.join(',')]);
  }

  /** Wakes this instance's streams at once (the notification reaches them too, a little later). */
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

  private async listen(failures: number): Promise<void> {
    if (this.closed) return;
    let client: PoolClient | undefined;
    try {
      const pool = (this.ds.driver as unknown as { master: Pool }).master;
      client = await pool.connect();
      const lost = () => {
        if (!client || this.listener !== client) return;
        this.listener = undefined;
        client.release(true);
        if (!this.closed) {
          this.logger.warn('feed notifications connection lost; streams poll until it is back');
          setTimeout(() => void this.listen(1), 1000).unref();
        }
      };
      client.on('error', lost);
      client.on('end', lost);
      client.on('notification', (n) => {
        if (n.channel === CHANNEL && n.payload) this.notify(n.payload.split(','));
      });
      await client.query(`listen ${CHANNEL}`);
      if (this.closed) return void client.release(true);
      this.listener = client;
      if (failures > 0) this.logger.log('feed notifications connection back');
    } catch (e) {
      client?.release(true);
      if (this.closed) return;
      if (failures === 0)
        this.logger.warn(`feed notifications not available yet (${(e as { code?: string }).code ?? (e as Error).name}); retrying`);
      setTimeout(() => void this.listen(failures + 1), Math.min(10000, 500 * 2 ** Math.min(failures, 5))).unref();
    }
  }
}

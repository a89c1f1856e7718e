import { Logger } from '@nestjs/common';
import { OutgoingEvent } from './events';

export interface OutboxRow {
  id: string;
  event: OutgoingEvent;
}

/** One relay pass, inside one database transaction that holds the relay lock. */
export interface OutboxPass {
  /** The oldest unpublished rows, in insertion order. */
  pending(limit: number): Promise<OutboxRow[]>;
  markPublished(rows: OutboxRow[]): Promise<void>;
}

export interface OutboxStore {
  /**
   * Runs `fn` in a transaction holding the relay lock, so that only one relay publishes at a time
   * (which keeps per-agency order across gateway instances). Resolves undefined when another
   * relay holds the lock.
   */
  withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined>;
}

export interface OutboxPublisher {
  publish(events: OutgoingEvent[]): Promise<void>;
}

/**
 * Publishes outbox rows to Kafka, oldest first. Rows are marked published in the same transaction
 * that read them, after the broker acknowledged them (acks=all). If the process dies between the
 * acknowledgement and the commit, the rows are published again with the same `ce-id`; consumers
 * are idempotent on it. While Kafka is unreachable the relay backs off and retries; nothing is lost.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failures = 0;
  private nudged = false;

  constructor(
    private readonly store: OutboxStore,
    private readonly publisher: OutboxPublisher,
    private readonly opts: { batchSize?: number; idleMs?: number; maxBackoffMs?: number } = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Called after a commit that added rows, so they go out without waiting for the idle poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
  }

  /** Publishes everything pending now; returns how many rows went out. */
  async drainOnce(): Promise<number> {
    const batchSize = this.opts.batchSize ?? 500;
    const n = await this.store.withRelayLock(async (pass) => {
      const rows = await pass.pending(batchSize);
      if (rows.length === 0) return 0;
      await this.publisher.publish(rows.map((r) => r.event));
      await pass.markPublished(rows);
      return rows.length;
    });
    return n ?? 0;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.nudged = false;
      let published = 0;
      let delay = this.opts.idleMs ?? 1000;
      try {
        published = await this.drainOnce();
        if (this.failures > 0) this.logger.log(`publishing again after ${this.failures} failed attempt(s)`);
        this.failures = 0;
      } catch (e) {
        this.failures++;
        delay = Math.min(this.opts.maxBackoffMs ?? 5000, 200 * 2 ** Math.min(this.failures, 5));
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(`outbox publish failed (attempt ${this.failures}), retrying: ${(e as Error).message}`);
        }
      }
      if (!this.running || (this.failures === 0 && (published > 0 || this.nudged))) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}

import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
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

/** Anything that runs SQL: a TypeORM EntityManager or a pg client (this lib does not depend on either). */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of any shape
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * The relay pass over an outbox table with the common columns (id bigserial, event_id, event_type,
 * topic, key, trace_id, payload, occurred_at, published_at), inside the relay's transaction.
 * `afterPublished` lets a service record more in the same transaction (the gateway's receipts).
 */
export function sqlOutboxPass(tx: Queryable, table: string, source: string, afterPublished?: (ids: string[]) => Promise<void>): OutboxPass {
  return {
    pending: async (limit) => {
      const rows: Record<string, unknown>[] = await tx.query(
        `select id, event_id, event_type, topic, key, trace_id, payload, occurred_at
           from ${table} where published_at is null order by id limit $1`,
        [limit],
      );
      return rows.map((r): OutboxRow => ({
        id: String(r.id),
        event: {
          id: r.event_id as string,
          type: r.event_type as OutgoingEvent['type'],
          topic: r.topic as string,
          key: r.key as string,
          traceId: r.trace_id as string,
          source,
          time: (r.occurred_at as Date).toISOString(),
          payload: r.payload,
        },
      }));
    },
    markPublished: async (rows) => {
      const ids = rows.map((r) => r.id);
      await tx.query(`update ${table} set published_at = now() where id = any($1::bigint[])`, [ids]);
      await afterPublished?.(ids);
    },
  };
}

/**
 * An outbox relay that runs for the life of a Nest app: started at bootstrap, stopped (after its
 * current pass) before shutdown. Services extend it with their own store.
 */
export abstract class ManagedOutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay;

  protected constructor(store: OutboxStore, publisher: OutboxPublisher) {
    this.relay = new OutboxRelay(store, publisher, {
      batchSize: Number(process.env.OUTBOX_BATCH_SIZE ?? 500),
      idleMs: Number(process.env.OUTBOX_POLL_MS ?? 1000),
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  /** Call after committing outbox rows, so they go out without waiting for the idle poll. */
  nudge(): void {
    this.relay.nudge();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

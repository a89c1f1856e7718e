import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import { errorCode } from './error-code';
import { OutgoingEvent } from './events';
import { MessagingConfig, messagingConfigFromEnv } from './messaging-config';
import { UnpublishableEvent } from './unpublishable-event';

export interface OutboxRow {
  id: string;
  event: OutgoingEvent;
  /** An earlier row with the same key is parked: this one must not overtake it. */
  behindParked?: boolean;
}

/** One relay pass, inside one database transaction that holds the relay lock. */
export interface OutboxPass {
  /** The oldest unpublished, unparked rows, in insertion order. */
  pending(limit: number): Promise<OutboxRow[]>;
  /** The rows are in Kafka (the broker acknowledged them): they leave the outbox. */
  markPublished(rows: OutboxRow[]): Promise<void>;
  /** Sets rows aside with the reason they cannot be published; the rows behind them go on. */
  park(rows: OutboxRow[], reason: string): Promise<void>;
}

export interface OutboxStore {
  /**
   * Runs `fn` in a transaction holding the relay lock, so that only one relay publishes at a time
   * (which keeps per-agency order across gateway instances). Resolves undefined when another
   * relay holds the lock.
   */
  withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined>;
  /** Rows waiting to be published, and rows parked (for metrics). */
  backlog?(): Promise<{ pending: number; parked: number }>;
}

/** The backlog of an outbox table with the common columns. */
export async function sqlOutboxBacklog(db: Queryable, table: string): Promise<{ pending: number; parked: number }> {
  const [r] = await db.query(
    `select count(*) filter (where parked_at is null)::int as pending, count(*) filter (where parked_at is not null)::int as parked
       from ${table} where published_at is null`,
  );
  return { pending: Number(r.pending), parked: Number(r.parked) };
}

export interface OutboxPublisher {
  publish(events: OutgoingEvent[]): Promise<void>;
}

/**
 * Publishes outbox rows to Kafka, oldest first. Rows are deleted (`markPublished`) in the same
 * transaction that read them, after the broker acknowledged them (acks=all). If the process dies
 * between the acknowledgement and the commit, the rows are published again with the same `ce-id`;
 * consumers are idempotent on it. While Kafka is unreachable the relay backs off and retries;
 * nothing is lost.
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
    private readonly opts: {
      batchSize?: number;
      idleMs?: number;
      maxBackoffMs?: number;
      /** Called with the number of events a pass published, once its transaction committed. */
      onPublished?: (n: number) => void;
    } = {},
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
      const behind = rows.filter((r) => r.behindParked);
      const clear = rows.filter((r) => !r.behindParked);
      if (behind.length) await this.park(pass, behind, 'behind a parked row with the same key (order per key is kept)');
      try {
        await this.publisher.publish(clear.map((r) => r.event));
      } catch (e) {
        if (!(e instanceof UnpublishableEvent)) throw e;
        return this.oneByOne(pass, clear);
      }
      await pass.markPublished(clear);
      return clear.length;
    });
    // Counted once committed: the rows are gone from the table, so the count is kept here.
    if (n) {
      this.published += n;
      this.opts.onPublished?.(n);
    }
    return n ?? 0;
  }

  /** Events published by this relay since it started (their rows are deleted once published). */
  published = 0;

  /**
   * After a send refused for good, the rows go one at a time to find which: those refused are
   * parked (and every later row with their key, to keep order per key), the others published. A
   * transient failure ends the pass as usual, keeping what was published before it.
   */
  private async oneByOne(pass: OutboxPass, rows: OutboxRow[]): Promise<number> {
    const parkedKeys = new Set<string>();
    const published: OutboxRow[] = [];
    try {
      for (const row of rows) {
        if (parkedKeys.has(row.event.key)) {
          await this.park(pass, [row], 'behind a parked row with the same key (order per key is kept)');
          continue;
        }
        try {
          await this.publisher.publish([row.event]);
          published.push(row);
        } catch (e) {
          if (!(e instanceof UnpublishableEvent)) throw e;
          parkedKeys.add(row.event.key);
          await this.park(pass, [row], e.reason);
        }
      }
    } finally {
      if (published.length) await pass.markPublished(published);
    }
    return published.length;
  }

  private async park(pass: OutboxPass, rows: OutboxRow[], reason: string): Promise<void> {
    await pass.park(rows, reason);
    this.parked += rows.length;
    // An alert for operators: these events wait for a person (docs/operations.md, "Parked outbox rows").
    for (const r of rows)
      this.logger.error(`outbox row ${r.id} (event ${r.event.id}, ${r.event.type} to ${r.event.topic}) parked: ${reason}`);
  }

  /** Rows parked by this relay since it started. */
  parked = 0;

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
          this.logger.warn(`outbox publish failed (attempt ${this.failures}), retrying: ${errorCode(e)}`);
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
 * topic, key, trace_id, payload, occurred_at, published_at), inside the relay's transaction. A row is
 * deleted once published, so the table holds only rows pending or parked (`published_at` is null on
 * every row it keeps; rows published before issue 25 were deleted by the OutboxPublishedRowsDeleted
 * migrations). `afterPublished` lets a service record more in the same transaction (the gateway's
 * receipts), before the rows go.
 */
export function sqlOutboxPass(tx: Queryable, table: string, source: string, afterPublished?: (ids: string[]) => Promise<void>): OutboxPass {
  return {
    pending: async (limit) => {
      // An index scan in id order, never a bitmap scan: published (deleted) rows leave dead entries in the
      // pending index until a vacuum, and only an index scan marks them dead as it passes, so that
      // the next pass skips them (measured at 94,000 published rows without vacuum: a bitmap scan
      // read every one of their heap pages on each pass, 79 ms; the index scan, 10 ms after the first).
      await tx.query('set local enable_bitmapscan = off');
      const rows: Record<string, unknown>[] = await tx.query(
        `select o.id, o.event_id, o.event_type, o.topic, o.key, o.trace_id, o.payload, o.occurred_at,
                exists (select 1 from ${table} p where p.key = o.key and p.parked_at is not null and p.published_at is null
                         and p.id < o.id) as behind_parked
           from ${table} o where o.published_at is null and o.parked_at is null order by o.id limit $1`,
        [limit],
      );
      return rows.map((r): OutboxRow => ({
        id: String(r.id),
        behindParked: r.behind_parked === true,
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
      await afterPublished?.(ids);
      // Published: the event is in Kafka (and in the ledger once the audit has read it). The row is
      // deleted in the transaction that read it rather than kept with its payload dropped: an update
      // wrote a new row version, with entries in the table's indexes, for every event (1.54 rows
      // written per routed signal, measured by `npm run bench`, issue 25). A crash before the commit
      // leaves the row to be published again with the same ce-id, which the consumers' inboxes drop.
      // An event enqueued again after its row went (`on conflict (event_id)` no longer sees it) is
      // published again with the same ce-id, dropped the same way; every writer enqueues an event in
      // the transaction that records the fact once (an inbox, a version, a first read).
      await tx.query(`delete from ${table} where id = any($1::bigint[])`, [ids]);
    },
    park: async (rows, reason) => {
      await tx.query(`update ${table} set parked_at = now(), park_reason = $2 where id = any($1::bigint[])`, [
        rows.map((r) => r.id),
        reason.slice(0, 500),
      ]);
    },
  };
}

/**
 * Which outbox a relay drains. `events`: the state-changing events (submissions, feedback, principal
 * changes, erasures…), in one order. `access`: access records (reads and refused attempts) in a
 * table and relay of their own, so that however many reads wait, they never delay an event of the
 * other lane (issue 32, item 3): each lane has its own lock, its own batch and its own backlog.
 */
export type OutboxLane = 'events' | 'access';

const LANES: Record<
  OutboxLane,
  { metric: string; help: string; publishedMetric: string; publishedHelp: string; batchSize: (c: MessagingConfig) => number }
> = {
  events: {
    metric: 'passerelle_outbox_rows',
    help: 'Outbox rows not published: pending (waiting for the relay) and parked (waiting for an operator)',
    publishedMetric: 'passerelle_outbox_published_total',
    publishedHelp: 'Events this process published from its outbox (each row is deleted once published)',
    batchSize: (c) => c.outboxBatchSize,
  },
  access: {
    metric: 'passerelle_access_outbox_rows',
    help: 'Access-record outbox rows (reads, refused attempts) not published: pending and parked',
    publishedMetric: 'passerelle_access_outbox_published_total',
    publishedHelp: 'Access records this process published from its access outbox (each row is deleted once published)',
    batchSize: (c) => c.accessOutboxBatchSize,
  },
};

/**
 * An outbox relay that runs for the life of a Nest app: started at bootstrap, stopped (after its
 * current pass) before shutdown. Services extend it with their own store, one per lane.
 */
export abstract class ManagedOutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay;

  protected constructor(store: OutboxStore, publisher: OutboxPublisher & { metrics?: Registry }, lane: OutboxLane = 'events') {
    const l = LANES[lane];
    // Read once, here (at start-up): a wrong value stops start-up naming the variable.
    const config = messagingConfigFromEnv();
    // Published rows leave the table, so what went out is counted as it goes (a counter, not rows).
    const published = publisher.metrics
      ? new Counter({ name: l.publishedMetric, help: l.publishedHelp, registers: [publisher.metrics] })
      : undefined;
    this.relay = new OutboxRelay(store, publisher, {
      batchSize: l.batchSize(config),
      idleMs: config.outboxPollMs,
      onPublished: (n) => published?.inc(n),
    });
    const backlog = store.backlog?.bind(store);
    if (publisher.metrics && backlog) {
      const gauge: Gauge = new Gauge({
        name: l.metric,
        help: l.help,
        labelNames: ['state'],
        registers: [publisher.metrics],
        collect: async () => {
          try {
            const b = await backlog();
            gauge.set({ state: 'pending' }, b.pending);
            gauge.set({ state: 'parked' }, b.parked);
          } catch {
            gauge.reset();
          }
        },
      });
    }
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

/** A database that runs a callback in a transaction (TypeORM's DataSource is one). */
export interface TransactionalDb extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * An outbox table with the common columns: enqueue, backlog and the relay's lock and pass. Each
 * outbox (or lane of one) is a subclass naming its table and source, so that no two lanes share a
 * table or a lock.
 */
export abstract class SqlOutboxTable implements OutboxStore {
  protected constructor(
    protected readonly db: TransactionalDb,
    private readonly table: string,
    private readonly source: string,
  ) {}

  /**
   * Adds events inside the caller's transaction (`into`), or on their own. An event's `time`
   * becomes its occurred_at; without one, the insert's time.
   */
  async enqueue(events: (Omit<OutgoingEvent, 'source' | 'time'> & { time?: string })[], into: Queryable = this.db): Promise<void> {
    if (events.length === 0) return;
    await into.query(
      `insert into ${this.table} (event_id, event_type, topic, key, trace_id, payload, occurred_at)
       select e, ty, tp, k, tr, p, coalesce(t, now())
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[]) as u(e, ty, tp, k, tr, p, t)
       on conflict (event_id) do nothing`,
      [
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => e.topic),
        events.map((e) => e.key),
        events.map((e) => e.traceId),
        events.map((e) => JSON.stringify(e.payload)),
        events.map((e) => e.time ?? null),
      ],
    );
  }

  backlog(): Promise<{ pending: number; parked: number }> {
    return sqlOutboxBacklog(this.db, this.table);
  }

  async withRelayLock<T>(fn: (pass: OutboxPass) => Promise<T>): Promise<T | undefined> {
    return this.db.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`select pg_try_advisory_xact_lock(hashtext($1)) as locked`, [`passerelle.${this.table}`]);
      if (!locked) return undefined;
      return fn(sqlOutboxPass(tx, this.table, this.source));
    });
  }
}

import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PurgeConfig, purgeConfigFromEnv } from './persistence-config';

/**
 * Retention: every copy of a signal goes once its `retentionUntil` has passed — the date is the
 * last day the signal may be kept, so it goes from 00:00 UTC of that date (the contract's
 * "date at which the signal must be reviewed or erased").
 */

/** The day (YYYY-MM-DD, UTC) whose signals are due at `now`: those kept until that day or earlier. */
export function purgeDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Signals purged per transaction: a purge of many signals takes many short transactions. */
export const PURGE_BATCH = 500;

/** A service's purge of its own copies; runs until nothing is due at `now`. */
export interface PurgeJob {
  /** Purges one batch of signals due at `now`; returns how many it purged. */
  purgeBatch(now: Date): Promise<number>;
}

/** Runs batches until none is left (or `maxBatches`); returns how many signals were purged. */
export async function purgeAll(job: PurgeJob, now: Date, maxBatches = 10_000): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await job.purgeBatch(now);
    total += n;
    if (n < PURGE_BATCH) break;
  }
  return total;
}

/**
 * The purge job's schedule in a running app: every `PURGE_INTERVAL_MS` (default one hour; 0 turns
 * it off, e.g. when an external scheduler runs `npm run purge`), the first run a minute after start.
 * `PURGE_CLOCK_OFFSET_MS` sets the purge's clock forward (a rehearsal; never needed in production):
 * the command's `--now` is the same thing for one run.
 */
export abstract class ScheduledPurge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  /** Read when the app is built: a wrong value stops start-up naming the variable. */
  private readonly config: PurgeConfig = purgeConfigFromEnv();

  protected constructor(
    private readonly job: PurgeJob,
    name: string,
    /** What the log line says was purged. */
    private readonly what = 'signal(s) whose retention ended by',
  ) {
    this.logger = new Logger(`Retention:${name}`);
  }

  onApplicationBootstrap(): void {
    const every = this.config.intervalMs;
    if (every === 0) return;
    const run = () => {
      this.running = this.runOnce().finally(() => (this.running = undefined));
    };
    this.timer = setTimeout(
      function tick(this: ScheduledPurge) {
        run();
        this.timer = setTimeout(tick.bind(this), every);
        this.timer.unref();
      }.bind(this),
      Math.min(every, 60_000),
    );
    this.timer.unref();
  }

  async runOnce(now = new Date(Date.now() + this.config.clockOffsetMs)): Promise<number> {
    try {
      const n = await purgeAll(this.job, now);
      if (n > 0) this.logger.log(`purged ${n} ${this.what} ${purgeDay(now)}`);
      return n;
    } catch (e) {
      const x = e as { name?: string; code?: unknown };
      // Name and code only: a database error's message can quote a value.
      this.logger.error(`purge failed (${x?.name ?? typeof e}${x?.code ? ` ${String(x.code)}` : ''}); next run retries`);
      return 0;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
  }
}

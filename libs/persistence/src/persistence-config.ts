import { envInt } from '@passerelle/contracts';

/**
 * The database settings of every app, read once at start-up (libs/contracts env-config.ts: a wrong
 * value stops start-up naming the variable). docs/operations.md, Settings, lists them.
 */
export interface PersistenceConfig {
  /** Connections per app (`DATABASE_POOL_SIZE`, default 10, 1 to 1000). */
  poolSize: number;
  /** How long an app waits for Postgres at start (`DATABASE_CONNECT_TIMEOUT_MS`, default 60 s; 0: one try). */
  connectTimeoutMs: number;
}

export function persistenceConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PersistenceConfig {
  return {
    poolSize: envInt(env, 'DATABASE_POOL_SIZE', 10, { min: 1, max: 1000 }),
    connectTimeoutMs: envInt(env, 'DATABASE_CONNECT_TIMEOUT_MS', 60_000, { min: 0 }),
  };
}

/** The retention purge's timers (docs/operations.md, _Retention_). */
export interface PurgeConfig {
  /** Between two purges (`PURGE_INTERVAL_MS`, default one hour; 0 turns the timer off). */
  intervalMs: number;
  /** Added to the clock the timers purge by (`PURGE_CLOCK_OFFSET_MS`, default 0; drills only). */
  clockOffsetMs: number;
}

export function purgeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PurgeConfig {
  return {
    intervalMs: envInt(env, 'PURGE_INTERVAL_MS', 3_600_000, { min: 0 }),
    clockOffsetMs: envInt(env, 'PURGE_CLOCK_OFFSET_MS', 0),
  };
}

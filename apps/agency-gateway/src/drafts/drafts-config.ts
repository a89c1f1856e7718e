import { envInt } from '@passerelle/contracts';

/**
 * Bounds on what reporters' drafts may hold (attack review, issue 24): read once, at start-up; a wrong
 * value stops start-up naming the variable.
 * - `DRAFTS_MAX_OPEN_PER_REPORTER` (default 100): drafts a reporter may have that are not forwarded
 *   (pending, validated or returned); one more is a 409.
 * - `DRAFTS_RETENTION_DAYS` (default 90): a draft never forwarded and untouched (no edit, no step) for
 *   that many days is removed by the gateway's retention purge, with its steps; the ledger keeps its id.
 */
export interface DraftsConfig {
  maxOpenPerReporter: number;
  retentionDays: number;
}

export const draftsConfigFromEnv = (env: NodeJS.ProcessEnv = process.env): DraftsConfig => ({
  maxOpenPerReporter: envInt(env, 'DRAFTS_MAX_OPEN_PER_REPORTER', 100, { min: 1, max: 100_000 }),
  retentionDays: envInt(env, 'DRAFTS_RETENTION_DAYS', 90, { min: 1, max: 3650 }),
});

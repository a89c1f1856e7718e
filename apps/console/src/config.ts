import { ConfigError, envFlag, envInt, envNumber, envPort } from '@passerelle/contracts';

/** The console's settings, read once from the environment (see docs/console.md). */
export interface ConsoleConfig {
  /** Base URLs of the APIs the console speaks to on behalf of the signed-in principal. */
  upstreams: { gateway: string; intake: string; audit: string };
  /** A session unused this long is over (CONSOLE_IDLE_MINUTES, default 15). */
  idleTimeoutMs: number;
  /** A session is over this long after sign-in, used or not (CONSOLE_SESSION_MAX_HOURS, default 8). */
  maxAgeMs: number;
  /**
   * Mark the cookie Secure (and name it __Host-…): when the console is reached over TLS, directly or
   * through a proxy that terminates it (CONSOLE_SECURE_COOKIE=true, or CONSOLE_PUBLIC_URL https://…).
   */
  secureCookie: boolean;
  /** At most this many live sessions (CONSOLE_MAX_SESSIONS, default 1000): memory is bounded. */
  maxSessions: number;
  /**
   * At most this many live sessions per principal (CONSOLE_MAX_SESSIONS_PER_PRINCIPAL, default 5):
   * a principal's next sign-in ends its own oldest session, so no principal can fill the store.
   */
  maxSessionsPerPrincipal: number;
  /** Sign-ins a minute from one client address (CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE, default 20). */
  signInPerAddressPerMinute: number;
  /** Sign-ins a minute with one key, wherever from (CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE, default 10). */
  signInPerKeyPerMinute: number;
  /** How often an open stream checks that its session is still live (CONSOLE_STREAM_CHECK_MS, default 5 s). */
  streamCheckMs: number;
}

/** An upstream's base URL: its `*_URL`, else 127.0.0.1 on its `*_PORT` (what `npm start` gives it). */
function upstream(env: NodeJS.ProcessEnv, app: 'GATEWAY' | 'INTAKE' | 'AUDIT', port: number): string {
  const url = env[`${app}_URL`];
  if (url !== undefined && url.trim() !== '') {
    if (!/^https?:\/\/[^/]/i.test(url.trim())) throw new ConfigError(`${app}_URL`, 'an http:// or https:// URL', url);
    return url.trim().replace(/\/$/, '');
  }
  return `http://127.0.0.1:${envPort(env, `${app}_PORT`, port)}`;
}

/**
 * Read once, at start-up (main.ts, the tests' console): a value that is not a number, or out of
 * range, stops start-up naming the variable (libs/contracts env-config.ts); it used to fall back to
 * the default without a word.
 */
export function consoleConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  return {
    upstreams: { gateway: upstream(env, 'GATEWAY', 3001), intake: upstream(env, 'INTAKE', 3003), audit: upstream(env, 'AUDIT', 3004) },
    idleTimeoutMs: Math.round(envNumber(env, 'CONSOLE_IDLE_MINUTES', 15, { min: 0.01, max: 24 * 60 }) * 60_000),
    maxAgeMs: Math.round(envNumber(env, 'CONSOLE_SESSION_MAX_HOURS', 8, { min: 0.01, max: 24 * 30 }) * 3_600_000),
    secureCookie: envFlag(env, 'CONSOLE_SECURE_COOKIE', false) || /^https:/i.test(env.CONSOLE_PUBLIC_URL ?? ''),
    maxSessions: envInt(env, 'CONSOLE_MAX_SESSIONS', 1000, { min: 1, max: 1_000_000 }),
    maxSessionsPerPrincipal: envInt(env, 'CONSOLE_MAX_SESSIONS_PER_PRINCIPAL', 5, { min: 1, max: 1000 }),
    signInPerAddressPerMinute: envInt(env, 'CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE', 20, { min: 1 }),
    signInPerKeyPerMinute: envInt(env, 'CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE', 10, { min: 1 }),
    streamCheckMs: envInt(env, 'CONSOLE_STREAM_CHECK_MS', 5000, { min: 10 }),
  };
}

export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
export const CONSOLE_DEFAULT_PORT = 3005;

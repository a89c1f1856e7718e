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
}

const num = (v: string | undefined, fallback: number): number => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function consoleConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  return {
    upstreams: {
      gateway: (env.GATEWAY_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT ?? 3001}`).replace(/\/$/, ''),
      intake: (env.INTAKE_URL ?? `http://127.0.0.1:${env.INTAKE_PORT ?? 3003}`).replace(/\/$/, ''),
      audit: (env.AUDIT_URL ?? `http://127.0.0.1:${env.AUDIT_PORT ?? 3004}`).replace(/\/$/, ''),
    },
    idleTimeoutMs: num(env.CONSOLE_IDLE_MINUTES, 15) * 60_000,
    maxAgeMs: num(env.CONSOLE_SESSION_MAX_HOURS, 8) * 3_600_000,
    secureCookie: env.CONSOLE_SECURE_COOKIE === 'true' || /^https:/i.test(env.CONSOLE_PUBLIC_URL ?? ''),
    maxSessions: num(env.CONSOLE_MAX_SESSIONS, 1000),
    maxSessionsPerPrincipal: num(env.CONSOLE_MAX_SESSIONS_PER_PRINCIPAL, 5),
    signInPerAddressPerMinute: num(env.CONSOLE_SIGN_IN_PER_ADDRESS_PER_MINUTE, 20),
    signInPerKeyPerMinute: num(env.CONSOLE_SIGN_IN_PER_KEY_PER_MINUTE, 10),
  };
}

export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
export const CONSOLE_DEFAULT_PORT = 3005;

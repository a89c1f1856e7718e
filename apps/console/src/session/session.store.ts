import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';

/** Who signed in, as the intake's GET /v1/me told it: never the key. */
export interface SessionPrincipal {
  id: string;
  name: string;
  role: string;
  agency: string | null;
  clearance: string;
  clearanceExpiresAt: string | null;
  clearanceExpired: boolean;
  feeds: string[];
}

export interface Session {
  /** The API key, held here in the server's memory only: the browser has an opaque session id. */
  readonly apiKey: string;
  readonly principal: SessionPrincipal;
  /** The synchroniser token every state-changing request must carry in X-CSRF-Token. */
  readonly csrfToken: string;
  readonly createdAt: number;
  lastSeenAt: number;
}

export type Lookup = { session: Session } | { expired: boolean };

const digest = (id: string): string => createHash('sha256').update(id).digest('base64url');

/**
 * Sessions in memory, keyed by a digest of the cookie's value (a dump of the map gives no usable
 * cookie). A restart of the console signs everybody out, which is the safe direction. One process
 * only: a deployment with several console replicas needs sticky sessions or a shared store.
 */
@Injectable()
export class SessionStore implements OnModuleDestroy {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
    this.sessions.clear();
  }

  get size(): number {
    return this.sessions.size;
  }

  /** A new session; answers the cookie value (shown to nobody but the browser's cookie jar). */
  create(apiKey: string, principal: SessionPrincipal, now = Date.now()): { id: string; session: Session } {
    this.sweep(now);
    // The principal's own oldest sessions make room first: one principal signing in again and again
    // ends only its own sessions, never somebody else's.
    const own = [...this.sessions.entries()]
      .filter(([, s]) => s.principal.id === principal.id)
      .sort((a, b) => a[1].lastSeenAt - b[1].lastSeenAt);
    for (const [k] of own.slice(0, Math.max(0, own.length - this.config.maxSessionsPerPrincipal + 1))) this.sessions.delete(k);
    if (this.sessions.size >= this.config.maxSessions) {
      // Still full (many principals at their own cap): the least recently used goes; bounded memory
      // beats an outage of the sign-in.
      const oldest = [...this.sessions.entries()].sort((a, b) => a[1].lastSeenAt - b[1].lastSeenAt)[0];
      if (oldest) this.sessions.delete(oldest[0]);
    }
    const id = randomBytes(32).toString('base64url');
    const session: Session = {
      apiKey,
      principal,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
    };
    this.sessions.set(digest(id), session);
    return { id, session };
  }

  /** The live session of a cookie value, touched (its idle clock restarts) unless `touch` is false. */
  find(id: string | undefined, opts: { touch?: boolean; now?: number } = {}): Lookup {
    if (!id || id.length > 100) return { expired: false };
    const key = digest(id);
    const session = this.sessions.get(key);
    if (!session) return { expired: false };
    const now = opts.now ?? Date.now();
    if (!this.alive(session, now)) {
      this.sessions.delete(key);
      return { expired: true };
    }
    if (opts.touch !== false) session.lastSeenAt = now;
    return { session };
  }

  /** Whether a session object is still the live one (for a stream checking its session as it goes). */
  isLive(session: Session, now = Date.now()): boolean {
    return this.alive(session, now) && [...this.sessions.values()].includes(session);
  }

  destroy(id: string | undefined): void {
    if (id) this.sessions.delete(digest(id));
  }

  /** Ends every session of a principal (its key was revoked or rotated: the APIs said 401). */
  destroySession(session: Session): void {
    for (const [k, s] of this.sessions) if (s === session) this.sessions.delete(k);
  }

  static tokensMatch(expected: string, given: string | undefined): boolean {
    if (typeof given !== 'string') return false;
    const a = Buffer.from(expected);
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private alive(s: Session, now: number): boolean {
    return now - s.lastSeenAt < this.config.idleTimeoutMs && now - s.createdAt < this.config.maxAgeMs;
  }

  private sweep(now = Date.now()): void {
    for (const [k, s] of this.sessions) if (!this.alive(s, now)) this.sessions.delete(k);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { createHash } from 'node:crypto';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';

const WINDOW_MS = 60_000;
/** Counters held at most: past it, the oldest window's counters are dropped (memory stays bounded). */
const MAX_COUNTERS = 100_000;

/**
 * Sign-in attempts per minute, per client address and per key (fixed windows, in memory, one
 * process). A key is counted by a digest of its first 12 characters (`psl_` and 8 random ones):
 * enough to tell keys apart, never the key itself. Counted before the intake is asked, so a flood
 * costs the APIs nothing.
 */
@Injectable()
export class SignInLimiter {
  private readonly counts = new Map<string, { window: number; n: number }>();

  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  /** Counts one attempt; throws a 429 problem when the address or the key is past its limit. */
  check(address: string, apiKey: string, now = Date.now()): void {
    const window = Math.floor(now / WINDOW_MS);
    const prefix = createHash('sha256').update(apiKey.slice(0, 12)).digest('base64url').slice(0, 16);
    const overAddress = this.count(`a:${address}`, window) > this.config.signInPerAddressPerMinute;
    const overKey = this.count(`k:${prefix}`, window) > this.config.signInPerKeyPerMinute;
    if (!overAddress && !overKey) return;
    const retryAfter = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
    const [key, limit] = overAddress
      ? ['problem.rate-limited.detail.sign-ins-per-address', this.config.signInPerAddressPerMinute]
      : ['problem.rate-limited.detail.sign-ins-per-key', this.config.signInPerKeyPerMinute];
    throw new ProblemException(
      localizedProblem({ type: 'urn:passerelle:problem:rate-limited', status: 429, code: key.slice(key.lastIndexOf('.') + 1) }, key, {
        limit: String(limit),
        seconds: String(retryAfter),
      }),
      { 'Retry-After': String(retryAfter) },
    );
  }

  private count(key: string, window: number): number {
    const c = this.counts.get(key);
    if (c && c.window === window) return ++c.n;
    if (this.counts.size >= MAX_COUNTERS) {
      for (const [k, v] of this.counts) if (v.window < window) this.counts.delete(k);
      if (this.counts.size >= MAX_COUNTERS) this.counts.clear();
    }
    this.counts.set(key, { window, n: 1 });
    return 1;
  }
}

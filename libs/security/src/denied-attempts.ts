import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { envInt, type AccessDenialReason, type AccessRecordedEvent } from '@passerelle/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { Principal } from './principal';

/** One request the edge refused (401, 403, 404 on anything but a public route). */
export interface DeniedAttempt {
  principal: Principal | null;
  clientAddress: string;
  /** Method and route pattern (`GET /v1/signals/{id}`), or `GET (no route)`. */
  endpoint: string;
  resourceId: string | null;
  status: 401 | 403 | 404;
  reason: AccessDenialReason;
}

/**
 * Where an app puts its access records of refused attempts: the intake and the gateway in their
 * outbox (→ `access.recorded.v1` → the audit), the audit straight into its ledger. Provided by the
 * app under this token; an app without one (the router: no API) only logs them.
 */
export const DENIED_ATTEMPT_SINK = 'passerelle:denied-attempt-sink';
export interface DeniedAttemptSink {
  write(records: AccessRecordedEvent[]): Promise<void>;
}

/** A client address as the ledger holds it: a digest that attributes a flood to one source without naming it. */
export function addressDigest(address: string): string {
  return createHash('sha256').update(`passerelle.address:${address}`).digest('hex').slice(0, 16);
}

/**
 * A positive integer setting from the environment, or its default; anything else stops the app with
 * the setting's name (libs/contracts env-config.ts, the one parser of settings).
 */
export function positiveInt(name: string, byDefault: number): number {
  return envInt(process.env, name, byDefault, { min: 1 });
}

interface SourceWindow {
  source: string;
  start: number;
  seen: number;
  /** Attempts beyond the threshold: counted, not recorded one by one. */
  extra: number;
  byStatus: Record<string, number>;
  byEndpoint: Record<string, number>;
}

const MAX_ENDPOINTS = 20;
/** Sources tracked at once; beyond, attempts of new sources are counted together under `several`. */
const MAX_SOURCES = 10_000;
const MAX_PENDING = 10_000;
const BATCH = 500;

/**
 * Records refused attempts without letting a flood overwhelm the ledger: per source (the principal,
 * or the client address when no key named anybody) and fixed window, the first
 * `DENIED_ATTEMPTS_RECORDED_PER_WINDOW` attempts are recorded one by one; the rest are counted and
 * recorded as one entry when the window ends. Writes are batched (one sink call per flush).
 */
@Injectable()
export class DeniedAttemptRecorder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeniedAttempts');
  readonly perWindow = positiveInt('DENIED_ATTEMPTS_RECORDED_PER_WINDOW', 20);
  readonly windowMs = positiveInt('DENIED_ATTEMPTS_WINDOW_MS', 60_000);
  private readonly flushMs = Math.min(200, Math.max(10, Math.floor(this.windowMs / 4)));
  private sink: DeniedAttemptSink | null = null;
  private readonly windows = new Map<string, SourceWindow>();
  private pending: AccessRecordedEvent[] = [];
  private dropped = 0;
  private failures = 0;
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly moduleRef: ModuleRef) {}

  onApplicationBootstrap(): void {
    try {
      this.sink = this.moduleRef.get<DeniedAttemptSink>(DENIED_ATTEMPT_SINK, { strict: false });
    } catch {
      this.sink = null;
    }
  }

  note(a: DeniedAttempt, now = Date.now()): void {
    let source = a.principal ? `principal:${a.principal.id}` : `address:${addressDigest(a.clientAddress)}`;
    const start = now - (now % this.windowMs);
    let w = this.windows.get(source);
    if (w && w.start !== start) {
      this.close(w);
      w = undefined;
    }
    if (!w && this.windows.size >= MAX_SOURCES) {
      this.sweep(now);
      if (this.windows.size >= MAX_SOURCES) source = 'several';
      w = this.windows.get(source);
    }
    if (!w) {
      w = { source, start, seen: 0, extra: 0, byStatus: {}, byEndpoint: {} };
      this.windows.set(source, w);
    }
    w.seen++;
    const who = a.principal ? `${source} (${a.principal.name}, ${a.principal.role})` : source;
    if (w.seen <= this.perWindow && source !== 'several') {
      this.logger.log(
        `denied ${a.endpoint} → ${a.status} ${a.reason}${a.resourceId ? ` on ${a.resourceId}` : ''} to ${who} from ${a.clientAddress}`,
      );
      this.enqueue({
        eventId: randomUUID(),
        occurredAt: new Date(now).toISOString(),
        outcome: 'denied',
        endpoint: a.endpoint,
        status: a.status,
        reason: a.reason,
        source,
        ...(a.principal ? { principalId: a.principal.id, principalName: a.principal.name, role: a.principal.role } : {}),
        ...(a.resourceId ? { resourceId: a.resourceId } : {}),
      });
    } else {
      if (w.extra === 0) {
        this.logger.warn(`more than ${this.perWindow} denied attempts by ${who} from ${a.clientAddress} in this window: counting them`);
      }
      w.extra++;
      w.byStatus[a.status] = (w.byStatus[a.status] ?? 0) + 1;
      const endpoint = a.endpoint in w.byEndpoint || Object.keys(w.byEndpoint).length < MAX_ENDPOINTS ? a.endpoint : 'other';
      w.byEndpoint[endpoint] = (w.byEndpoint[endpoint] ?? 0) + 1;
    }
    this.schedule();
  }

  /** Writes what is pending and every window that has ended; with `all`, every window. */
  flush(all = false): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushNow(all));
    return this.flushing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush(true);
  }

  private enqueue(e: AccessRecordedEvent): void {
    if (this.pending.length >= MAX_PENDING) {
      this.dropped++;
      return;
    }
    this.pending.push(e);
  }

  private close(w: SourceWindow): void {
    this.windows.delete(w.source);
    if (w.extra === 0) return;
    this.enqueue({
      eventId: randomUUID(),
      occurredAt: new Date(Math.min(Date.now(), w.start + this.windowMs)).toISOString(),
      outcome: 'denied',
      endpoint: '*',
      source: w.source,
      ...(w.source.startsWith('principal:') ? { principalId: w.source.slice('principal:'.length) } : {}),
      count: w.extra,
      windowStart: new Date(w.start).toISOString(),
      windowEnd: new Date(w.start + this.windowMs).toISOString(),
      byStatus: w.byStatus,
      byEndpoint: w.byEndpoint,
    });
  }

  private sweep(now: number): void {
    for (const w of [...this.windows.values()]) if (w.start + this.windowMs <= now) this.close(w);
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().then(() => {
        if (this.pending.length || this.windows.size) this.schedule();
      });
    }, this.flushMs);
    this.timer.unref();
  }

  private async flushNow(all: boolean): Promise<void> {
    if (all) for (const w of [...this.windows.values()]) this.close(w);
    else this.sweep(Date.now());
    if (this.dropped) {
      this.logger.error(`${this.dropped} denied attempts could not be queued for the record (the sink is behind)`);
      this.dropped = 0;
    }
    while (this.pending.length) {
      const batch = this.pending.slice(0, BATCH);
      if (!this.sink) {
        this.pending.splice(0, batch.length);
        continue;
      }
      try {
        await this.sink.write(batch);
        this.pending.splice(0, batch.length);
      } catch (e) {
        // Kept for the next flush (bounded by MAX_PENDING): a database restart loses nothing.
        if (this.failures++ % 50 === 0) {
          this.logger.error(`denied attempts not recorded yet (${this.pending.length} pending): ${(e as Error).message}`);
        }
        return;
      }
      this.failures = 0;
    }
  }
}
